/** T3.1 `buzzword_density`: LinkedIn's over-used self-descriptors per 100 words of your profile. */
import type { ChartData } from '../../measure.ts';
import { defineMeasure, insufficient } from '../../measure.ts';
import type { Profile } from '../../../model/types.ts';
import { tokenize } from '../../_lib/text.ts';
import { eventTable, windowRange } from '../../_lib/event-table.ts';
import { WINDOW_DAYS } from '../../_lib/time.ts';
import { matchBuzzwords } from './lexicon.ts';

export const MIN_TOKENS = 50;

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
      : `${words.length} different buzzwords appear; the most used is "${top}" (${top === undefined ? 0 : total(top)} times).`;
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
    const tokens = ctx.ledger.profiles.flatMap((p) => tokenize(profileText(p)));
    if (tokens.length < MIN_TOKENS) return insufficient(tokens.length, MIN_TOKENS, 'words of profile text');
    const matches = matchBuzzwords(tokens);
    const parts: Record<string, number> = { matches: matches.length, tokens: tokens.length };
    const table = eventTable(ctx.ledger);
    const posts = table.of('post', 'out');
    const [from, to] = windowRange(table, posts, ctx.asOf, WINDOW_DAYS);
    const postTokens: string[][] = [];
    for (let k = from; k < to; k++) postTokens.push(tokenize(table.events[posts[k] ?? 0]?.text ?? ''));
    const postTokenCount = postTokens.reduce((n, t) => n + t.length, 0);
    let postCounts: Map<string, number> | undefined;
    if (postTokenCount >= MIN_TOKENS) {
      const postMatches = postTokens.flatMap(matchBuzzwords);
      parts.posts = (postMatches.length * 100) / postTokenCount;
      postCounts = countBy(postMatches);
    }
    const profileCounts = countBy(matches);
    const items = [...profileCounts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([buzzword, count]) => ({ buzzword, count }));
    return {
      status: 'ok',
      value: (matches.length * 100) / tokens.length,
      display: `${matches.length} in ${tokens.length} words`,
      parts,
      items,
      charts: [buzzChart(profileCounts, postCounts)],
    };
  },
});
