/**
 * Independent check of the planted values: recomputes the measures from the generated spec with a
 * straightforward reading of measure-contract.md (not the kit's running counts) and compares.
 */
import { describe, expect, it } from 'vitest';
import { generateSpec } from '../generate.ts';
import { DAY_MS, MEASURE_IDS, type PersonaSpec, type Planted, type SpecPerson } from '../spec.ts';

const hourFmt = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', hour: '2-digit', hourCycle: 'h23' });
const composed = (t: string) => /\p{L}|\p{N}/u.test(t);

interface Msg {
  at: number;
  out: boolean;
  counterparts: string[];
  group: boolean;
  text: string;
}

function flatten(spec: PersonaSpec): Msg[] {
  const members = new Map<string, Set<string>>();
  for (const m of spec.messages) {
    const set = members.get(m.conversationId) ?? new Set<string>();
    for (const p of [m.from, ...m.to]) set.add(p.slug);
    members.set(m.conversationId, set);
  }
  return spec.messages.map((m) => {
    const out = m.from.slug === spec.owner.slug;
    return {
      at: m.at,
      out,
      counterparts: out ? m.to.map((p: SpecPerson) => p.slug) : [m.from.slug],
      group: (members.get(m.conversationId)?.size ?? 2) > 2,
      text: m.content,
    };
  });
}

/** People j with an out and an in composed message within 30 days, both passing `keep`, in threads of one type. */
function reciprocated(msgs: Msg[], keep: (m: Msg) => boolean, group: boolean): Set<string> {
  const byPerson = new Map<string, Msg[]>();
  for (const m of msgs) {
    if (m.group !== group || !keep(m) || !composed(m.text)) continue;
    for (const j of m.counterparts) byPerson.set(j, [...(byPerson.get(j) ?? []), m]);
  }
  const found = new Set<string>();
  for (const [j, list] of byPerson) {
    const outs = list.filter((m) => m.out).map((m) => m.at);
    const ins = list.filter((m) => !m.out).map((m) => m.at);
    if (outs.some((a) => ins.some((b) => Math.abs(a - b) <= 30 * DAY_MS))) found.add(j);
  }
  return found;
}

function recompute(spec: PersonaSpec): Record<string, Planted> {
  const T = spec.exportDate;
  const inW = (t: number) => t > T - 365 * DAY_MS && t <= T;
  const msgs = flatten(spec);
  const r: Record<string, Planted> = {};

  r.reach_network_size = spec.connections.length;

  const composedW = msgs.filter((m) => inW(m.at) && composed(m.text)).length;
  r.depth_reciprocal_ties_12m = composedW >= 20 ? reciprocated(msgs, (m) => inW(m.at), false).size : 'insufficient';

  const messaged = new Set(msgs.filter((m) => composed(m.text)).flatMap((m) => m.counterparts));
  const eligible = spec.connections.filter((c) => c.connectedOn <= T - 180 * DAY_MS);
  r.latent_tie_share = spec.connections.length < 50 ? 'insufficient' : eligible.filter((c) => !messaged.has(c.person.slug)).length / eligible.length;

  const earliest = Math.min(...msgs.map((m) => m.at));
  if (earliest > T - 1095 * DAY_MS) r.dormant_tie_pool = 'insufficient';
  else {
    const ever = new Set([...reciprocated(msgs, () => true, false), ...reciprocated(msgs, () => true, true)]);
    const perPerson = new Map<string, number[]>();
    for (const m of msgs) for (const j of m.counterparts) perPerson.set(j, [...(perPerson.get(j) ?? []), m.at]);
    let n = 0;
    for (const [j, times] of perPerson) if (times.length >= 10 && ever.has(j) && Math.max(...times) <= T - 1095 * DAY_MS) n++;
    r.dormant_tie_pool = n;
  }

  const C = (spec.reactions ?? []).filter((x) => inW(x.at)).length;
  const P = spec.shares.filter((x) => inW(x.at)).length + spec.comments.filter((x) => inW(x.at)).length;
  r.consumption_to_creation_ratio = !spec.reactions ? 'not-available' : C + P < 30 ? 'insufficient' : C / Math.max(1, P);

  const actions = [...spec.shares, ...spec.comments, ...(spec.reactions ?? []), ...msgs.filter((m) => m.out)].map((x) => x.at).filter(inW);
  const late = actions.filter((t) => {
    const h = Number(hourFmt.format(new Date(t)));
    return h >= 23 || h < 5;
  }).length;
  r.late_night_activity_share = actions.length >= 50 ? late / actions.length : 'insufficient';

  const outInv = spec.invitations.filter((i) => i.direction === 'OUTGOING');
  r.invitation_personalisation_rate = outInv.length >= 10 ? outInv.filter((i) => i.message !== '').length / outInv.length : 'insufficient';

  r.recommendations_received = spec.recommendationsReceived.filter((x) => x.status.toUpperCase() === 'VISIBLE').length;

  const lexicon = /\b(role|position|opportunit|opening|vacanc|hiring|recruit|interview|job|contract|freelance|consult|speak at|panel|podcast|collaborat|partner|advis|board|introduc)/i;
  const inboundW = msgs.filter((m) => !m.out && inW(m.at) && composed(m.text));
  r.opportunity_inflow = inboundW.length >= 20 ? inboundW.filter((m) => lexicon.test(m.text)).length : 'insufficient';

  const G = spec.endorsementsGiven.length + spec.recommendationsGiven.length;
  const R = spec.endorsementsReceived.length + spec.recommendationsReceived.length;
  r.giving_receiving_balance = G + R >= 5 ? G / (G + R) : 'insufficient';

  const posts = spec.shares.filter((s) => inW(s.at) && s.text !== '');
  const dialogic = spec.comments.filter((c) => inW(c.at)).length + posts.filter((p) => /(?<![\p{L}\p{N}_.])@\p{L}/u.test(p.text)).length;
  const items = spec.comments.filter((c) => inW(c.at)).length + posts.length;
  r.dialogue_share = items >= 20 ? dialogic / items : 'insufficient';
  return r;
}

function same(planted: Planted | undefined, actual: Planted | undefined) {
  if (typeof planted === 'object' && planted !== null) {
    expect(typeof actual).toBe('number');
    expect(Math.abs((actual as number) - planted.value)).toBeLessThanOrEqual(planted.tolerance);
  } else expect(actual).toBe(planted);
}

const PERSONAS = ['broadcaster', 'connector', 'quiet-job-seeker'];

describe.each(PERSONAS)('persona %s', (persona) => {
  it('plants a value for every measure of measure-contract.md', () => {
    const spec = generateSpec({ persona, seed: 1 });
    expect(Object.keys(spec.planted).sort()).toEqual([...MEASURE_IDS].sort());
  });

  it.each([
    [1, 'flipside'],
    [1, 7],
    [0.5, 'half'],
    [2, 'double'],
  ] as const)('recomputed values equal the planted ones at scale %s (seed %s)', (scale, seed) => {
    const spec = generateSpec({ persona, seed, scale });
    const again = recompute(spec);
    for (const id of Object.keys(again)) same(spec.planted[id], again[id]);
  });

  it('puts the newest record exactly on the export date', () => {
    const s = generateSpec({ persona, seed: 3 });
    const all = [
      ...s.connections.map((x) => x.connectedOn),
      ...s.messages,
      ...s.invitations,
      ...s.shares,
      ...s.comments,
      ...(s.reactions ?? []),
      ...s.votes,
      ...s.endorsementsReceived,
      ...s.endorsementsGiven,
      ...s.recommendationsReceived,
      ...s.recommendationsGiven,
      ...s.jobApplications,
      ...s.savedJobs,
      ...s.companyFollows,
      ...s.memberFollows,
    ].map((x) => (typeof x === 'number' ? x : x.at));
    for (const l of s.learning) all.push(...[l.watched, l.completed].filter((t): t is number => t !== undefined));
    expect(Math.max(...all)).toBe(s.exportDate);
  });
});

describe('persona stories', () => {
  it('broadcaster: 900 ties, 12 reciprocal ties, default headline, mostly reactions, late share near 0.3', () => {
    const p = generateSpec({ persona: 'broadcaster', seed: 'flipside' }).planted;
    expect(p.reach_network_size).toBe(900);
    expect(p.depth_reciprocal_ties_12m).toBe(12);
    expect(p.dormant_tie_pool).toBe(2);
    expect(p.default_headline_match).toBe(1);
    const late = p.late_night_activity_share as { value: number };
    expect(late.value).toBeGreaterThan(0.2);
    expect((p.consumption_to_creation_ratio as { value: number }).value).toBeGreaterThan(20);
    expect((p.giving_receiving_balance as { value: number }).value).toBeLessThan(0.5);
    expect((p.dialogue_share as { value: number }).value).toBeLessThan(0.5);
  });

  it('connector: 250 ties, 45 reciprocal ties, 5 dormant, gives more than receives, dialogic', () => {
    const p = generateSpec({ persona: 'connector', seed: 'flipside' }).planted;
    expect(p.reach_network_size).toBe(250);
    expect(p.depth_reciprocal_ties_12m).toBe(45);
    expect(p.dormant_tie_pool).toBe(5);
    expect(p.default_headline_match).toBe(0);
    expect((p.invitation_personalisation_rate as { value: number }).value).toBe(0.85);
    expect((p.giving_receiving_balance as { value: number }).value).toBeGreaterThan(0.5);
    expect((p.dialogue_share as { value: number }).value).toBeGreaterThan(0.8);
  });

  it('quiet-job-seeker: falls under several minimums and has no Reactions.csv', () => {
    const p = generateSpec({ persona: 'quiet-job-seeker', seed: 'flipside' }).planted;
    expect(p.reach_network_size).toBe(150);
    expect(p.depth_reciprocal_ties_12m).toBe(7);
    expect(p.consumption_to_creation_ratio).toBe('not-available');
    expect(p.dormant_tie_pool).toBe('insufficient');
    expect(p.buzzword_density).toBe('insufficient');
    expect(p.invitation_personalisation_rate).toBe('insufficient');
    expect(p.dialogue_share).toBe('insufficient');
    expect(p.opportunity_inflow).toBe(18);
    expect(p.recommendations_received).toBe(4);
  });

  it('one item and tiny scales still give a complete, consistent planted record', () => {
    const spec = generateSpec({ persona: 'connector', seed: 'tiny', scale: 0.05 });
    expect(Object.keys(spec.planted).length).toBe(MEASURE_IDS.length);
    const again = recompute(spec);
    for (const id of Object.keys(again)) same(spec.planted[id], again[id]);
  });
});
