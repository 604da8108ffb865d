/** T3.4 `lexical_diversity_mtld`: the range of vocabulary in your own posts (MTLD, McCarthy & Jarvis 2010). */
import type { ChartData } from '../../measure.ts';
import { defineMeasure, insufficient } from '../../measure.ts';
import { MTLD_THRESHOLD, internTokens, mtld, mtldPassIds } from '../../_lib/mtld.ts';
import { ownPostsInWindow, type OwnPost } from '../../_lib/own-posts.ts';
import { tokenize } from '../../_lib/text.ts';
import { quartersBetween, utcQuarter } from '../../_lib/time.ts';
import { round } from '../../_lib/stats.ts';
import { profileText } from '../buzzword-density/index.ts';

/** Minimum: 200 tokens [D] (CODEBOOK T3.4): MTLD is length-stable, but very short samples are not. */
export const MIN_TOKENS = 200;

/** MTLD per calendar quarter (UTC) of the posts' tokens; quarters under the minimum have no value. */
export function quarterlyMtld(posts: readonly OwnPost[]): { quarter: string; tokens: number; mtld?: number }[] {
  const first = posts[0];
  const last = posts[posts.length - 1];
  if (!first || !last) return [];
  // Posts are in time order, so each quarter is one run of the interned token array.
  const { ids, types } = internTokens(posts.flatMap((p) => p.tokens));
  const ranges = new Map<string, [number, number]>(quartersBetween(first.at, last.at).map((q) => [q, [0, 0]]));
  let offset = 0;
  for (const p of posts) {
    const r = ranges.get(utcQuarter(p.at));
    if (r) {
      if (r[1] === r[0]) r[0] = offset;
      r[1] = offset + p.tokens.length;
    }
    offset += p.tokens.length;
  }
  return [...ranges].map(([quarter, [from, to]]) => {
    const part = ids.subarray(from, to);
    const value = part.length >= MIN_TOKENS ? (mtldPassIds(part, types) + mtldPassIds(part, types, true)) / 2 : undefined;
    return { quarter, tokens: part.length, ...(value !== undefined ? { mtld: value } : {}) };
  });
}

function quarterChart(rows: ReturnType<typeof quarterlyMtld>, overall: number): ChartData {
  const shown = rows.filter((r) => r.mtld !== undefined).map((r) => ({ quarter: r.quarter, mtld: round(r.mtld ?? 0, 1), tokens: r.tokens }));
  return {
    kind: 'line',
    title: 'Vocabulary range of your posts, per quarter (MTLD)',
    description:
      shown.length === 0
        ? `No quarter holds ${MIN_TOKENS} words on its own; over the whole year MTLD is ${overall.toFixed(1)}.`
        : `MTLD over the whole year is ${overall.toFixed(1)}; ${shown.length} quarters hold at least ${MIN_TOKENS} words, ranging from ${Math.min(...shown.map((r) => r.mtld))} to ${Math.max(...shown.map((r) => r.mtld))}.`,
    rows: shown,
    x: 'quarter',
    y: 'mtld',
    xTitle: 'quarter (UTC)',
    yTitle: 'MTLD (mean factor length, tokens)',
  };
}

export const lexicalDiversityMtld = defineMeasure({
  meta: {
    id: 'lexical_diversity_mtld',
    codebook: 'T3.4',
    tension: 'creativity-conformation',
    side: 'creativity',
    title: 'Range of vocabulary in your own posts',
    definition: `MTLD (McCarthy & Jarvis 2010) of the words of your own posts in the 365 days before the export date, read as one text in time order (reposts, links, @handles and #hashtags left out): the mean length of the word runs over which the type-token ratio stays above ${MTLD_THRESHOLD}, counting the last partial run, averaged over a forward and a backward pass. Higher means more varied vocabulary. Also per quarter, and for your profile text.`,
    unit: 'tokens',
    window: '365 days before the export date',
    minimum: `${MIN_TOKENS} words of post text`,
    requires: ['posts'],
    platforms: ['linkedin', 'x', 'mastodon', 'bluesky', 'facebook'],
    references: [
      { claim: 'MTLD was the only lexical-diversity index tested that did not vary as a function of text length.', source: 'McCarthy & Jarvis (2010)', evidence: 'V' },
      { claim: 'The 200-word minimum is this codebook\'s guard against unstable values on very short samples.', source: 'CODEBOOK T3.4', evidence: 'D' },
    ],
    caveat: 'Whether the ideas are original. Jargon and topic change move the score, and posts in languages other than English are read as they are.',
    question: 'Which topic do you always write about in the same words?',
  },
  compute(ctx) {
    const posts = ownPostsInWindow(ctx.ledger, ctx.asOf);
    const tokens = posts.flatMap((p) => p.tokens);
    if (tokens.length < MIN_TOKENS) return insufficient(tokens.length, MIN_TOKENS, 'words in your posts in the last 365 days');
    const m = mtld(tokens);
    const parts: Record<string, number> = { forward: m.forward, backward: m.backward, tokens: tokens.length, posts: posts.length };
    const profileTokens = ctx.ledger.profiles.flatMap((p) => tokenize(profileText(p)));
    if (profileTokens.length >= MIN_TOKENS) parts.profile = mtld(profileTokens).value;
    const quarters = quarterlyMtld(posts);
    return {
      status: 'ok',
      value: m.value,
      display: `${m.value.toFixed(1)} over ${tokens.length} words`,
      parts,
      charts: [quarterChart(quarters, m.value)],
      notes: ['Posts are read in every language; MTLD is designed for English, so mixed-language posts raise the value.'],
    };
  },
});
