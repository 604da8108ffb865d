/** T2.3 `late_night_activity_share`: share of your actions that happen when you would normally sleep. */
import type { ChartData } from '../../measure.ts';
import { defineMeasure, insufficient } from '../../measure.ts';
import type { EventKind, LedgerEvent, Platform } from '../../../model/types.ts';
import { inPlatformOrder } from '../../_lib/by-platform.ts';
import { eventTable, windowRange } from '../../_lib/event-table.ts';
import { DAY_MS, HOUR_MS, WINDOW_DAYS, localMs } from '../../_lib/time.ts';
import { percent } from '../../_lib/stats.ts';

export const MIN_ACTIONS = 50;
const ACTION_KINDS: ReadonlySet<EventKind> = new Set(['post', 'repost', 'comment', 'reply', 'reaction', 'message']);
const SOURCES = ['posts', 'comments', 'reactions', 'messages'];

/** An out event of an action kind (messages only when sent). */
export function isAction(e: LedgerEvent): boolean {
  return e.direction === 'out' && ACTION_KINDS.has(e.kind);
}

/** True when local `hour` falls in [start, end), wrapping past midnight when start > end. */
export function isNightHour(hour: number, start: number, end: number): boolean {
  return start > end ? hour >= start || hour < end : hour >= start && hour < end;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function weekChart(grid: readonly number[], timeZone: string, total: number): ChartData {
  let peak = 0;
  grid.forEach((n, i) => {
    if (n > (grid[peak] ?? 0)) peak = i;
  });
  return {
    kind: 'heatmap',
    title: `Your actions by weekday and hour (${timeZone})`,
    description: `${total} actions in the last 365 days by local weekday and hour; the busiest slot was ${WEEKDAYS[Math.floor(peak / 24)] ?? ''} ${String(peak % 24).padStart(2, '0')}:00 with ${grid[peak] ?? 0}.`,
    rows: grid.map((n, i) => ({ weekday: WEEKDAYS[Math.floor(i / 24)] ?? '', hour: i % 24, actions: n })),
    x: 'hour',
    y: 'weekday',
    series: 'actions',
    xTitle: `local hour (${timeZone})`,
    yTitle: 'weekday',
  };
}

function hourChart(hours: readonly number[], timeZone: string, late: number, total: number): ChartData {
  const peak = hours.reduce((best, n, h) => (n > (hours[best] ?? 0) ? h : best), 0);
  return {
    kind: 'bar',
    title: `Your actions by hour of day (${timeZone})`,
    description: `${late} of ${total} actions (${percent(late / total)}) in the last 365 days fell in the late-night window; the busiest hour was ${String(peak).padStart(2, '0')}:00 with ${hours[peak] ?? 0}.`,
    rows: hours.map((n, h) => ({ hour: h, actions: n })),
    x: 'hour',
    y: 'actions',
    xTitle: `local hour (${timeZone})`,
    yTitle: 'actions',
  };
}

export const lateNightActivity = defineMeasure({
  meta: {
    id: 'late_night_activity_share',
    codebook: 'T2.3',
    tension: 'access-overwhelm',
    side: 'overwhelmed',
    title: "How much of your activity happens when you'd normally sleep",
    definition: 'Among your posts, reposts, comments, replies, reactions and sent messages in the 365 days before the export date, the share whose local time (in your time zone) falls between 23:00 and 05:00. Also: distinct late nights per 30 days.',
    unit: 'proportion',
    window: '365 days before the export date',
    minimum: `${MIN_ACTIONS} timestamped actions in the window`,
    requires: [],
    platforms: ['linkedin', 'x', 'mastodon', 'bluesky', 'facebook'],
    references: [
      { claim: 'US adults aged 19–32 (n = 1,763) who often checked social media in the 30 minutes before bed had an adjusted odds ratio of 1.62 (95% CI 1.31–2.34) for sleep disturbance, independent of total use.', source: 'Levenson et al. (2017)', evidence: 'V' },
      { claim: 'The highest versus lowest quartile of weekly visit frequency had an adjusted odds ratio of 2.92 (95% CI 1.97–4.32) for sleep disturbance.', source: 'Levenson et al. (2016)', evidence: 'V' },
      { claim: 'The [23:00, 05:00) window is a crude stand-in for "before bed": exports contain no bedtime.', source: 'CODEBOOK T2.3', evidence: 'D' },
    ],
    caveat: 'Late-night scrolling without any action leaves no trace. Travel, shift work and time-zone errors distort the figure, and it says nothing about cause.',
    question: 'The last time you were on here after 11 pm, what were you looking for, and did you find it?',
  },
  compute(ctx) {
    if (!SOURCES.some((s) => ctx.ledger.available.has(s))) {
      return { status: 'not-available', reason: 'not available from these exports (needs posts, comments, reactions or messages)' };
    }
    const { timeZone, nightStartHour: start, nightEndHour: end } = ctx.options;
    const hours: number[] = Array.from({ length: 24 }, () => 0);
    // Monday-first weekday × hour grid, index = weekday * 24 + hour.
    const grid: number[] = Array.from({ length: 7 * 24 }, () => 0);
    const nights = new Set<number>();
    let total = 0;
    let late = 0;
    // [actions, late actions] per platform, for the breakdown beside the pooled share.
    const perPlatform = new Map<Platform, [number, number]>();
    const table = eventTable(ctx.ledger);
    // The same events as isAction, kind by kind; only their times are read.
    for (const kind of ACTION_KINDS) {
      const list = table.of(kind, 'out');
      const [from, to] = windowRange(table, list, ctx.asOf, WINDOW_DAYS);
      for (let k = from; k < to; k++) {
        const at = table.at[list[k] ?? 0] ?? 0;
        total += 1;
        const platform = table.events[list[k] ?? 0]?.platform;
        let pp = platform === undefined ? undefined : perPlatform.get(platform);
        if (!pp) {
          pp = [0, 0];
          if (platform !== undefined) perPlatform.set(platform, pp);
        }
        pp[0] += 1;
        const local = localMs(at, timeZone);
        const h = Math.floor((((local % DAY_MS) + DAY_MS) % DAY_MS) / HOUR_MS);
        // 1970-01-01 was a Thursday: day 0 → index 3 in a Monday-first week.
        const wd = (((Math.floor(local / DAY_MS) + 3) % 7) + 7) % 7;
        hours[h] = (hours[h] ?? 0) + 1;
        grid[wd * 24 + h] = (grid[wd * 24 + h] ?? 0) + 1;
        if (isNightHour(h, start, end)) {
          late += 1;
          pp[1] += 1;
          // A night belongs to the evening it started: shift back by the window's end hour.
          nights.add(Math.floor(localMs(at - end * HOUR_MS, timeZone) / DAY_MS));
        }
      }
    }
    if (total < MIN_ACTIONS) return insufficient(total, MIN_ACTIONS, 'timestamped actions in the last 365 days');
    const notes = timeZone === 'UTC' ? ['Hours are in UTC; give your home time zone for a truer picture.'] : [];
    // One person sleeps once: the headline pools every platform's actions; each platform is also shown alone.
    const shares = new Map<Platform, number>();
    for (const [p, [n, l]] of perPlatform) if (n >= MIN_ACTIONS) shares.set(p, l / n);
    if (perPlatform.size > 1) notes.push('The headline pools your actions on every platform (one night is one night wherever you were); each platform is also shown alone.');
    return {
      status: 'ok',
      value: late / total,
      display: `${late} of ${total}`,
      parts: { late_actions: late, actions: total, late_nights: nights.size, late_nights_per_30d: (nights.size * 30) / WINDOW_DAYS },
      byPlatform: inPlatformOrder(shares),
      charts: [hourChart(hours, timeZone, late, total), weekChart(grid, timeZone, total)],
      ...(notes.length > 0 ? { notes } : {}),
    };
  },
});
