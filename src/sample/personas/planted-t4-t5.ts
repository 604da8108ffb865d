/**
 * Planted values for the indicators of tensions 4–5 added with issue 4 (CODEBOOK T4.3–T4.6,
 * T5.2, T5.4–T5.6), read from the finished persona spec by the same rules as the measures. The
 * windowing and counting are written out here from the spec; only the lexicons and classifiers
 * (which are the definitions themselves) are shared with the measures.
 */
import { isAsk } from '../../measures/independence-impact/network-mobilisation/lexicon.ts';
import { matchWorkTerm, workTerms } from '../../measures/independence-impact/professional-content-share/classify.ts';
import { isSelfPromotion } from '../../measures/collaboration-competition/self-promotion-share/classify.ts';
import { normaliseOrganisation } from '../../measures/_lib/organisation.ts';
import { tokenize } from '../../measures/_lib/text.ts';
import type { Position } from '../../model/types.ts';
import { DAY_MS, type PersonaSpec, type Planted, type SpecMonth } from '../spec.ts';
import type { ProfileParts } from './common.ts';
import type { KitState } from './kit.ts';

/** What the rules read beyond the kit's state: the generated records themselves (`kit.build(…)` before `planted` is known). */
export type PlantSource = Omit<PersonaSpec, 'planted' | 'persona'>;

const exact = (value: number): Planted => ({ value, tolerance: 1e-9 });
const W_MS = 365 * DAY_MS;

/** Smallest of `xs` without spreading it (spec arrays reach hundreds of thousands at benchmark scale). */
function minOf(xs: readonly number[]): number {
  let m = Infinity;
  for (const x of xs) if (x < m) m = x;
  return m;
}
// The same @-mention rule as the measures' hasMention (an @ inside a word or e-mail address is not one).
const MENTION = /(?<![\p{L}\p{N}_.])@\p{L}/u;

function inW(s: KitState, t: number): boolean {
  return t > s.T - W_MS && t <= s.T;
}

/** network_mobilisation: distinct people sent an ask ("?" + request cue) in W; minimum 20 sent messages in W. */
export function plantedMobilisation(s: KitState, src: PlantSource): Planted {
  const sent = src.messages.filter((m) => m.from === src.owner && inW(s, m.at));
  if (sent.length < 20) return 'insufficient';
  const asked = new Set<string>();
  for (const m of sent) if (isAsk(m.content)) for (const p of m.to) asked.add(p.slug);
  return asked.size;
}

/** job_search_conversion: applications in W at an employer of a connection (normalised names); minimum 3 applications. */
export function plantedJobSearch(s: KitState, src: PlantSource): Planted {
  const applied = src.jobApplications.filter((j) => inW(s, j.at));
  if (applied.length < 3) return 'insufficient';
  const employers = new Set(s.connections.map((c) => normaliseOrganisation(c.person.company)).filter((o) => o !== ''));
  return exact(applied.filter((j) => employers.has(normaliseOrganisation(j.company))).length / applied.length);
}

/** Own posts (shares with text) in W. */
function postsInW(s: KitState, src: PlantSource): string[] {
  return src.shares.filter((x) => x.text !== '' && inW(s, x.at)).map((x) => x.text);
}

function asPosition(p: { company: string; title: string }): Position {
  return { organisation: p.company, title: p.title };
}

/** professional_content_share: posts in W naming a skill, title, employer or work word; minimum 10 posts. */
export function plantedProfessional(s: KitState, parts: ProfileParts, src: PlantSource): Planted {
  const posts = postsInW(s, src);
  if (posts.length < 10) return 'insufficient';
  const terms = workTerms([{ platform: 'linkedin', websites: [], skills: parts.skills, positions: parts.positions.map(asPosition) }]);
  return exact(posts.filter((t) => matchWorkTerm(tokenize(t), terms) !== undefined).length / posts.length);
}

const monthStart = (m: SpecMonth): number => Date.UTC(m.year, m.month - 1, 1);

/** network_adjacent_moves: share of moves after the first LinkedIn record with a connection at the new employer before it began. */
export function plantedAdjacentMoves(s: KitState, parts: ProfileParts, src: PlantSource): Planted {
  const times: number[] = [
    ...s.connections.map((c) => c.connectedOn),
    ...[src.messages, src.shares, src.comments, src.reactions ?? [], src.votes, src.endorsementsGiven, src.endorsementsReceived, src.recommendationsGiven, src.recommendationsReceived].flatMap((l) => l.map((x) => x.at)),
    ...src.invitations.map((x) => x.at),
    ...src.jobApplications.map((x) => x.at),
    ...src.savedJobs.map((x) => x.at),
    ...src.companyFollows.map((x) => x.at),
    ...src.memberFollows.map((x) => x.at),
    ...src.learning.flatMap((l) => (l.completed ?? l.watched) !== undefined ? [(l.completed ?? l.watched) as number] : []),
  ];
  const joined = minOf(times);
  const roles = parts.positions
    .map((p) => ({ start: monthStart(p.startedOn), org: normaliseOrganisation(p.company) }))
    .filter((r) => r.start <= s.T)
    .sort((a, b) => a.start - b.start || (a.org < b.org ? -1 : a.org > b.org ? 1 : 0));
  let moves = 0;
  let adjacent = 0;
  roles.forEach((r, i) => {
    if (r.start <= joined || r.org === '' || (i > 0 && roles[i - 1]?.org === r.org)) return;
    moves++;
    if (s.connections.some((c) => c.connectedOn < r.start && normaliseOrganisation(c.person.company) === r.org)) adjacent++;
  });
  return moves === 0 ? 'insufficient' : exact(adjacent / moves);
}

/** composed_share: written (comments, mention posts, sent messages, recommendations given) ÷ all interactions in W; minimum 30. */
export function plantedComposed(s: KitState, src: PlantSource): Planted {
  const composed =
    src.comments.filter((c) => inW(s, c.at)).length +
    src.shares.filter((x) => x.text !== '' && MENTION.test(x.text) && inW(s, x.at)).length +
    src.messages.filter((m) => m.from === src.owner && inW(s, m.at)).length +
    src.recommendationsGiven.filter((r) => inW(s, r.at)).length;
  const oneClick =
    (src.reactions ?? []).filter((r) => inW(s, r.at)).length +
    src.endorsementsGiven.filter((e) => inW(s, e.at) && ['ACCEPTED', 'VISIBLE'].includes(e.status.toUpperCase())).length +
    src.shares.filter((x) => x.text === '' && inW(s, x.at)).length;
  return composed + oneClick < 30 ? 'insufficient' : exact(composed / (composed + oneClick));
}

/** amplify_others_share: (reposts + mention posts) ÷ (those + posts without a mention) in W; minimum 20. */
export function plantedAmplify(s: KitState, src: PlantSource): Planted {
  const shares = src.shares.filter((x) => inW(s, x.at));
  const amplify = shares.filter((x) => x.text === '' || MENTION.test(x.text)).length;
  return shares.length < 20 ? 'insufficient' : exact(amplify / shares.length);
}

/** self_promotion_share: posts in W with first person in the opening and an achievement cue; minimum 10 posts. */
export function plantedSelfPromotion(s: KitState, src: PlantSource): Planted {
  const posts = postsInW(s, src);
  if (posts.length < 10) return 'insufficient';
  return exact(posts.filter((t) => isSelfPromotion(tokenize(t))).length / posts.length);
}

/** connection_accumulation_bursts: share of connections added in ISO weeks with ≥ max(10, mean + 3·SD); minimum 50. */
export function plantedBursts(s: KitState): Planted {
  const n = s.connections.length;
  if (n < 50) return 'insufficient';
  // Monday-based weeks: day 0 (1970-01-01) was a Thursday.
  const week = (t: number) => Math.floor((Math.floor(t / DAY_MS) + 3) / 7);
  const first = minOf(s.connections.map((c) => week(c.connectedOn)));
  const counts = new Array<number>(week(s.T) - first + 1).fill(0);
  for (const c of s.connections) {
    const i = week(c.connectedOn) - first;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
  const sd = Math.sqrt(counts.reduce((a, b) => a + (b - mean) ** 2, 0) / counts.length);
  const threshold = Math.max(10, mean + 3 * sd);
  const inBursts = s.connections.filter((c) => (counts[week(c.connectedOn) - first] ?? 0) >= threshold).length;
  return exact(inBursts / n);
}

/** Every planted value of this group, keyed by measure id. */
export function plantedForT4T5(s: KitState, parts: ProfileParts, src: PlantSource): Record<string, Planted> {
  return {
    network_mobilisation: plantedMobilisation(s, src),
    job_search_conversion: plantedJobSearch(s, src),
    professional_content_share: plantedProfessional(s, parts, src),
    network_adjacent_moves: plantedAdjacentMoves(s, parts, src),
    composed_share: plantedComposed(s, src),
    amplify_others_share: plantedAmplify(s, src),
    self_promotion_share: plantedSelfPromotion(s, src),
    connection_accumulation_bursts: plantedBursts(s),
  };
}

/** The measure ids this group plants, for `MEASURE_IDS` in spec.ts. */
export const T4_T5_MEASURE_IDS = [
  'network_mobilisation',
  'job_search_conversion',
  'professional_content_share',
  'network_adjacent_moves',
  'composed_share',
  'amplify_others_share',
  'self_promotion_share',
  'connection_accumulation_bursts',
] as const;
