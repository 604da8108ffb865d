/** T2.4 `checking_frequency`: on what share of days you left at least one trace of use. */
import type { ChartData } from '../../measure.ts';
import { defineMeasure, insufficient } from '../../measure.ts';
import { eventKinds } from '../../../model/kinds.ts';
import type { Ledger, Platform } from '../../../model/types.ts';
import { eventTable, firstAfter } from '../../_lib/event-table.ts';
import { median } from '../../_lib/stats.ts';
import { WINDOW_DAYS, dayNumberToDate, localDayNumber } from '../../_lib/time.ts';

/** Minimum: a period of at least 30 days (CODEBOOK T2.4). */
export const MIN_PERIOD_DAYS = 30;
/** Data kinds that hold dated actions of the user (everything but the undated profile and network lists). */
const ACTION_SOURCES = ['messages', 'posts', 'comments', 'reactions', 'follows', 'invitations', 'endorsements', 'recommendations', 'jobs', 'learning'];

/** Action days of the user: the local calendar days (in `timeZone`) with at least one dated outbound event. */
export interface ActionDays {
  /** Local day number of the export date. */
  readonly lastDay: number;
  /** First local day of the period: 365 days ending on the export day, or later when the archive starts later. */
  readonly firstDay: number;
  /** Actions per local day in the period, all platforms. */
  readonly perDay: ReadonlyMap<number, number>;
  /** Active days per platform in the period. */
  readonly daysByPlatform: ReadonlyMap<Platform, number>;
}

/** The user's action days in the 365 local days ending on the export day. */
export function actionDays(ledger: Ledger, asOf: number, timeZone: string): ActionDays {
  const table = eventTable(ledger);
  const lastDay = localDayNumber(asOf, timeZone);
  // The archive's coverage starts at its earliest dated event of any kind.
  let earliest = -Infinity;
  for (let i = 0; i < table.at.length; i++) {
    const t = table.at[i] ?? -Infinity;
    if (t !== -Infinity) {
      earliest = t;
      break;
    }
  }
  const firstDay = Math.max(lastDay - (WINDOW_DAYS - 1), earliest === -Infinity ? lastDay + 1 : localDayNumber(earliest, timeZone));
  const perDay = new Map<number, number>();
  const platformDays = new Map<Platform, Set<number>>();
  for (const kind of eventKinds) {
    const list = table.of(kind, 'out');
    const end = firstAfter(table, list, asOf);
    // Local days start at most 14 hours from UTC ones: begin a day early, then test the local day.
    const start = firstAfter(table, list, asOf - (WINDOW_DAYS + 1) * 86_400_000);
    for (let k = start; k < end; k++) {
      const i = list[k] ?? 0;
      const day = localDayNumber(table.at[i] ?? 0, timeZone);
      if (day < firstDay) continue;
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
      const p = table.events[i]?.platform;
      if (p === undefined) continue;
      let s = platformDays.get(p);
      if (!s) {
        s = new Set();
        platformDays.set(p, s);
      }
      s.add(day);
    }
  }
  const daysByPlatform = new Map([...platformDays].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([p, s]) => [p, s.size] as const));
  return { lastDay, firstDay, perDay, daysByPlatform };
}

function monthChart(a: ActionDays): ChartData {
  const months = new Map<string, { active: number; days: number }>();
  for (let d = a.firstDay; d <= a.lastDay; d++) {
    const m = dayNumberToDate(d).slice(0, 7);
    const row = months.get(m) ?? { active: 0, days: 0 };
    row.days += 1;
    if (a.perDay.has(d)) row.active += 1;
    months.set(m, row);
  }
  const rows = [...months].map(([month, r]) => ({ month, active_days: r.active, days: r.days }));
  const busiest = rows.reduce<(typeof rows)[number] | undefined>((b, r) => (b === undefined || r.active_days / r.days > b.active_days / b.days ? r : b), undefined);
  return {
    kind: 'bar',
    title: 'Days with at least one action, per month',
    description:
      busiest === undefined
        ? 'No days in the period.'
        : `${a.perDay.size} of ${a.lastDay - a.firstDay + 1} days had at least one recorded action; the busiest month was ${busiest.month} with ${busiest.active_days} of ${busiest.days} days.`,
    rows,
    x: 'month',
    xType: 'period',
    y: 'active_days',
    xTitle: 'month (local time)',
    yTitle: 'days with an action',
  };
}

export const checkingFrequency = defineMeasure({
  meta: {
    id: 'checking_frequency',
    codebook: 'T2.4',
    tension: 'access-overwhelm',
    side: 'overwhelmed',
    title: 'How often you show up',
    definition:
      'Action-days: the share of local calendar days (in your time zone) among the 365 ending on the export day with at least one dated action of yours on any platform (a post, comment, reaction, sent message, follow, invitation, endorsement, job or learning record). A lower bound on days of use. Per platform as well.',
    unit: 'proportion',
    window: '365 local days ending on the export day (fewer when the archive starts later)',
    minimum: `a period of at least ${MIN_PERIOD_DAYS} days`,
    requires: [],
    platforms: ['linkedin', 'x', 'mastodon', 'bluesky', 'facebook', 'instagram'],
    references: [
      { claim: '81% of the most active 10% of US Twitter users say they use it every day, against 47% of the others.', source: 'Pew Research Center (2019)', evidence: 'S' },
      { claim: 'Across 47 studies and more than 50,000 people, self-reported media use correlated only moderately with logged use.', source: 'Parry et al. (2021)', evidence: 'V' },
      { claim: 'Participants misestimated their weekly social-media use by 12.2 hours.', source: 'Sewall et al. (2020)', evidence: 'V' },
    ],
    caveat: 'Session length, and every visit that left no action. Days here are a lower bound on days of use.',
    question: 'On the days you checked most often, what were you waiting for?',
  },
  compute(ctx) {
    if (!ACTION_SOURCES.some((s) => ctx.ledger.available.has(s))) {
      return { status: 'not-available', reason: 'not available from these exports (needs dated actions: posts, comments, reactions, messages, follows…)' };
    }
    const a = actionDays(ctx.ledger, ctx.asOf, ctx.options.timeZone);
    const period = Math.max(0, a.lastDay - a.firstDay + 1);
    if (period < MIN_PERIOD_DAYS) return insufficient(period, MIN_PERIOD_DAYS, 'days covered by the archive');
    const notes = ['LinkedIn login records (Logins.csv) are not read yet, so this counts only days on which you did something; logins would show more.'];
    if (period < WINDOW_DAYS) notes.push(`The archive covers only the last ${period} days, so the share is over those days.`);
    const parts: Record<string, number> = { action_days: a.perDay.size, period_days: period };
    const med = median([...a.perDay.values()]);
    if (med !== undefined) parts.median_actions_per_active_day = med;
    return {
      status: 'ok',
      value: a.perDay.size / period,
      display: `${a.perDay.size} of ${period} days`,
      parts,
      byPlatform: Object.fromEntries([...a.daysByPlatform].map(([p, n]) => [p, n / period])),
      charts: [monthChart(a)],
      notes,
    };
  },
});
