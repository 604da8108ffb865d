/** T3.1 `buzzword_density`: LinkedIn's over-used self-descriptors per 100 words of your profile. */
import type { ChartData } from '../../measure.ts';
import { defineMeasure, insufficient } from '../../measure.ts';
import type { Platform, Profile } from '../../../model/types.ts';
import { inPlatformOrder } from '../../_lib/by-platform.ts';
import { tokenize } from '../../_lib/text.ts';
import { ownPostsInWindow } from '../../_lib/own-posts.ts';
import { BUZZWORDS, matchBuzzwords } from './lexicon.ts';

export const MIN_TOKENS = 50;
/** Posts shown with their buzzwords highlighted in the report: the most matches first. */
export const MAX_HIGHLIGHTED_POSTS = 5;

/**
 * A text with the buzzwords it uses, for the report to highlight: `matches` holds every form of each
 * matched buzzword as space-separated words, joined by "|" (the shape report/sections/highlight.ts reads).
 */
export function highlightItem(where: string, text: string, found: readonly string[] = matchBuzzwords(tokenize(text))): { where: string; text: string; matches: string; count: number } | undefined {
  const labels = [...new Set(found)];
  if (labels.length === 0) return undefined;
  const forms = labels.flatMap((l) => BUZZWORDS.find((b) => b.label === l)?.forms.map((f) => f.join(' ')) ?? []);
  return { where, text, matches: forms.join('|'), count: found.length };
}

/** Profile text: headline, summary and every position description. */
export function profileText(p: Profile): string {
  return [p.headline ?? '', p.summary ?? '', ...p.positions.map((x) => x.description ?? '')].join('\n');
}

function countBy(labels: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const l of labels) m.set(l, (m.get(l) ?? 0) + 1);
  return m;
}

function buzzChart(profile: Map<string, number>, posts: Map<string, number> | undefined): ChartData {
  const total = (w: string): number => (profile.get(w) ?? 0) + (posts?.get(w) ?? 0);
  const words = [...new Set([...profile.keys(), ...(posts?.keys() ?? [])])].sort((a, b) => total(b) - total(a) || a.localeCompare(b));
  const rows = words.flatMap((w) => [
    ...(profile.has(w) ? [{ buzzword: w, where: 'profile', count: profile.get(w) ?? 0 }] : []),
    ...(posts?.has(w) ? [{ buzzword: w, where: 'posts (last 365 days)', count: posts.get(w) ?? 0 }] : []),
  ]);
  const top = words[0];
  const description =
    words.length === 0
      ? 'None of the listed buzzwords appear in your profile text.'
      : words.length === 1
        ? `One buzzword appears: "${top}" (${times(top === undefined ? 0 : total(top))}).`
        : `${words.length} different buzzwords appear; the most used is "${top}" (${times(top === undefined ? 0 : total(top))}).`;
  return { kind: 'bar', title: 'Buzzwords you use, and how often', description, rows, x: 'buzzword', y: 'count', series: 'where', xTitle: 'buzzword', yTitle: 'times used' };
}

export const buzzwordDensity = defineMeasure({
  meta: {
    id: 'buzzword_density',
    codebook: 'T3.1',
    tension: 'creativity-conformation',
    side: 'conformation',
    title: 'Overused self-descriptors per 100 words',
    definition: "Matches of LinkedIn's published over-used profile words and phrases (2010–2017 lists, British and American spellings) per 100 words of your headline, summary and position descriptions. Posts in the last 365 days are reported separately when they hold at least 50 words.",
    unit: 'per-100-words',
    window: 'profile as exported; posts: 365 days before the export date',
    minimum: `${MIN_TOKENS} words of profile text`,
    requires: ['profile'],
    platforms: ['linkedin'],
    references: [
      { claim: "LinkedIn published yearly lists of over-used profile words (2010: \"extensive experience\", \"innovative\", \"motivated\"…; 2013: \"responsible\", \"strategic\", \"creative\"…; about 2016: \"specialized\", \"leadership\", \"passionate\"…).", source: 'LinkedIn lists as reported in the press', evidence: 'S' },
      { claim: 'Press coverage of the 2013 list says "responsible" appeared about twice as often as any other listed word.', source: 'LinkedIn 2013 list, press coverage', evidence: 'S' },
      { claim: 'Context collapse creates a "lowest-common denominator effect": people post only what their broadest audience will find non-offensive.', source: 'Marwick & boyd (2011)', evidence: 'V' },
    ],
    caveat: 'Whether the word is earned. "Strategic" can be literally true; the lists are English-only and dated.',
    question: 'For your most-used buzzword, what concrete example would prove it to a stranger?',
  },
  compute(ctx) {
    const perProfile = ctx.ledger.profiles.map((p) => ({ platform: p.platform, tokens: tokenize(profileText(p)) }));
    const tokens = perProfile.flatMap((p) => p.tokens);
    if (tokens.length < MIN_TOKENS) return insufficient(tokens.length, MIN_TOKENS, 'words of profile text');
    const matches = matchBuzzwords(tokens);
    const parts: Record<string, number> = { matches: matches.length, tokens: tokens.length };
    // Posts in the window, tokenised once for every text measure; each post's matches serve the rate and the highlights.
    const marked: { item: NonNullable<ReturnType<typeof highlightItem>>; at: number }[] = [];
    const postMatches: string[] = [];
    let postTokenCount = 0;
    for (const post of ownPostsInWindow(ctx.ledger, ctx.asOf)) {
      postTokenCount += post.tokens.length;
      const found = matchBuzzwords(post.tokens);
      if (found.length === 0) continue;
      for (const f of found) postMatches.push(f);
      const h = highlightItem(`post, ${new Date(post.at).toISOString().slice(0, 10)}`, post.text, found);
      if (h) marked.push({ item: h, at: post.at });
    }
    let postCounts: Map<string, number> | undefined;
    if (postTokenCount >= MIN_TOKENS) {
      parts.posts = (postMatches.length * 100) / postTokenCount;
      postCounts = countBy(postMatches);
    }
    const profileCounts = countBy(matches);
    // Each platform's profile alone, beside the pooled figure (profile text is one person's words).
    const byPlatform = new Map<Platform, number>();
    for (const platform of new Set(perProfile.map((p) => p.platform))) {
      const own = perProfile.filter((q) => q.platform === platform).flatMap((q) => q.tokens);
      if (own.length >= MIN_TOKENS) byPlatform.set(platform, (matchBuzzwords(own).length * 100) / own.length);
    }
    const items: Record<string, string | number>[] = [...profileCounts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([buzzword, count]) => ({ buzzword, count }));
    // The user's own words with the buzzwords marked: each headline and summary, then the posts that use most of them.
    for (const p of ctx.ledger.profiles) {
      for (const h of [p.headline ? highlightItem('headline', p.headline) : undefined, p.summary ? highlightItem('summary', p.summary) : undefined]) if (h) items.push(h);
    }
    marked.sort((a, b) => b.item.count - a.item.count || b.at - a.at);
    for (const m of marked.slice(0, MAX_HIGHLIGHTED_POSTS)) items.push(m.item);
    return {
      status: 'ok',
      value: (matches.length * 100) / tokens.length,
      display: `${matches.length} in ${tokens.length} words`,
      parts,
      byPlatform: inPlatformOrder(byPlatform),
      items,
      charts: [buzzChart(profileCounts, postCounts)],
    };
  },
});

function times(n: number): string {
  return n === 1 ? 'once' : `${n} times`;
}
