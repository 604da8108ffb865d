/** T2.2 `followed_sources_load`: how many accounts, people and pages you let into your feed, per platform. */
import type { ChartData } from '../../measure.ts';
import { defineMeasure } from '../../measure.ts';
import type { Ledger, Platform } from '../../../model/types.ts';
import { busiestPlatform, headlineNote, inPlatformOrder } from '../../_lib/by-platform.ts';
import { countByMonth, eventTable } from '../../_lib/event-table.ts';
import { WINDOW_DAYS, inWindow, monthBucketer, monthStarts, monthsEnding } from '../../_lib/time.ts';
import { platformName } from '../../../model/platform-name.ts';

const CHART_MONTHS = 12;

/** Follows on one platform: accounts followed (ties) plus followed pages and members (follow events). */
export interface FollowCount {
  readonly platform: Platform;
  readonly total: number;
  /** Follows with a date in the 365 days before T. */
  readonly datedInWindow: number;
  /** Follows whose date the export gives. */
  readonly dated: number;
}

/** Per-platform follow counts as of `asOf`, in platform order; platforms with a follows file but no rows count 0. */
export function followCounts(ledger: Ledger, asOf: number): FollowCount[] {
  const acc = new Map<Platform, { ids: Set<string>; events: number; dated: number; inW: number }>();
  const get = (p: Platform) => {
    let a = acc.get(p);
    if (!a) {
      a = { ids: new Set(), events: 0, dated: 0, inW: 0 };
      acc.set(p, a);
    }
    return a;
  };
  for (const f of ledger.files) if (f.kind === 'follows') get(f.platform);
  for (const t of ledger.ties) {
    if (t.kind !== 'follows' || (t.since !== undefined && t.since > asOf)) continue;
    const a = get(t.platform);
    if (a.ids.has(t.personId)) continue;
    a.ids.add(t.personId);
    if (t.since !== undefined) a.dated += 1;
    if (inWindow(t.since, asOf, WINDOW_DAYS)) a.inW += 1;
  }
  const table = eventTable(ledger);
  const list = table.of('follow', 'out');
  for (let k = 0; k < list.length; k++) {
    const e = table.events[list[k] ?? 0];
    if (!e || (e.at !== undefined && e.at > asOf)) continue;
    const a = get(e.platform);
    a.events += 1;
    if (e.at !== undefined) a.dated += 1;
    if (inWindow(e.at, asOf, WINDOW_DAYS)) a.inW += 1;
  }
  return [...acc]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([platform, a]) => ({ platform, total: a.ids.size + a.events, dated: a.dated, datedInWindow: a.inW }));
}

function monthlyChart(ledger: Ledger, asOf: number, platforms: readonly Platform[]): ChartData {
  const months = monthsEnding(asOf, CHART_MONTHS);
  const bounds = monthStarts(months);
  const bucket = monthBucketer(months);
  const counts = new Map<Platform, number[]>(platforms.map((p) => [p, months.map(() => 0)]));
  for (const t of ledger.ties) {
    if (t.kind !== 'follows' || t.since === undefined || t.since > asOf) continue;
    const i = bucket(t.since);
    const row = counts.get(t.platform);
    if (row && i >= 0) row[i] = (row[i] ?? 0) + 1;
  }
  const table = eventTable(ledger);
  for (const p of platforms) {
    const list = table.of('follow', 'out').filter((pos) => table.events[pos]?.platform === p);
    countByMonth(table, list, bounds, asOf, counts.get(p) ?? []);
  }
  const rows = months.flatMap((m, i) => platforms.map((p) => ({ month: m, platform: platformName(p), follows: counts.get(p)?.[i] ?? 0 })));
  const total = rows.reduce((n, r) => n + r.follows, 0);
  return {
    kind: 'bar',
    title: 'New follows per month (where the export dates them)',
    description: `${total} dated new follows in the last ${CHART_MONTHS} calendar months, about ${(total / CHART_MONTHS).toFixed(1)} a month; unfollows are not in the exports, so this is new follows, not the net change.`,
    rows,
    x: 'month',
    xType: 'period',
    y: 'follows',
    series: 'platform',
    xTitle: 'month',
    yTitle: 'new follows',
  };
}

export const followedSourcesLoad = defineMeasure({
  meta: {
    id: 'followed_sources_load',
    codebook: 'T2.2',
    tension: 'access-overwhelm',
    side: 'overwhelmed',
    title: 'How many sources you let into your feed',
    definition:
      'The number of accounts, people and pages you follow on each platform (X following, Mastodon following, Bluesky follow records, LinkedIn member and company follows), never added across platforms; the headline is the platform with the most. Also new follows per month in the last 365 days, where follows are dated.',
    unit: 'count',
    window: 'all time, as of the export date; new follows: 365 days before the export date',
    minimum: 'none',
    requires: [],
    platforms: ['x', 'mastodon', 'bluesky', 'linkedin'],
    references: [
      { claim: 'In a Japanese Twitter study (n = 1,277), the number of accounts followed significantly increased perceived overload, while the number of tweets received did not.', source: '"The anatomy of tweet overload"', evidence: 'S' },
      { claim: 'Users who felt overloaded kept adding friends and coped by not reading everything rather than by unfollowing; more than a third did not view all tweets they received (panel n = 778).', source: 'Sasaki, Kawai & Kitamura (2016)', evidence: 'V' },
      { claim: 'About two-thirds of Twitter users in a cited survey felt they received too many posts.', source: 'Gomez-Rodriguez, Gummadi & Schölkopf (2014)', evidence: 'V' },
      { claim: 'US adult Twitter users followed a median of 74 accounts (bottom 90% by tweet volume) and 456 (top 10%).', source: 'Pew Research Center (2019)', evidence: 'S' },
    ],
    caveat: 'What you are actually shown. Algorithmic feeds choose, and muted or inactive accounts still count.',
    question: 'If you could follow only 50 sources, which would survive, and what do the others give you?',
  },
  compute(ctx) {
    const counts = followCounts(ctx.ledger, ctx.asOf);
    if (counts.length === 0) return { status: 'not-available', reason: 'not available from these exports (needs follows)' };
    const totals = new Map(counts.map((c) => [c.platform, c.total] as const));
    // With no follows anywhere, any present platform reports its 0.
    const busiest = busiestPlatform(totals) ?? counts[0]?.platform;
    const main = counts.find((c) => c.platform === busiest) ?? (counts[0] as FollowCount);
    const notes: string[] = headlineNote(main.platform, totals);
    if (counts.some((c) => c.platform === 'linkedin')) notes.push('LinkedIn member follows are counted as exported; the file\'s Status column (active or not) is not read yet.');
    const dated = counts.filter((c) => c.dated > 0).map((c) => c.platform);
    const parts: Record<string, number> = { dated: main.dated };
    if (main.dated > 0) parts.new_follows_per_month = main.datedInWindow / 12;
    return {
      status: 'ok',
      value: main.total,
      parts,
      byPlatform: inPlatformOrder(totals),
      ...(dated.length > 0 ? { charts: [monthlyChart(ctx.ledger, ctx.asOf, dated)] } : {}),
      ...(notes.length > 0 ? { notes } : {}),
    };
  },
});
