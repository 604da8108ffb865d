/**
 * Planted values for the nine tension 1–3 indicators added after the contract measures
 * (dunbar_layer_profile, employer_concentration, followed_sources_load, checking_frequency,
 * learning_follow_through, source_diversity, template_phrase_rate, lexical_diversity_mtld,
 * self_similarity), read from the kit's state and the generated activity, never from the CSV.
 *
 * The counting rules (windows, layers, days, statuses) are restated here from the CODEBOOK; the
 * text algorithms (tokeniser, MTLD, TF-IDF, public-suffix domains, organisation keys) are the
 * measures' own pure helpers, unit-tested against hand computations on their own: what the
 * planted values check is that the archive round-trips into the same inputs.
 */
import { classifyLink, entropyBits, linksInText } from '../../measures/_lib/domains.ts';
import { mtld } from '../../measures/_lib/mtld.ts';
import { normaliseOrganisation } from '../../measures/_lib/organisation.ts';
import { pairwiseSimilarity, tfidfVectors } from '../../measures/_lib/tfidf.ts';
import { tokenize } from '../../measures/_lib/text.ts';
import { templatesIn } from '../../measures/creativity-conformation/template-phrase-rate/lexicon.ts';
import { DAY_MS, type PersonaSpec, type Planted, type SpecPerson } from '../spec.ts';
import type { ProfileParts } from './common.ts';
import type { KitState } from './kit.ts';

/** What the rules read besides the kit's counts: the generated activity (`kit.build(…)` gives it). */
export type T1T3Activity = Pick<
  PersonaSpec,
  | 'owner'
  | 'connections'
  | 'messages'
  | 'shares'
  | 'comments'
  | 'reactions'
  | 'votes'
  | 'invitations'
  | 'endorsementsGiven'
  | 'endorsementsReceived'
  | 'recommendationsGiven'
  | 'recommendationsReceived'
  | 'jobApplications'
  | 'savedJobs'
  | 'companyFollows'
  | 'memberFollows'
  | 'learning'
>;

/** The measure ids these rules plant, in registry order. */
export const T1T3_MEASURE_IDS = [
  'employer_concentration',
  'dunbar_layer_profile',
  'learning_follow_through',
  'source_diversity',
  'followed_sources_load',
  'checking_frequency',
  'lexical_diversity_mtld',
  'template_phrase_rate',
  'self_similarity',
] as const;

const exact = (value: number): Planted => ({ value, tolerance: 1e-9 });
const utcDay = (t: number): number => Math.floor(t / DAY_MS);

/** dunbar_layer_profile: people with a reciprocated exchange in W and ≥ 12 contact days (UTC) in W; minimum 30 people with a written exchange. */
export function plantedDunbar(s: KitState, a: T1T3Activity): Planted {
  const inW = (t: number) => t > s.T - 365 * DAY_MS && t <= s.T;
  const days = new Map<SpecPerson, Set<number>>();
  const touch = (p: SpecPerson, t: number) => {
    if (t > s.T) return;
    let d = days.get(p);
    if (!d) {
      d = new Set();
      days.set(p, d);
    }
    if (inW(t)) d.add(utcDay(t));
  };
  for (const m of a.messages) for (const p of m.from === a.owner ? m.to : [m.from]) touch(p, m.at);
  // Recommendations are composed events with the person (CODEBOOK §1.3).
  for (const r of [...a.recommendationsGiven, ...a.recommendationsReceived]) touch(r.person, r.at);
  if (days.size < 30) return 'insufficient';
  let l15 = 0;
  for (const [p, d] of days) if ((s.reciprocal1to1W.has(p) || s.reciprocalGroupW.has(p)) && d.size >= 12) l15++;
  return l15;
}

/** employer_concentration: H = Σ p² over normalised Company of the connections; minimum 50 non-blank. */
export function plantedEmployer(a: T1T3Activity): Planted {
  const counts = new Map<string, number>();
  let nonBlank = 0;
  for (const c of a.connections) {
    const key = normaliseOrganisation(c.person.company);
    if (key === '') continue;
    nonBlank++;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  if (nonBlank < 50) return 'insufficient';
  let h = 0;
  for (const n of counts.values()) h += (n / nonBlank) ** 2;
  return exact(h);
}

/** followed_sources_load: LinkedIn company and member follows (the only platform of these personas). */
export function plantedFollowed(a: T1T3Activity): Planted {
  return a.companyFollows.length + a.memberFollows.length;
}

/** Every dated action of the owner (outbound), as instants. */
function ownerActions(a: T1T3Activity): number[] {
  return [
    ...a.messages.filter((m) => m.from === a.owner).map((m) => m.at),
    ...a.shares.map((x) => x.at),
    ...a.comments.map((x) => x.at),
    ...(a.reactions ?? []).map((x) => x.at),
    ...a.votes.map((x) => x.at),
    ...a.invitations.filter((x) => x.direction === 'OUTGOING').map((x) => x.at),
    ...a.endorsementsGiven.map((x) => x.at),
    ...a.recommendationsGiven.map((x) => x.at),
    ...a.jobApplications.map((x) => x.at),
    ...a.savedJobs.map((x) => x.at),
    ...a.companyFollows.map((x) => x.at),
    ...a.memberFollows.map((x) => x.at),
    // Learning.csv rows are dated by completion, else by last watch (mapping contract).
    ...a.learning.flatMap((l) => (l.completed ?? l.watched) ?? []),
  ];
}

/** checking_frequency: distinct UTC days with an action among the 365 ending on T's day (fewer when the archive starts later); minimum 30 days. */
export function plantedChecking(s: KitState, a: T1T3Activity): Planted {
  const everything = [
    ...ownerActions(a),
    ...a.messages.map((m) => m.at),
    ...a.invitations.map((x) => x.at),
    ...a.endorsementsReceived.map((x) => x.at),
    ...a.recommendationsReceived.map((x) => x.at),
    ...a.learning.flatMap((l) => l.watched ?? []),
  ];
  const lastDay = utcDay(s.T);
  // A loop, not Math.min(...list): spreading 300k values overflows the call stack at bench scale.
  let earliest = Infinity;
  for (const t of everything) if (t < earliest) earliest = t;
  const firstDay = Math.max(lastDay - 364, utcDay(earliest));
  const period = lastDay - firstDay + 1;
  if (period < 30) return 'insufficient';
  const active = new Set(ownerActions(a).filter((t) => t <= s.T && utcDay(t) >= firstDay).map(utcDay));
  return exact(active.size / period);
}

/** learning_follow_through: completed ÷ (completed + watched-not-completed); minimum 5 started. */
export function plantedLearning(a: T1T3Activity): Planted {
  const completed = a.learning.filter((l) => l.completed !== undefined).length;
  const started = completed + a.learning.filter((l) => l.completed === undefined && l.watched !== undefined).length;
  return started >= 5 ? exact(completed / started) : 'insufficient';
}

/** Shares (posts and reposts) in W, in time order. */
function sharesInW(s: KitState, a: T1T3Activity) {
  return a.shares.filter((x) => x.at > s.T - 365 * DAY_MS && x.at <= s.T).sort((x, y) => x.at - y.at);
}

/** source_diversity: 2^H over registrable domains of external links shared or commented in W (reactions link to linkedin.com); minimum 20. */
export function plantedSources(s: KitState, a: T1T3Activity): Planted {
  const domains = new Map<string, number>();
  const items = [...sharesInW(s, a).map((x) => [x.sharedUrl, ...linksInText(x.text)]), ...a.comments.filter((c) => c.at > s.T - 365 * DAY_MS && c.at <= s.T).map((c) => linksInText(c.text))];
  let external = 0;
  for (const urls of items) {
    for (const u of new Set(urls.filter((x) => x !== ''))) {
      const c = classifyLink(u);
      if (c.kind !== 'external') continue;
      external++;
      domains.set(c.domain, (domains.get(c.domain) ?? 0) + 1);
    }
  }
  return external >= 20 ? exact(2 ** entropyBits(domains.values())) : 'insufficient';
}

/** Own posts (shares with text) in W as token lists, in time order. */
function postsInW(s: KitState, a: T1T3Activity): { text: string; tokens: string[] }[] {
  return sharesInW(s, a)
    .filter((x) => x.text.trim() !== '')
    .map((x) => ({ text: x.text, tokens: tokenize(x.text) }));
}

/** template_phrase_rate: posts in W using a stock formula; minimum 10 posts. */
export function plantedTemplate(s: KitState, a: T1T3Activity): Planted {
  const posts = postsInW(s, a);
  return posts.length >= 10 ? exact(posts.filter((p) => templatesIn(p.text).length > 0).length / posts.length) : 'insufficient';
}

/** lexical_diversity_mtld: MTLD of the posts' tokens in time order; minimum 200 tokens. */
export function plantedMtld(s: KitState, a: T1T3Activity): Planted {
  const tokens = postsInW(s, a).flatMap((p) => p.tokens);
  return tokens.length >= 200 ? exact(mtld(tokens).value) : 'insufficient';
}

/** self_similarity: mean pairwise TF-IDF cosine of the latest 2,000 posts of ≥ 20 words in W; minimum 10. */
export function plantedSelfSimilarity(s: KitState, a: T1T3Activity): Planted {
  const long = postsInW(s, a)
    .filter((p) => p.tokens.length >= 20)
    .slice(-2000);
  return long.length >= 10 ? exact(pairwiseSimilarity(tfidfVectors(long.map((p) => p.tokens))).mean) : 'insufficient';
}

/** The planted values of the nine indicators, keyed by measure id. `parts` is accepted for symmetry with `plantedRecord` and not read. */
export function plantedForT1T3(s: KitState, _parts: ProfileParts, a: T1T3Activity): Record<(typeof T1T3_MEASURE_IDS)[number], Planted> {
  return {
    employer_concentration: plantedEmployer(a),
    dunbar_layer_profile: plantedDunbar(s, a),
    learning_follow_through: plantedLearning(a),
    source_diversity: plantedSources(s, a),
    followed_sources_load: plantedFollowed(a),
    checking_frequency: plantedChecking(s, a),
    lexical_diversity_mtld: plantedMtld(s, a),
    template_phrase_rate: plantedTemplate(s, a),
    self_similarity: plantedSelfSimilarity(s, a),
  };
}
