/**
 * T2.4 `checking_frequency`: on what share of days you left at least one trace of use. The headline
 * is action-days on every platform; LinkedIn's sign-in records (Logins.csv), where the export has
 * them, add the share of days with a sign-in over the period that file covers.
 */
import type { ChartData } from '../../measure.ts';
import { defineMeasure, insufficient } from '../../measure.ts';
import { eventKinds } from '../../../model/kinds.ts';
import type { Ledger, Platform } from '../../../model/types.ts';
import { eventTable, firstAfter } from '../../_lib/event-table.ts';
import { median, percent } from '../../_lib/stats.ts';
import { WINDOW_DAYS, dayNumberToDate, localDayNumber } from '../../_lib/time.ts';
import { platformName } from '../../../model/platform-name.ts';

/** Minimum: a period of at least 30 days (CODEBOOK T2.4). */
export const MIN_PERIOD_DAYS = 30;
/** Data kinds that hold dated actions of the user (everything but the undated profile and network lists). */
const ACTION_SOURCES = ['messages', 'posts', 'comments', 'reactions', 'follows', 'invitations', 'endorsements', 'recommendations', 'jobs', 'learning'];

/** Action days of the user: the local calendar days (in `timeZone`) with at least one dated outbound event (a sign-in is not an action). */
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
    if (kind === 'login') continue;
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

/** One platform's sign-in records: CODEBOOK T2.4's LinkedIn computation. */
export interface LoginDays {
  readonly platform: Platform;
  /** Dated sign-ins up to the export date. */
  readonly logins: number;
  /** Local days with at least one sign-in. */
  readonly days: number;
  /** Local days from the first sign-in to the export day, inclusive: the period the file covers. */
  readonly periodDays: number;
  /** Median sign-ins on a day with at least one. */
  readonly medianPerDay: number;
  /** Days with a sign-in among the action-days period (for comparing the two). */
  readonly daysInActionPeriod: number;
}

/** Sign-in days per platform (LinkedIn's Logins.csv), in the user's time zone; none when no sign-in is dated. */
export function loginDays(ledger: Ledger, asOf: number, timeZone: string, actionPeriodFirstDay: number): LoginDays[] {
  const table = eventTable(ledger);
  const list = table.of('login', 'out');
  const end = firstAfter(table, list, asOf);
  const lastDay = localDayNumber(asOf, timeZone);
  const byPlatform = new Map<Platform, Map<number, number>>();
  for (let k = 0; k < end; k++) {
    const i = list[k] ?? 0;
    const t = table.at[i] ?? -Infinity;
    const p = table.events[i]?.platform;
    // Undated rows (an empty Login Date) say nothing about which day.
    if (t === -Infinity || p === undefined) continue;
    let perDay = byPlatform.get(p);
    if (!perDay) byPlatform.set(p, (perDay = new Map()));
    const day = localDayNumber(t, timeZone);
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
  }
  return [...byPlatform]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([platform, perDay]) => {
      let first = lastDay;
      let logins = 0;
      let inActionPeriod = 0;
      // Loops, not Math.min(...days): a crafted file can date rows across millions of days.
      for (const [day, n] of perDay) {
        if (day < first) first = day;
        logins += n;
        if (day >= actionPeriodFirstDay) inActionPeriod += 1;
      }
      return { platform, logins, days: perDay.size, periodDays: lastDay - first + 1, medianPerDay: median([...perDay.values()]) ?? 0, daysInActionPeriod: inActionPeriod };
    });
}

/** Parts and notes for the sign-in records, next to the action-days headline. */
function loginFigures(ledger: Ledger, a: ActionDays, logins: readonly LoginDays[]): { parts: Record<string, number>; notes: string[] } {
  const parts: Record<string, number> = {};
  const notes: string[] = [];
  for (const l of logins) {
    if (l.periodDays < MIN_PERIOD_DAYS) {
      notes.push(`Sign-in records (${platformName(l.platform)}) cover only ${l.periodDays} days, fewer than the ${MIN_PERIOD_DAYS} needed, so they are not counted.`);
      continue;
    }
    parts[`${l.platform}_login_days`] = l.days;
    parts[`${l.platform}_login_period_days`] = l.periodDays;
    parts[`${l.platform}_login_day_share`] = l.days / l.periodDays;
    parts[`${l.platform}_median_logins_per_login_day`] = l.medianPerDay;
    const acted = a.daysByPlatform.get(l.platform) ?? 0;
    notes.push(
      `Sign-in records (${platformName(l.platform)}): ${l.logins} sign-ins on ${l.days} of the ${l.periodDays} days the file covers (${percent(l.days / l.periodDays)}). ` +
        `In the action-days period that is ${l.daysInActionPeriod} days with a sign-in against ${acted} with an action on ${platformName(l.platform)}` +
        (l.daysInActionPeriod < acted ? ': the file does not list every visit (it is not known whether app sessions create a row).' : '.'),
    );
  }
  const readLinkedIn = ledger.platforms.includes('linkedin');
  const hasLoginFile = ledger.files.some((f) => f.platform === 'linkedin' && f.kind === 'logins');
  if (readLinkedIn && !hasLoginFile) notes.push('This LinkedIn export has no Logins.csv, so only days on which you did something are counted; sign-ins would show more.');
  return { parts, notes };
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
      'Action-days: the share of local calendar days (in your time zone) among the 365 ending on the export day with at least one dated action of yours on any platform (a post, comment, reaction, sent message, follow, invitation, endorsement, job or learning record). A lower bound on days of use. Per platform as well. Where LinkedIn lists your sign-ins (Logins.csv), also the share of local days with at least one sign-in over the period that file covers (first sign-in to export day), and the median number of sign-ins on such a day.',
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
    const notes: string[] = [];
    if (period < WINDOW_DAYS) notes.push(`The archive covers only the last ${period} days, so the share is over those days.`);
    const parts: Record<string, number> = { action_days: a.perDay.size, period_days: period };
    const med = median([...a.perDay.values()]);
    if (med !== undefined) parts.median_actions_per_active_day = med;
    const logins = loginFigures(ctx.ledger, a, loginDays(ctx.ledger, ctx.asOf, ctx.options.timeZone, a.firstDay));
    Object.assign(parts, logins.parts);
    notes.push(...logins.notes);
    return {
      status: 'ok',
      value: a.perDay.size / period,
      display: `${a.perDay.size} of ${period} days`,
      parts,
      byPlatform: Object.fromEntries([...a.daysByPlatform].map(([p, n]) => [p, n / period])),
      charts: [monthChart(a)],
      ...(notes.length > 0 ? { notes } : {}),
    };
  },
});
