/** T2.1 `consumption_to_creation_ratio`: one-click traces (reactions) versus things you wrote or shared. */
import type { ChartData, MeasureContext } from '../../measure.ts';
import { defineMeasure, insufficient } from '../../measure.ts';
import { countByMonth, countInWindow, eventTable } from '../../_lib/event-table.ts';
import { WINDOW_DAYS, monthStarts, monthsEnding } from '../../_lib/time.ts';

export const MIN_ITEMS = 30;
const CHART_MONTHS = 12;

/** Creation: posts, reposts and comments you made. */
const CREATION_KINDS = ['post', 'repost', 'comment'] as const;

function monthlyChart(ctx: MeasureContext, c: number, p: number): ChartData {
  const months = monthsEnding(ctx.asOf, CHART_MONTHS);
  const bounds = monthStarts(months);
  const table = eventTable(ctx.ledger);
  const consumption = months.map(() => 0);
  const creation = months.map(() => 0);
  countByMonth(table, table.of('reaction', 'out'), bounds, ctx.asOf, consumption);
  for (const k of CREATION_KINDS) countByMonth(table, table.of(k, 'out'), bounds, ctx.asOf, creation);
  const rows = months.flatMap((m, i) => [
    { month: m, series: 'reactions (consumption)', items: consumption[i] ?? 0 },
    { month: m, series: 'posts, reposts and comments (creation)', items: creation[i] ?? 0 },
  ]);
  return {
    kind: 'line',
    title: 'Reactions versus things you posted or wrote, per month',
    description: `In the last 365 days you left ${c} reactions and made ${p} posts, reposts or comments: ${(c / Math.max(1, p)).toFixed(1)} reactions for each.`,
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
    definition: 'Reactions you gave (C) divided by the posts, reposts and comments you made (P) in the 365 days before the export date: C ÷ max(1, P).',
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
    // Consumption: reactions you gave.
    const table = eventTable(ctx.ledger);
    const c = countInWindow(table, table.of('reaction', 'out'), ctx.asOf, WINDOW_DAYS);
    let p = 0;
    for (const k of CREATION_KINDS) p += countInWindow(table, table.of(k, 'out'), ctx.asOf, WINDOW_DAYS);
    if (c + p < MIN_ITEMS) return insufficient(c + p, MIN_ITEMS, 'reactions, posts and comments in the last 365 days');
    const value = c / Math.max(1, p);
    const parts: Record<string, number> = { consumption: c, creation: p };
    // log2 of a zero ratio is −∞; leave it out rather than store a non-number.
    if (value > 0) parts.log2_ratio = Math.log2(value);
    return { status: 'ok', value, display: `${c} reactions : ${p} written or shared`, parts, charts: [monthlyChart(ctx, c, p)] };
  },
});
