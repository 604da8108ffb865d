/** Time helpers shared by measures: window tests, calendar labels and local wall-clock time in an IANA zone. */

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
/** Primary window W (CODEBOOK §1.1). */
export const WINDOW_DAYS = 365;
/** Dormancy window (CODEBOOK §1.1, Levin, Walter & Murnighan 2011). */
export const THREE_YEARS_DAYS = 1095;

/** True when `t` lies in the `days` ending at `asOf`: `asOf − days·86400000 < t ≤ asOf`. */
export function inWindow(t: number | undefined, asOf: number, days: number): t is number {
  return t !== undefined && t > asOf - days * DAY_MS && t <= asOf;
}

/** `YYYY-MM-DD` of a UTC instant. */
export function utcDate(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** `YYYY-MM` of a UTC instant. */
export function utcMonth(t: number): string {
  return new Date(t).toISOString().slice(0, 7);
}

/** `YYYY-Qn` of a UTC instant. */
export function utcQuarter(t: number): string {
  const d = new Date(t);
  return `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
}

/** The `count` calendar months (UTC) ending with the month of `asOf`, oldest first, as `YYYY-MM`. */
export function monthsEnding(asOf: number, count: number): string[] {
  const d = new Date(asOf);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i--) out.push(utcMonth(Date.UTC(y, m - i, 1)));
  return out;
}

/** Calendar quarters (UTC) from the one holding `from` to the one holding `to`, oldest first, as `YYYY-Qn`. */
export function quartersBetween(from: number, to: number): string[] {
  const a = new Date(from);
  const b = new Date(to);
  const out: string[] = [];
  let y = a.getUTCFullYear();
  let q = Math.floor(a.getUTCMonth() / 3);
  const endY = b.getUTCFullYear();
  const endQ = Math.floor(b.getUTCMonth() / 3);
  while (y < endY || (y === endY && q <= endQ)) {
    out.push(`${y}-Q${q + 1}`);
    q += 1;
    if (q === 4) {
      q = 0;
      y += 1;
    }
  }
  return out;
}

/**
 * A fast bucketer for the given `YYYY-MM` months (consecutive, oldest first): returns the index of
 * the month holding `t`, or −1. Avoids a Date and a string per event on million-row ledgers.
 */
export function monthBucketer(months: readonly string[]): (t: number) => number {
  const bounds = monthStarts(months);
  return (t) => {
    if (bounds.length === 0 || t < (bounds[0] ?? 0) || t >= (bounds[bounds.length - 1] ?? 0)) return -1;
    let i = 0;
    while (t >= (bounds[i + 1] ?? Infinity)) i += 1;
    return i;
  };
}

/** Start instants (UTC) of the given consecutive `YYYY-MM` months, plus the start of the month after the last; empty for none. */
export function monthStarts(months: readonly string[]): number[] {
  const bounds = months.map((m) => Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)) - 1, 1));
  const last = months[months.length - 1];
  if (last !== undefined) bounds.push(Date.UTC(Number(last.slice(0, 4)), Number(last.slice(5, 7)), 1));
  return bounds;
}

interface ZoneCache {
  readonly format: Intl.DateTimeFormat;
  /** Offset (local − UTC, ms) per UTC day index when it is the same all day, else null. */
  readonly days: Map<number, number | null>;
  /** Offset per UTC hour index, for the few days holding a transition. */
  readonly hours: Map<number, number>;
  /** The last day looked up and its entry: callers walk events in time order, so most lookups repeat it. */
  lastDay: number;
  lastWhole: number | null;
}

const zones = new Map<string, ZoneCache>();

function zoneCache(timeZone: string): ZoneCache {
  let z = zones.get(timeZone);
  if (!z) {
    const format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    z = { format, days: new Map(), hours: new Map(), lastDay: NaN, lastWhole: null };
    zones.set(timeZone, z);
  }
  return z;
}

function offsetAt(format: Intl.DateTimeFormat, t: number): number {
  const parts: Record<string, number> = {};
  for (const p of format.formatToParts(new Date(t))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const wall = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  return wall - Math.floor(t / 1000) * 1000;
}

/**
 * Offset of `timeZone` from UTC at instant `t`, in ms. Formatting is slow (microseconds), so offsets
 * are cached per UTC day, and per UTC hour only on days whose start and end offsets differ. Zones
 * change offset at most once a day and, since 1970, on whole UTC hours or half hours; a half-hour
 * transition shifts at most the instants of that one half hour (an accepted approximation).
 */
export function zoneOffset(t: number, timeZone: string): number {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return 0;
  const z = zoneCache(timeZone);
  const day = Math.floor(t / DAY_MS);
  let whole: number | null | undefined;
  if (day === z.lastDay) whole = z.lastWhole;
  else {
    whole = z.days.get(day);
    if (whole === undefined) {
      const a = offsetAt(z.format, day * DAY_MS);
      const b = offsetAt(z.format, (day + 1) * DAY_MS - 1000);
      whole = a === b ? a : null;
      z.days.set(day, whole);
    }
    z.lastDay = day;
    z.lastWhole = whole;
  }
  if (whole !== null) return whole;
  const hour = Math.floor(t / HOUR_MS);
  let h = z.hours.get(hour);
  if (h === undefined) {
    h = offsetAt(z.format, hour * HOUR_MS);
    z.hours.set(hour, h);
  }
  return h;
}

/** Local wall-clock instant (ms since the local epoch) of `t` in `timeZone`. */
export function localMs(t: number, timeZone: string): number {
  return t + zoneOffset(t, timeZone);
}

/** Local hour of day 0–23 of `t` in `timeZone`. */
export function localHour(t: number, timeZone: string): number {
  const l = localMs(t, timeZone);
  return Math.floor((((l % DAY_MS) + DAY_MS) % DAY_MS) / HOUR_MS);
}

/** Local calendar day number (days since 1970-01-01 in local time) of `t` in `timeZone`. */
export function localDayNumber(t: number, timeZone: string): number {
  return Math.floor(localMs(t, timeZone) / DAY_MS);
}

/** Local weekday of `t` in `timeZone`: 0 = Sunday … 6 = Saturday. */
export function localWeekday(t: number, timeZone: string): number {
  // 1970-01-01 was a Thursday (4).
  return (((localDayNumber(t, timeZone) + 4) % 7) + 7) % 7;
}

/** `YYYY-MM-DD` of a local day number. */
export function dayNumberToDate(day: number): string {
  return utcDate(day * DAY_MS);
}
