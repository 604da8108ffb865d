/** T3.5 `self_similarity`: how alike your posts are to each other (TF-IDF cosine over your own posts). */
import type { ChartData } from '../../measure.ts';
import { defineMeasure, insufficient } from '../../measure.ts';
import { ownPostsInWindow, type OwnPost } from '../../_lib/own-posts.ts';
import { pairwiseSimilarity, tfidfVectors } from '../../_lib/tfidf.ts';
import { percent } from '../../_lib/stats.ts';
import { utcDate } from '../../_lib/time.ts';

/** Minimum: 10 posts of at least 20 words (CODEBOOK T3.5). */
export const MIN_POSTS = 10;
/** Posts shorter than this are left out (CODEBOOK T3.5). */
export const MIN_WORDS = 20;
/** Near-duplicate: nearest neighbour at cosine ≥ 0.8 [D]. */
export const NEAR_DUPLICATE = 0.8;
/** Posts compared at most: the latest ones [D]; pairwise comparison grows with the square of the count. */
export const MAX_POSTS = 2000;
const TOP_ITEMS = 5;
const EXCERPT = 90;

/** Posts long enough to compare, the latest `MAX_POSTS`, in time order. */
export function comparablePosts(posts: readonly OwnPost[]): { compared: OwnPost[]; eligible: number } {
  const eligible = posts.filter((p) => p.tokens.length >= MIN_WORDS);
  return { compared: eligible.slice(-MAX_POSTS), eligible: eligible.length };
}

function nearestChart(nearest: Float64Array): ChartData {
  const bins = Array.from({ length: 10 }, () => 0);
  for (const s of nearest) bins[Math.min(9, Math.floor(s * 10))] = (bins[Math.min(9, Math.floor(s * 10))] ?? 0) + 1;
  const near = [...nearest].filter((s) => s >= NEAR_DUPLICATE).length;
  return {
    kind: 'bar',
    title: 'How close each post is to its most similar other post',
    description: `${near} of ${nearest.length} posts (${percent(near / Math.max(1, nearest.length))}) have a near-duplicate (cosine of at least ${NEAR_DUPLICATE}) among your other posts.`,
    rows: bins.map((n, i) => ({ similarity: `${(i / 10).toFixed(1)}–${((i + 1) / 10).toFixed(1)}`, posts: n })),
    x: 'similarity',
    y: 'posts',
    xTitle: 'cosine similarity to the nearest other post',
    yTitle: 'posts',
  };
}

export const selfSimilarity = defineMeasure({
  meta: {
    id: 'self_similarity',
    codebook: 'T3.5',
    tension: 'creativity-conformation',
    side: 'conformation',
    title: 'How alike your posts are to each other',
    definition: `Among your own posts of at least ${MIN_WORDS} words in the 365 days before the export date: TF-IDF vectors over single words and word pairs, fitted on these posts alone, and the mean cosine similarity over every pair of posts. Also the share of posts whose most similar other post has a cosine of at least ${NEAR_DUPLICATE} (near-duplicates). At most the latest ${MAX_POSTS} posts are compared.`,
    unit: 'similarity',
    window: '365 days before the export date',
    minimum: `${MIN_POSTS} posts of at least ${MIN_WORDS} words`,
    requires: ['posts'],
    platforms: ['linkedin', 'x', 'mastodon', 'bluesky', 'facebook'],
    references: [
      { claim: 'No published reference value exists; this is an internal comparison over time.', source: 'CODEBOOK T3.5', evidence: 'D' },
      { claim: 'The near-duplicate cut-off of cosine 0.8 is a design choice.', source: 'CODEBOOK T3.5', evidence: 'D' },
      { claim: 'Context collapse creates a "lowest-common denominator effect": people post only what their broadest audience will find non-offensive.', source: 'Marwick & boyd (2011)', evidence: 'V' },
    ],
    caveat: 'That consistency is bad. A recurring series or a focused niche is legitimately repetitive.',
    question: 'Which of your posts surprised people who know you, and what was different about it?',
  },
  compute(ctx) {
    const { compared, eligible } = comparablePosts(ownPostsInWindow(ctx.ledger, ctx.asOf));
    if (compared.length < MIN_POSTS) return insufficient(compared.length, MIN_POSTS, `posts of at least ${MIN_WORDS} words in the last 365 days`);
    const sim = pairwiseSimilarity(tfidfVectors(compared.map((p) => p.tokens)));
    let near = 0;
    for (const s of sim.nearest) if (s >= NEAR_DUPLICATE) near += 1;
    const order = compared.map((_, i) => i).sort((a, b) => (sim.nearest[b] ?? 0) - (sim.nearest[a] ?? 0) || a - b);
    const items = order.slice(0, TOP_ITEMS).map((i) => {
      const p = compared[i] as OwnPost;
      const text = p.text.replace(/\s+/gu, ' ').trim();
      return { date: utcDate(p.at), post: text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text, nearest: sim.nearest[i] ?? 0 };
    });
    const notes: string[] = [];
    if (eligible > compared.length) notes.push(`Only your latest ${compared.length} of ${eligible} long enough posts were compared.`);
    return {
      status: 'ok',
      value: sim.mean,
      display: `mean similarity ${sim.mean.toFixed(2)} over ${compared.length} posts`,
      parts: { near_duplicate_share: near / compared.length, posts: compared.length, eligible_posts: eligible },
      items,
      charts: [nearestChart(sim.nearest)],
      ...(notes.length > 0 ? { notes } : {}),
    };
  },
});
