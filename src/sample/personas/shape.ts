/**
 * One persona = a shape (how many of what, when, how late) laid out by `layOut`. Counts are given at
 * scale 1 and multiplied by the scale; planted values are read from the kit's counts afterwards,
 * so they hold at any scale.
 */
import { DAY_MS, fullName, type SpecPerson } from '../spec.ts';
import { POST_TOPICS, SKILLS } from '../names.ts';
import { scaled, type Kit } from './kit.ts';
import { COMMENT_LINES, NEUTRAL_LINES, OPPORTUNITY_LINES, PLAIN_OPENERS, TEMPLATE_OPENERS } from './text.ts';

export interface PersonaShape {
  readonly connections: number;
  /** Share of connections made in the last 180 days (not eligible for latent_tie_share). */
  readonly recentConnectionShare: number;
  /** People with 1:1 reciprocated bursts wholly inside W. */
  readonly closeTies: number;
  readonly burstsPerCloseTie: readonly [number, number];
  /** Group threads inside W, each with 3 close ties (parts.group; never 1:1). */
  readonly groupThreads: number;
  /** Once-close ties: ≥ 10 messages in reciprocated bursts, all more than 1,095 days before T. */
  readonly dormant: number;
  /** Once-close ties whose last message is 365–1,095 days before T. */
  readonly cooling: number;
  /** Earlier short exchanges (< 10 messages), 400–900 days before T. */
  readonly oldAcquaintances: number;
  /** People who write to the owner in W without an answer (neutral text). */
  readonly inboundUnanswered: number;
  /** Opportunity messages in W without an answer; `coldShare` of their senders are not connections. */
  readonly opportunities: number;
  /** Opportunity messages in W that the owner answers within days (these senders count for depth). */
  readonly answeredOpportunities: number;
  readonly coldShare: number;
  /** People the owner writes to in W who never answer. */
  readonly outboundUnanswered: number;
  readonly reactionsW: number;
  readonly reactionsOld: number;
  /** Probability that an owner post, comment or reaction falls at 23:00–04:59 UTC. */
  readonly lateShare: number;
  readonly templatePostsW: number;
  readonly plainPostsW: number;
  readonly mentionPostsW: number;
  readonly repostsW: number;
  readonly commentsW: number;
  readonly postsOld: number;
  readonly commentsOld: number;
  readonly invitationsOut: number;
  readonly invitationsOutWithNote: number;
  readonly invitationsIn: number;
  readonly endorsementsIn: number;
  readonly endorsementsOut: number;
  readonly recommendationsIn: number;
  readonly recommendationsOut: number;
  readonly jobApplications: number;
  readonly savedJobs: number;
  readonly votes: number;
  /** Oldest message, in days before T (≥ 1,095 makes dormant_tie_pool computable). */
  readonly historyDays: number;
  /**
   * Planted aim: the close ties (and one recent, never-messaged connection) work here, so an aims
   * file naming this organisation must rank the close ties first (examples/aims.yaml).
   */
  readonly closeTieCompany?: string;
  /**
   * Planted boundary lapses: one network-visible post gives the owner's e-mail address, and one
   * names a recruiter the owner knows only from a private message.
   */
  readonly boundaryLapses?: boolean;
  /**
   * A sign-in (Logins.csv) about every this many days over the last two years, sometimes two on a
   * day; none when absent. Sparse on purpose: the one real file seen lists 42 sign-ins over two years
   * from someone with 1,635 reactions, so it does not record every visit.
   */
  readonly signInEveryDays?: number;
}

const oneIn = <T>(kit: Kit, items: readonly T[]) => kit.rng.pick(items);

function fill(template: string, company: string, title: string): string {
  return template.replace('{company}', company).replace('{title}', title);
}

/**
 * Lays out every person and activity of a shape. Windows are kept clear of the contract's edges
 * (365, 180 and 1,095 days) so that the minute rounding of some files can never move a record
 * across one.
 */
export function layOut(kit: Kit, shape: PersonaShape, scale: number, ownerTitle: string): { people: SpecPerson[] } {
  const { rng } = kit;
  const n = (x: number, min = 0) => scaled(x, scale, min);
  // Per-relationship volume grows with the scale too, so large scales reach benchmark sizes.
  const volume = Math.max(1, Math.round(scale));
  const neutral = () => oneIn(kit, NEUTRAL_LINES);
  const people: SpecPerson[] = [];

  // Connections: everyone messaged is connected at least 200 days before T.
  const nConnections = n(shape.connections, 1);
  const nRecent = Math.round(nConnections * shape.recentConnectionShare);
  const pool: SpecPerson[] = [];
  const aimCount = shape.closeTieCompany !== undefined ? Math.min(n(shape.closeTies), nConnections - nRecent) : 0;
  const atAim: SpecPerson[] = [];
  for (let i = 0; i < nConnections; i++) {
    const recent = i < nRecent;
    const forAim = shape.closeTieCompany !== undefined && (i === 0 || (!recent && i < nRecent + aimCount));
    const p = kit.person({ email: rng.chance(0.03), ...(forAim ? { company: shape.closeTieCompany } : {}) });
    if (forAim && !recent) atAim.push(p);
    kit.connect(p, recent ? rng.int(1, 170) : rng.int(200, Math.max(201, shape.historyDays + 400)));
    if (!recent) pool.push(p);
    people.push(p);
  }
  // The aim's people are taken first, so they become the close ties.
  const shuffled = [...atAim, ...rng.shuffle(pool).filter((p) => !atAim.includes(p))];
  let next = 0;
  const take = (): SpecPerson => {
    const p = shuffled[next++];
    if (!p) throw new Error('the shape needs more old connections than it has');
    return p;
  };

  const close: SpecPerson[] = [];
  for (let i = 0; i < n(shape.closeTies); i++) {
    const p = take();
    close.push(p);
    const conv = kit.conversationId();
    const bursts = rng.int(shape.burstsPerCloseTie[0], shape.burstsPerCloseTie[1]) * volume;
    for (let b = 0; b < bursts; b++) kit.burst(p, conv, rng.int(15, 340), rng.int(2, 6), 10, neutral, shape.lateShare);
  }
  for (let g = 0; g < shape.groupThreads && close.length >= 3; g++) {
    const members = rng.shuffle(close).slice(0, 3);
    kit.groupThread(members, `${oneIn(kit, POST_TOPICS)} crew`, rng.int(30, 300), 2 * volume, neutral);
  }
  const history = Math.max(shape.historyDays, 30);
  for (let i = 0; i < n(shape.dormant); i++) {
    const p = take();
    const conv = kit.conversationId();
    const start = rng.int(1200, Math.max(1300, history));
    // Two bursts of 5–8: at least 10 messages, the last one still > 1,095 days before T.
    kit.burst(p, conv, start, rng.int(5, 8), 20, neutral, shape.lateShare);
    kit.burst(p, conv, start - 40, rng.int(5, 8) * volume, 20, neutral, shape.lateShare);
  }
  for (let i = 0; i < n(shape.cooling); i++) {
    const p = take();
    const conv = kit.conversationId();
    kit.burst(p, conv, rng.int(700, 1000), rng.int(5, 8), 20, neutral, shape.lateShare);
    kit.burst(p, conv, rng.int(420, 650), rng.int(5, 8) * volume, 20, neutral, shape.lateShare);
  }
  for (let i = 0; i < n(shape.oldAcquaintances); i++) {
    kit.burst(take(), kit.conversationId(), rng.int(400, Math.min(900, Math.max(401, history))), rng.int(2, 8), 10, neutral, shape.lateShare);
  }
  for (let i = 0; i < n(shape.inboundUnanswered); i++) {
    const p = rng.chance(0.5) ? take() : kit.person();
    const conv = kit.conversationId();
    for (let k = 0; k < volume; k++) kit.oneWay(p, conv, kit.time(rng.int(5, 350)), 'in', neutral());
  }
  const coldSenders: SpecPerson[] = [];
  const opportunitySender = (): SpecPerson => {
    if (!rng.chance(shape.coldShare)) return take();
    const p = kit.person({ position: 'Talent Partner' });
    coldSenders.push(p);
    return p;
  };
  for (let i = 0; i < n(shape.opportunities); i++) {
    const p = opportunitySender();
    const text = `Hi ${kit.owner.first},\n${fill(oneIn(kit, OPPORTUNITY_LINES), p.company, ownerTitle)}\nBest, ${p.first}`;
    kit.oneWay(p, kit.conversationId(), kit.time(rng.int(5, 350)), 'in', text, { opportunity: true, html: rng.chance(0.6) });
  }
  for (let i = 0; i < n(shape.answeredOpportunities); i++) {
    const p = opportunitySender();
    const text = `Hi ${kit.owner.first},\n${fill(oneIn(kit, OPPORTUNITY_LINES), p.company, ownerTitle)}`;
    kit.answered(p, kit.conversationId(), kit.time(rng.int(20, 340)), rng.int(2, 96), text, 'Thanks for reaching out, happy to talk next week.', { opportunity: true, html: rng.chance(0.5) });
  }
  for (let i = 0; i < n(shape.outboundUnanswered); i++) {
    kit.oneWay(take(), kit.conversationId(), kit.time(rng.int(5, 350), rng.chance(shape.lateShare)), 'out', neutral());
  }

  // Consumption and creation. W events sit 1–355 days before T, older ones 380+ days.
  const late = () => rng.chance(shape.lateShare);
  for (let i = 0; i < n(shape.reactionsW); i++) kit.reaction(kit.time(rng.int(1, 355), late()));
  for (let i = 0; i < n(shape.reactionsOld); i++) kit.reaction(kit.time(rng.int(380, Math.max(381, history)), late()));
  const topic = () => oneIn(kit, POST_TOPICS);
  const templatePost = () =>
    `${oneIn(kit, TEMPLATE_OPENERS)} ${topic()}!\n\nGrateful to everyone who made it happen.\n\n#growth #career #teamwork`;
  const plainPost = () => `${oneIn(kit, PLAIN_OPENERS)} ${topic()}.\nWe kept it small and learned a lot, details below.`;
  for (let i = 0; i < n(shape.templatePostsW); i++) kit.share(kit.time(rng.int(1, 355), late()), templatePost());
  for (let i = 0; i < n(shape.plainPostsW); i++) kit.share(kit.time(rng.int(1, 355), late()), plainPost());
  for (let i = 0; i < n(shape.mentionPostsW); i++) {
    const who = people[rng.int(0, people.length - 1)] as SpecPerson;
    kit.share(kit.time(rng.int(1, 355), late()), `Great session with @${fullName(who)} on ${topic()} today.`);
  }
  for (let i = 0; i < n(shape.repostsW); i++) kit.share(kit.time(rng.int(1, 355), late()), '', `https://www.example.com/read/${rng.int(1000, 99999)}`);
  const commentText = () => {
    const who = people[rng.int(0, people.length - 1)] as SpecPerson;
    return rng.chance(0.5) ? `${fullName(who)} ${oneIn(kit, COMMENT_LINES)}` : oneIn(kit, COMMENT_LINES);
  };
  for (let i = 0; i < n(shape.commentsW); i++) kit.comment(kit.time(rng.int(1, 355), late()), commentText());
  for (let i = 0; i < n(shape.postsOld); i++) kit.share(kit.time(rng.int(380, Math.max(381, history)), late()), rng.chance(0.5) ? templatePost() : plainPost());
  for (let i = 0; i < n(shape.commentsOld); i++) kit.comment(kit.time(rng.int(380, Math.max(381, history)), late()), commentText());
  if (shape.boundaryLapses) {
    kit.share(kit.time(rng.int(20, 300)), `New role, new inbox: reach me at ${kit.owner.first.toLowerCase()}.${kit.owner.last.toLowerCase()}@example.org for ${topic()} work.`);
    const recruiter = coldSenders[0];
    if (recruiter) kit.share(kit.time(rng.int(20, 300)), `Thanks to ${fullName(recruiter)} for the kind words about ${topic()} this week.`);
  }
  for (let i = 0; i < n(shape.votes); i++) kit.vote(kit.time(rng.int(1, 700)), rng.pick(['Yes', 'No', 'A) Data', 'Not sure yet']));

  // Invitations cover only the last months before the export (formats/linkedin.md).
  const nOut = n(shape.invitationsOut);
  const nNotes = Math.min(nOut, n(shape.invitationsOutWithNote));
  for (let i = 0; i < nOut; i++) {
    const note = i < nNotes ? `Hi, we met at the ${topic()} session. Would be glad to stay in touch.` : '';
    kit.invite('out', kit.person(), kit.minuteTime(rng.int(2, 240)), note);
  }
  for (let i = 0; i < n(shape.invitationsIn); i++) kit.invite('in', kit.person(), kit.minuteTime(rng.int(2, 240)), rng.chance(0.2) ? 'Hello, I would like to join your network.' : '');

  // Endorsements and recommendations come from (and go to) connections, by profile URL or by name.
  const someone = () => people[rng.int(0, people.length - 1)] as SpecPerson;
  for (let i = 0; i < n(shape.endorsementsIn); i++) kit.endorse('in', someone(), rng.pick(SKILLS), kit.time(rng.int(2, 2000)));
  for (let i = 0; i < n(shape.endorsementsOut); i++) kit.endorse('out', someone(), rng.pick(SKILLS), kit.time(rng.int(2, 2000)));
  const recommenders = rng.shuffle(people).slice(0, n(shape.recommendationsIn) + n(shape.recommendationsOut));
  recommenders.forEach((p, i) => {
    const text =
      i % 2 === 0
        ? `${kit.owner.first} is the person you want in the room when a plan meets reality. Calm, clear and kind.`
        : `I worked with ${kit.owner.first} for two years; "just ask" became our motto, and it worked.`;
    kit.recommend(i < n(shape.recommendationsIn) ? 'in' : 'out', p, text, kit.minuteTime(rng.int(30, 1500)));
  });

  // Jobs, follows and learning: present in the export, not measured by the first 13 measures.
  for (let i = 0; i < n(shape.jobApplications); i++) {
    const id = rng.int(3_800_000_000, 4_300_000_000);
    kit.jobApplication({ at: kit.minuteTime(rng.int(3, 300)), company: kit.company(), title: ownerTitle, url: `http://www.linkedin.com/jobs/view/${id}` });
  }
  for (let i = 0; i < n(shape.savedJobs); i++) {
    const id = rng.int(3_800_000_000, 4_300_000_000);
    kit.savedJob({ at: kit.minuteTime(rng.int(3, 300)), company: kit.company(), title: ownerTitle, url: `http://www.linkedin.com/jobs/view/${id}` });
  }
  for (let i = 0; i < n(8, 1); i++) kit.followCompany(kit.company(), kit.time(rng.int(2, 900)));
  for (let i = 0; i < n(5, 1); i++) kit.followMember(fullName(kit.person()), kit.time(rng.int(2, 900)));
  for (let i = 0; i < 3; i++) {
    const watched = kit.minuteTime(rng.int(20, 600));
    kit.learn({
      title: `${rng.pick(SKILLS)} Essentials`,
      description: 'A short course with exercises.',
      type: i === 2 ? 'VIDEO' : 'COURSE',
      watched,
      ...(i === 0 ? { completed: watched + DAY_MS } : {}),
      saved: i === 1,
    });
  }
  kit.finalEvent(shape.reactionsW + shape.reactionsOld > 0);
  // Drawn later, from a stream of their own (`settleSignIns`), so nothing above changes.
  if (shape.signInEveryDays !== undefined) kit.planSignIns(shape.signInEveryDays);
  return { people };
}
