/** T2.1 `consumption_to_creation_ratio`: one-click traces (reactions) versus things you wrote or shared. */
import type { ChartData, MeasureContext } from '../../measure.ts';
import { defineMeasure, insufficient } from '../../measure.ts';
import { platforms, type Platform } from '../../../model/types.ts';
import { platformColumn, undatedReactionPlatforms } from '../../_lib/platform-column.ts';
import { inPlatformOrder, notesPart, pooledNote } from '../../_lib/by-platform.ts';
import { endAt, eventTable, firstAfter, firstAtOrAfter } from '../../_lib/event-table.ts';
import { DAY_MS, WINDOW_DAYS, monthStarts, monthsEnding } from '../../_lib/time.ts';

export const MIN_ITEMS = 30;
const CHART_MONTHS = 12;

/** Creation: posts, reposts, comments and replies you made (replies are how X, Mastodon and Bluesky comment). */
const CREATION_KINDS = ['post', 'repost', 'comment', 'reply'] as const;

/** Counts of one platform: in W, and all-time for a platform whose reactions carry no dates. */
interface Tally {
  cW: number;
  pW: number;
  cAll: number;
  pAll: number;
}

/** Adds `counts[i]` for each event of `list` on `platform` in month i (bounds as `monthStarts` gives them), up to `asOf`. */
function countPlatformByMonth(ctx: MeasureContext, list: Int32Array, platforms: ReadonlyMap<Platform, number>, bounds: readonly number[], counts: number[]): void {
  const table = eventTable(ctx.ledger);
  const end = endAt(table, list, ctx.asOf);
  let i = 0;
  for (let k = firstAtOrAfter(table, list, bounds[0] ?? Infinity); k < end; k++) {
    const t = table.at[list[k] ?? 0] ?? Infinity;
    while (i < bounds.length - 1 && t >= (bounds[i + 1] ?? -Infinity)) i++;
    if (i >= bounds.length - 1) break;
    const e = table.events[list[k] ?? 0];
    if (e && platforms.has(e.platform)) counts[i] = (counts[i] ?? 0) + 1;
  }
}

function monthlyChart(ctx: MeasureContext, used: ReadonlyMap<Platform, number>, c: number, p: number, allTime: boolean): ChartData {
  const months = monthsEnding(ctx.asOf, CHART_MONTHS);
  const bounds = monthStarts(months);
  const table = eventTable(ctx.ledger);
  const consumption = months.map(() => 0);
  const creation = months.map(() => 0);
  countPlatformByMonth(ctx, table.of('reaction', 'out'), used, bounds, consumption);
  for (const k of CREATION_KINDS) countPlatformByMonth(ctx, table.of(k, 'out'), used, bounds, creation);
  const rows = months.flatMap((m, i) => [
    { month: m, series: 'reactions (consumption)', items: consumption[i] ?? 0 },
    { month: m, series: 'posts, reposts and comments (creation)', items: creation[i] ?? 0 },
  ]);
  return {
    kind: 'line',
    title: 'Reactions versus things you posted or wrote, per month',
    description: `${allTime ? 'All time (these likes carry no dates)' : 'In the last 365 days'} you left ${c} reactions and made ${p} posts, reposts or comments: ${(c / Math.max(1, p)).toFixed(1)} reactions for each.`,
    rows,
    x: 'month',
    y: 'items',
    series: 'series',
    xTitle: 'month',
    yTitle: 'items',
  };
}

export const consumptionToCreation = defineMeasure({
  meta: {
    id: 'consumption_to_creation_ratio',
    codebook: 'T2.1',
    tension: 'access-overwhelm',
    side: 'overwhelmed',
    title: 'One-click traces versus things you wrote',
    definition: 'Reactions you gave (C) divided by the posts, reposts, comments and replies you made (P) in the 365 days before the export date: C ÷ max(1, P). Over every platform together; a platform whose likes carry no dates (X, Mastodon) is computed all-time, labelled so and shown apart. Each platform with enough items is also shown alone.',
    unit: 'ratio',
    window: '365 days before the export date',
    minimum: `${MIN_ITEMS} reactions, posts, reposts and comments together in the window`,
    requires: ['reactions'],
    platforms: ['linkedin', 'x', 'mastodon', 'bluesky', 'facebook'],
    references: [
      { claim: 'US adult Twitter users in the top 10% by tweet volume had a median of 138 tweets and 70 likes a month; the bottom 90% had 2 tweets and 1 like: likes are a tiny trace of consumption.', source: 'Pew Research Center (2019)', evidence: 'S' },
      { claim: 'In most online communities about 90% lurk, 9% contribute a little and 1% account for almost all activity.', source: 'Nielsen (2006)', evidence: 'V' },
      { claim: 'The average Facebook user in the sample pressed Like 14 times a month.', source: 'Hampton et al. (2012)', evidence: 'S' },
      { claim: 'Passive Facebook use lowered affective well-being via envy, in an experiment.', source: 'Verduyn et al. (2015)', evidence: 'V' },
      { claim: 'Users who consumed more content reported lower bridging and bonding social capital and more loneliness.', source: 'Burke, Marlow & Lento (2010)', evidence: 'V' },
      { claim: 'Experience-sampling studies found no average effect of passive use, with large differences between people.', source: 'Beyens et al. (2020)', evidence: 'S' },
    ],
    caveat: 'How much you read. The largest part of consumption leaves no trace, and a like may be generosity rather than consumption.',
    question: 'In the last month, what is one thing you learned here that changed something you did at work?',
  },
  compute(ctx) {
    if (!ctx.ledger.available.has('posts') && !ctx.ledger.available.has('comments')) {
      return { status: 'not-available', reason: 'not available from these exports (needs posts or comments)' };
    }
    const table = eventTable(ctx.ledger);
    const windowStart = ctx.asOf - WINDOW_DAYS * DAY_MS;
    const tallies = new Map<Platform, Tally>();
    const tally = (p: Platform): Tally => {
      let t = tallies.get(p);
      if (!t) {
        t = { cW: 0, pW: 0, cAll: 0, pAll: 0 };
        tallies.set(p, t);
      }
      return t;
    };
    // X and Mastodon likes have no time: those platforms are counted all-time, and listed first.
    const undated = undatedReactionPlatforms(ctx.ledger);
    const undatedPlatforms = new Set<Platform>(undated.platforms);
    for (const q of undated.platforms) tally(q);
    const undatedCodes = undated.codes;
    const reactions = table.of('reaction', 'out');
    const column = platformColumn(ctx.ledger);
    // Per platform code: [C in W, P in W, C all-time, P all-time]; only the event's time and platform are read.
    const sums = new Float64Array(platforms.length * 4);
    const visit = (list: Int32Array, consumption: boolean): void => {
      const end = endAt(table, list, ctx.asOf);
      // Before W only the all-time platforms need a look; with none, the walk starts at W.
      for (let k = undatedPlatforms.size > 0 ? 0 : firstAfter(table, list, windowStart); k < end; k++) {
        const i = list[k] ?? 0;
        const code = column[i] ?? 0;
        const inW = (table.at[i] ?? -Infinity) > windowStart;
        if (!inW && undatedCodes[code] !== 1) continue;
        const slot = code * 4 + (consumption ? 0 : 1);
        sums[slot + 2] = (sums[slot + 2] ?? 0) + 1;
        if (inW) sums[slot] = (sums[slot] ?? 0) + 1;
      }
    };
    visit(reactions, true);
    for (const k of CREATION_KINDS) visit(table.of(k, 'out'), false);
    platforms.forEach((q, code) => {
      if ((sums[code * 4 + 2] ?? 0) + (sums[code * 4 + 3] ?? 0) === 0) return;
      const t = tally(q);
      t.cW = sums[code * 4] ?? 0;
      t.pW = sums[code * 4 + 1] ?? 0;
      t.cAll = sums[code * 4 + 2] ?? 0;
      t.pAll = sums[code * 4 + 3] ?? 0;
    });
    // A platform with undated reactions is computed all-time (CODEBOOK T2.1: X "all-time only, with that label").
    const allTime = (p: Platform): boolean => undatedPlatforms.has(p);
    const counts = (p: Platform): { c: number; p: number } => {
      const t = tallies.get(p);
      if (!t) return { c: 0, p: 0 };
      return allTime(p) ? { c: t.cAll, p: t.pAll } : { c: t.cW, p: t.pW };
    };
    // Dated platforms are pooled over W (your own traces; no one is counted twice); a platform with
    // undated likes is reported all-time and apart, and leads only when no other platform has data.
    let dc = 0;
    let dp = 0;
    let uc = 0;
    let up = 0;
    const used = new Map<Platform, number>();
    for (const q of tallies.keys()) {
      const n = counts(q);
      if (allTime(q)) {
        uc += n.c;
        up += n.p;
      } else {
        dc += n.c;
        dp += n.p;
      }
    }
    const headlineAllTime = dc + dp === 0 && uc + up > 0;
    for (const q of tallies.keys()) if (allTime(q) === headlineAllTime) used.set(q, counts(q).c + counts(q).p);
    const c = headlineAllTime ? uc : dc;
    const p = headlineAllTime ? up : dp;
    if (c + p < MIN_ITEMS) return insufficient(c + p, MIN_ITEMS, 'reactions, posts and comments in the last 365 days', 'reaction, post or comment in the last 365 days');
    const value = c / Math.max(1, p);
    const parts: Record<string, number> = { consumption: c, creation: p };
    // log2 of a zero ratio is −∞; leave it out rather than store a non-number.
    if (value > 0) parts.log2_ratio = Math.log2(value);
    const ratios = new Map<Platform, number>();
    const notes: string[] = [];
    for (const q of tallies.keys()) {
      const n = counts(q);
      if (n.c + n.p < MIN_ITEMS) continue;
      ratios.set(q, n.c / Math.max(1, n.p));
      if (allTime(q)) notes.push(`${q}: its likes carry no dates, so its ratio covers all time, not the last 365 days${headlineAllTime ? '' : ', and is left out of the headline'}.`);
    }
    return {
      status: 'ok',
      value,
      display: `${c} reactions : ${p} written or shared`,
      parts,
      byPlatform: inPlatformOrder(ratios),
      charts: [monthlyChart(ctx, used, c, p, headlineAllTime)],
      ...notesPart([...notes, ...pooledNote(used)]),
    };
  },
});
