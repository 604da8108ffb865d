/**
 * The persona builder: hands out invented people, places dated activity relative to the export date
 * T, and keeps the counts that the planted values are built from while it generates (never by
 * reading the CSV back). Every activity helper names the measure-contract rule it feeds.
 */
import type { Rng } from '../random.ts';
import { createNameSource, jobTitle } from '../names.ts';
import {
  DAY_MS,
  type PersonaSpec,
  type SpecComment,
  type SpecCompanyFollow,
  type SpecConnection,
  type SpecEndorsement,
  type SpecInvitation,
  type SpecJob,
  type SpecLearning,
  type SpecLogin,
  type SpecMemberFollow,
  type SpecMessage,
  type SpecPerson,
  type SpecReaction,
  type SpecRecommendation,
  type SpecShare,
  type SpecVote,
} from '../spec.ts';

const HOUR_MS = 3_600_000;
const W_MS = 365 * DAY_MS;
const LATE_HOURS = [23, 0, 1, 2, 3, 4] as const;
/** Browser and app user agents for Logins.csv; the web ones hold a comma, so the writer must quote them. */
const USER_AGENTS: readonly string[] = [
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0',
  'LIAuthLibrary:0.0.3 com.linkedin.android:4.1.900 Pixel_7:android_14',
];

const REACTION_TYPES: readonly (readonly [string, number])[] = [
  ['LIKE', 60],
  ['PRAISE', 12],
  ['EMPATHY', 8],
  ['APPRECIATION', 8],
  ['INTEREST', 8],
  ['ENTERTAINMENT', 4],
];

export interface PersonStats {
  count: number;
  first: number;
  last: number;
  reciprocatedEver: boolean;
}

/** What the planted-value rules read from a finished kit. */
export interface KitState {
  readonly T: number;
  readonly connections: readonly SpecConnection[];
  /** Composed-message history per counterpart (all messages the kit writes are composed). */
  readonly stats: ReadonlyMap<SpecPerson, Readonly<PersonStats>>;
  /** People with a reciprocated 1:1 exchange wholly inside W. */
  readonly reciprocal1to1W: ReadonlySet<SpecPerson>;
  /** The same for group threads (parts.group; not a planted value). */
  readonly reciprocalGroupW: ReadonlySet<SpecPerson>;
  readonly counts: Readonly<KitCounts>;
  readonly endorsementsGiven: readonly SpecEndorsement[];
  readonly endorsementsReceived: readonly SpecEndorsement[];
  readonly recommendationsGiven: readonly SpecRecommendation[];
  readonly recommendationsReceived: readonly SpecRecommendation[];
}

export interface KitCounts {
  /** Composed messages (any direction) in W: depth minimum (20). */
  composedW: number;
  /** Composed inbound messages in W: opportunity minimum (20). */
  inboundW: number;
  /** Inbound composed messages in W from the opportunity bank. */
  opportunityW: number;
  /** Out actions in W (post, repost, comment, reaction, sent message) and those at 23:00–04:59 UTC. */
  actionsW: number;
  lateW: number;
  /** Reactions in W (C) and posts + reposts + comments in W (P). */
  reactionsW: number;
  createdW: number;
  /** Comments + posts with an @-mention in W (dialogic) and other posts in W (broadcast). */
  dialogicW: number;
  broadcastW: number;
  invitationsOut: number;
  invitationsOutWithNote: number;
}

/** Rounds a volume by the scale; `min` keeps a persona's shape at small scales. */
export function scaled(base: number, scale: number, min = 0): number {
  return Math.max(min, Math.round(base * scale));
}

/** Creates a builder for one persona exporting at `exportDate` (UTC ms). */
export function createKit(rng: Rng, exportDate: number) {
  const names = createNameSource(rng.fork('names'));
  const T = exportDate;
  const tDay = Math.floor(T / DAY_MS) * DAY_MS;

  const connections: SpecConnection[] = [];
  const messages: SpecMessage[] = [];
  const invitations: SpecInvitation[] = [];
  const shares: SpecShare[] = [];
  const comments: SpecComment[] = [];
  const reactions: SpecReaction[] = [];
  const votes: SpecVote[] = [];
  const endorsementsReceived: SpecEndorsement[] = [];
  const endorsementsGiven: SpecEndorsement[] = [];
  const recommendationsReceived: SpecRecommendation[] = [];
  const recommendationsGiven: SpecRecommendation[] = [];
  const jobApplications: SpecJob[] = [];
  const savedJobs: SpecJob[] = [];
  const companyFollows: SpecCompanyFollow[] = [];
  const memberFollows: SpecMemberFollow[] = [];
  const learning: SpecLearning[] = [];
  const logins: SpecLogin[] = [];
  let signInEveryDays: number | undefined;

  const stats = new Map<SpecPerson, PersonStats>();
  const reciprocal1to1W = new Set<SpecPerson>();
  const reciprocalGroupW = new Set<SpecPerson>();
  let conversationCounter = 0;
  let activityCounter = 0;

  const c: KitCounts = {
    composedW: 0,
    inboundW: 0,
    opportunityW: 0,
    actionsW: 0,
    lateW: 0,
    reactionsW: 0,
    createdW: 0,
    dialogicW: 0,
    broadcastW: 0,
    invitationsOut: 0,
    invitationsOutWithNote: 0,
  };

  const owner = makePerson({ company: '', position: '' });

  function inW(t: number): boolean {
    return t > T - W_MS && t <= T;
  }

  function isLate(t: number): boolean {
    const h = new Date(t).getUTCHours();
    return h >= 23 || h < 5;
  }

  /** People whose employer was drawn at random (not planted): `settleEmployers` may move them. */
  const drawnEmployer: { company: string }[] = [];

  function makePerson(opts: { company?: string; position?: string; email?: boolean } = {}): SpecPerson {
    const n = names.person();
    const slug = `${n.first}-${n.last}-${names.slugSuffix()}`.toLowerCase();
    const p = {
      first: n.first,
      last: n.last,
      slug,
      company: opts.company ?? names.company(),
      position: opts.position ?? jobTitle(rng),
      ...(opts.email ? { email: `${n.first}.${n.last}@example.org`.toLowerCase() } : {}),
    };
    if (opts.company === undefined) drawnEmployer.push(p);
    return p;
  }

  /** An instant on the day `daysAgo` days before T's day: late (23:00–04:59) or daytime (07:00–22:59), with seconds. */
  function time(daysAgo: number, late = false): number {
    const hour = late ? rng.pick(LATE_HOURS) : rng.int(7, 22);
    return tDay - daysAgo * DAY_MS + hour * HOUR_MS + rng.int(0, 59) * 60_000 + rng.int(0, 59) * 1000;
  }

  /** Same as `time` on a whole minute, for files written with minute resolution (Invitations, Jobs, Recommendations). */
  function minuteTime(daysAgo: number, late = false): number {
    const t = time(daysAgo, late);
    return t - (t % 60_000);
  }

  function outAction(t: number): void {
    if (!inW(t)) return;
    c.actionsW++;
    if (isLate(t)) c.lateW++;
  }

  function touch(p: SpecPerson, t: number): void {
    const s = stats.get(p);
    if (s) {
      s.count++;
      s.first = Math.min(s.first, t);
      s.last = Math.max(s.last, t);
    } else stats.set(p, { count: 1, first: t, last: t, reciprocatedEver: false });
  }

  function conversationId(): string {
    conversationCounter++;
    const hex = (n: number) => {
      let s = '';
      for (let i = 0; i < n; i++) s += '0123456789abcdef'.charAt(rng.int(0, 15));
      return s;
    };
    // Real ids are `2-` + base64 of a UUID-like string with a `_010`-style suffix.
    return `2-${btoa(`${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}_0${10 + (conversationCounter % 3)}`)}`;
  }

  function activityId(): string {
    activityCounter++;
    return String(7_100_000_000_000_000_000n + BigInt(activityCounter) * 7_919_003n + BigInt(rng.int(0, 999)));
  }

  function postLink(): string {
    return `https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A${activityId()}`;
  }

  /** Records one message and its counts (depth minimum, opportunity, late night, per-person history). */
  function pushMessage(m: SpecMessage, opportunity: boolean): void {
    messages.push(m);
    const out = m.from === owner;
    for (const p of out ? m.to : [m.from]) touch(p, m.at);
    if (out) outAction(m.at);
    if (!inW(m.at)) return;
    c.composedW++;
    if (!out) {
      c.inboundW++;
      if (opportunity) c.opportunityW++;
    }
  }

  const kit = {
    T,
    owner,
    rng,
    inW,
    time,
    minuteTime,
    /** A new invented person (never the same name twice). */
    person: makePerson,
    company: () => names.company(),
    /** A connection made `daysAgo` days before T's day, at 00:00 UTC (the export gives the date only). */
    connect(p: SpecPerson, daysAgo: number): SpecPerson {
      connections.push({ person: p, connectedOn: tDay - daysAgo * DAY_MS });
      return p;
    },
    /**
     * A 1:1 burst: `count` (≥ 2) messages with `p` on days `startDaysAgo … startDaysAgo − spanDays + 1`
     * before T, alternating sender, so it always holds a reciprocated exchange (contract: composed
     * out and in within 30 days, same thread type). `lateP`: chance of a 23:00–04:59 hour.
     */
    burst(p: SpecPerson, conv: string, startDaysAgo: number, count: number, spanDays: number, text: () => string, lateP = 0, ownerFirst = rng.chance(0.5)): void {
      if (spanDays > 29 || startDaysAgo - spanDays < 1) throw new Error('a burst must span at most 29 days and end before T');
      const times: number[] = [];
      for (let i = 0; i < count; i++) times.push(time(startDaysAgo - rng.int(0, spanDays - 1), rng.chance(lateP)));
      times.sort((a, b) => a - b);
      let bothInW = 0;
      for (let i = 0; i < times.length; i++) {
        const at = times[i] as number;
        const fromOwner = (i % 2 === 0) === ownerFirst;
        pushMessage(
          { conversationId: conv, title: '', from: fromOwner ? owner : p, to: [fromOwner ? p : owner], at, subject: '', content: text(), html: false, folder: rng.chance(0.8) ? 'INBOX' : 'ARCHIVE' },
          false,
        );
        if (inW(at)) bothInW++;
      }
      // A burst straddling the start of W would make the planted depth depend on which pair counts.
      if (bothInW !== 0 && bothInW !== count) throw new Error('a burst straddles the 365-day window');
      // Alternating senders within ≤ 29 days: every adjacent pair is a reciprocated exchange.
      if (count >= 2) {
        (stats.get(p) as PersonStats).reciprocatedEver = true;
        if (bothInW === count) reciprocal1to1W.add(p);
      }
    },
    /** One message in a new or given 1:1 thread, one direction only (no reciprocation by itself). */
    oneWay(p: SpecPerson, conv: string, at: number, direction: 'in' | 'out', content: string, opts: { opportunity?: boolean; html?: boolean; title?: string } = {}): void {
      pushMessage(
        {
          conversationId: conv,
          title: opts.title ?? '',
          from: direction === 'out' ? owner : p,
          to: [direction === 'out' ? p : owner],
          at,
          subject: '',
          content,
          html: opts.html ?? false,
          folder: 'INBOX',
        },
        opts.opportunity ?? false,
      );
    },
    /**
     * An inbound message answered by the owner `replyHours` later in the same 1:1 thread: a
     * reciprocated exchange (both composed, ≤ 30 days apart) that counts for depth when both are in W.
     */
    answered(p: SpecPerson, conv: string, at: number, replyHours: number, inbound: string, reply: string, opts: { opportunity?: boolean; html?: boolean } = {}): void {
      kit.oneWay(p, conv, at, 'in', inbound, opts);
      const back = at + replyHours * HOUR_MS;
      if (back >= T) throw new Error('a reply after the export date');
      kit.oneWay(p, conv, back, 'out', reply);
      if (replyHours <= 30 * 24) {
        (stats.get(p) as PersonStats).reciprocatedEver = true;
        if (inW(at) && inW(back)) reciprocal1to1W.add(p);
        else if (inW(back)) throw new Error('an answered message straddles the 365-day window');
      }
    },
    /** A group thread (owner + ≥ 2 members): every member and the owner write; group exchanges never count as 1:1. */
    groupThread(members: readonly SpecPerson[], title: string, startDaysAgo: number, rounds: number, text: () => string): void {
      const conv = conversationId();
      const first = time(startDaysAgo);
      let at = first;
      const everyone = [owner, ...members];
      for (let r = 0; r < rounds; r++) {
        for (const from of everyone) {
          at += rng.int(1, 6) * HOUR_MS + rng.int(0, 3599) * 1000;
          const to = everyone.filter((x) => x !== from);
          pushMessage({ conversationId: conv, title, from, to, at, subject: '', content: text(), html: false, folder: 'INBOX' }, false);
        }
      }
      if (inW(first) && inW(at)) for (const m of members) reciprocalGroupW.add(m);
    },
    conversationId,
    /** A reaction (C of consumption_to_creation_ratio; an action for late_night_activity_share). */
    reaction(at: number): void {
      const comment = rng.chance(0.1);
      const link = postLink() + (comment ? `?commentUrn=urn%3Ali%3Acomment%3A%28activity%3A${activityId()}%2C${activityId()}%29` : '');
      reactions.push({ at, type: rng.weighted(REACTION_TYPES), link });
      outAction(at);
      if (inW(at)) c.reactionsW++;
    },
    /** A post (non-empty text) or a repost (empty text); `mention` marks an @-mention (dialogic). */
    share(at: number, text: string, sharedUrl = ''): void {
      shares.push({ at, id: activityId(), text, sharedUrl });
      outAction(at);
      if (!inW(at)) return;
      c.createdW++;
      if (text === '') return;
      // An @ inside a word (an e-mail address) is not a mention: the same rule as the measure's hasMention.
      if (/(?<![\p{L}\p{N}_.])@\p{L}/u.test(text)) c.dialogicW++;
      else c.broadcastW++;
    },
    /** A comment (P; always dialogic). */
    comment(at: number, text: string): void {
      comments.push({ at, link: postLink(), text });
      outAction(at);
      if (!inW(at)) return;
      c.createdW++;
      c.dialogicW++;
    },
    vote(at: number, option: string): void {
      votes.push({ at, link: `https://www.linkedin.com/feed/update/urn:li:groupPost:${rng.int(10000, 9999999)}-${activityId()}`, option });
    },
    /** An invitation; outgoing ones feed invitation_personalisation_rate. */
    invite(direction: 'in' | 'out', other: SpecPerson, at: number, note: string): void {
      invitations.push({ from: direction === 'out' ? owner : other, to: direction === 'out' ? other : owner, at, message: note, direction: direction === 'out' ? 'OUTGOING' : 'INCOMING' });
      if (direction === 'out') {
        c.invitationsOut++;
        if (note !== '') c.invitationsOutWithNote++;
      }
    },
    endorse(direction: 'in' | 'out', person: SpecPerson, skill: string, at: number): void {
      (direction === 'in' ? endorsementsReceived : endorsementsGiven).push({ at, skill, person, status: 'ACCEPTED' });
    },
    recommend(direction: 'in' | 'out', person: SpecPerson, text: string, at: number): void {
      (direction === 'in' ? recommendationsReceived : recommendationsGiven).push({ person, text, at, status: 'VISIBLE' });
    },
    jobApplication(j: SpecJob): void {
      jobApplications.push(j);
    },
    savedJob(j: SpecJob): void {
      savedJobs.push(j);
    },
    followCompany(organization: string, at: number): void {
      companyFollows.push({ organization, at });
    },
    followMember(fullName: string, at: number): void {
      memberFollows.push({ at, fullName });
    },
    learn(l: SpecLearning): void {
      learning.push(l);
    },

    /** A read-only view of what was generated so far, for the planted-value rules (planted.ts). */
    state(): KitState {
      return { T, connections, stats, reciprocal1to1W, reciprocalGroupW, counts: c, endorsementsGiven, endorsementsReceived, recommendationsGiven, recommendationsReceived };
    },
    /**
     * Marks T: the newest record of the archive falls exactly on the export date. A reaction when
     * the export has Reactions.csv, else a sent message to a new contact who never answers.
     */
    finalEvent(withReactions: boolean): void {
      if (withReactions) kit.reaction(T);
      else kit.oneWay(makePerson(), conversationId(), T, 'out', 'Thanks for the chat today, here is the link I mentioned.');
    },

    /**
     * Gives the network the employers a real one has: some colleagues at the owner's current employer
     * and a few large employers, the rest a long tail of their own. Runs once, after every other draw
     * (its random stream is forked last), so nothing else a persona generates changes; planted
     * companies are left alone. Shares of the people with a drawn employer: own employer 6%, five
     * large ones 5, 3, 2, 1.5 and 1%.
     */
    settleEmployers(ownCompany: string | undefined): void {
      const r = rng.fork('employers');
      const large = createNameSource(r.fork('names'));
      const shares: [string, number][] = [5, 3, 2, 1.5, 1].map((pct) => [large.company(), pct / 100]);
      if (ownCompany) shares.unshift([ownCompany, 0.06]);
      for (const p of drawnEmployer) {
        let u = r.next();
        for (const [company, share] of shares) {
          if (u < share) {
            p.company = company;
            break;
          }
          u -= share;
        }
      }
    },
    /** Asks for sign-ins about every `everyDays` days; `settleSignIns` draws them. */
    planSignIns(everyDays: number): void {
      signInEveryDays = everyDays;
    },
    /**
     * Draws the planned sign-ins over the 730 days before T's day, from a stream forked after the
     * employers' one, so no other record changes. Each falls between 06:00 and 20:00 UTC on a day
     * before T's (a second one, on another device, up to two hours later), so T stays the newest record.
     */
    settleSignIns(): void {
      if (signInEveryDays === undefined || logins.length > 0) return;
      const r = rng.fork('sign-ins');
      const every = Math.max(1, Math.round(signInEveryDays));
      const today = Math.floor(T / DAY_MS) * DAY_MS;
      const address = () =>
        r.chance(0.25)
          ? `2001:db8:${r.int(1, 0xffff).toString(16)}::${r.int(1, 0xffff).toString(16)}`
          : `${r.pick(['192.0.2', '198.51.100', '203.0.113'])}.${r.int(1, 254)}`;
      for (let day = 730; day >= 1; day -= r.int(1, 2 * every - 1)) {
        const at = today - day * DAY_MS + r.int(6 * 3600, 20 * 3600) * 1000;
        logins.push({ at, ip: address(), userAgent: r.pick(USER_AGENTS), type: 'Login' });
        if (r.chance(0.15)) logins.push({ at: at + r.int(60, 7200) * 1000, ip: address(), userAgent: r.pick(USER_AGENTS), type: 'Login' });
      }
    },
    /** Assembles the spec once every helper has run. */
    build(rest: Pick<PersonaSpec, 'persona' | 'profile' | 'positions' | 'skills' | 'planted'> & { withReactions: boolean }): PersonaSpec {
      return {
        persona: rest.persona,
        owner,
        exportDate: T,
        profile: rest.profile,
        positions: rest.positions,
        skills: rest.skills,
        connections,
        messages,
        invitations,
        shares,
        comments,
        ...(rest.withReactions ? { reactions } : {}),
        votes,
        endorsementsReceived,
        endorsementsGiven,
        recommendationsReceived,
        recommendationsGiven,
        jobApplications,
        savedJobs,
        companyFollows,
        memberFollows,
        learning,
        logins,
        planted: rest.planted,
      };
    },
  };
  return kit;
}

export type Kit = ReturnType<typeof createKit>;
