/**
 * LinkedIn's date formats (formats/linkedin.md "Date formats"), parsed to UTC epoch ms. One export
 * uses a dozen formats, none with an offset: everything without a zone is read as UTC, date-only
 * values as 00:00 UTC. Unparseable or out-of-range input gives `undefined`; the caller reports it.
 */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

// Evidence: `2024-03-20 15:09:26 UTC` (messages.csv 2022+), `2024-03-17 18:03:34` (Shares, Comments,
// Reactions, Votes), `2024-03-20 15:09 UTC` (Learning.csv, no seconds), ISO `T`/`Z` as a courtesy.
const ISO_LIKE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(?:UTC|Z)?$/;
// Evidence: `2022/03/21 18:14:18 UTC` (Endorsement_*_Info.csv), 2018 Shares.csv `2017/06/08 08:15:44 UTC`.
const SLASHED_YMD = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(?:UTC)?$/;
// Evidence: Invitations `3/12/24, 11:20 AM`, Recommendations `12/24/23, 05:28 AM` (zero-padded hour),
// 2018 Connections/Messages `1/8/18, 6:14 PM`; US order, 12-hour clock; Saved Jobs may omit the time.
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;
// Evidence: Connections 2021+ `09 Sep 2022`, `30 May 2024`.
const DAY_MON_YEAR = /^(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})$/;
// Evidence: Connections re-saved by Excel (SStellaMary 2024-06 export) `18-Jun-24`.
const EXCEL_DMY = /^(\d{1,2})-([A-Za-z]{3})-(\d{2}|\d{4})$/;
// Evidence: Company Follows.csv `Wed Mar 13 18:51:14 UTC 2024` (Java Date.toString()).
const JAVA_DATE = /^[A-Za-z]{3}\s+([A-Za-z]{3})\s+(\d{1,2})\s+(\d{1,2}):(\d{2}):(\d{2})\s+(?:UTC|GMT)\s+(\d{4})$/;
// Evidence: Positions/Education `Jun 2018`, `Dec 2021`.
const MON_YEAR = /^([A-Za-z]{3})[a-z]*\.?\s+(\d{4})$/;

/** Builds a UTC timestamp, or undefined when any part is out of range (Date.UTC would silently roll over). */
function utc(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number | undefined {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return undefined;
  // Rejects 31 Feb and friends (Date.UTC would roll over into the next month).
  if (d > 28 && d > daysInMonth(y, mo)) return undefined;
  return Date.UTC(y, mo - 1, d, h, mi, s);
}

function daysInMonth(y: number, mo: number): number {
  if (mo === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
}

function twoDigitYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  // LinkedIn started in 2003; a two-digit year in an export is this century unless it cannot be.
  return n < 70 ? 2000 + n : 1900 + n;
}

function month(name: string | undefined): number {
  return name === undefined ? 0 : (MONTHS[name.toLowerCase()] ?? 0);
}

/** The two-digit number at `i`, or -1 when either character is not a digit. */
function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian date (year >= 0, `mo` 1-12), by integer arithmetic;
 * linear in `d`, so a day past the month's end rolls over as Date.UTC does.
 */
export function daysFromCivil(year: number, mo: number, d: number): number {
  // Years counted from March, so the leap day ends the year (H. Hinnant's days_from_civil).
  const y = mo <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (mo > 2 ? mo - 3 : mo + 9) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/**
 * Fast path for `YYYY-MM-DD HH:MM:SS` with an optional ` UTC` (the commonest format, one per
 * message or reaction row): character arithmetic instead of a regex, and no Date.UTC call.
 */
function fastIso(s: string): number | undefined {
  const n = s.length;
  if (n !== 19 && n !== 23) return undefined;
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 32 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return undefined;
  if (n === 23 && (s.charCodeAt(19) !== 32 || s.charCodeAt(20) !== 85 || s.charCodeAt(21) !== 84 || s.charCodeAt(22) !== 67)) return undefined;
  const y1 = two(s, 0);
  const y2 = two(s, 2);
  const mo = two(s, 5);
  const d = two(s, 8);
  const h = two(s, 11);
  const mi = two(s, 14);
  const sec = two(s, 17);
  if (y1 < 0 || y2 < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || sec < 0) return undefined;
  const y = y1 * 100 + y2;
  // Date.UTC reads years 0-99 as 1900-1999; utc() keeps that reading for such odd input.
  if (y < 100) return utc(y, mo, d, h, mi, sec);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60) return undefined;
  if (d > 28 && d > daysInMonth(y, mo)) return undefined;
  return daysFromCivil(y, mo, d) * 86_400_000 + h * 3_600_000 + mi * 60_000 + sec * 1000;
}

/** Parses any LinkedIn date/time value to UTC epoch ms; `undefined` when empty, unknown or impossible. */
export function parseLinkedInDate(raw: string): number | undefined {
  // The common format needs no trimming; try it on the raw value first.
  const direct = fastIso(raw);
  if (direct !== undefined) return direct;
  // Other formats go through regexes; a file repeats the same few hundred days (`09 Sep 2022`).
  const cached = slowCache.get(raw);
  if (cached !== undefined) return Number.isNaN(cached) ? undefined : cached;
  const t = parseSlow(raw);
  if (slowCache.size >= SLOW_CACHE_LIMIT) slowCache.clear();
  slowCache.set(raw, t ?? NaN);
  return t;
}

const SLOW_CACHE_LIMIT = 10_000;
/** Results of parseSlow by raw value; NaN stands for "not a date". */
const slowCache = new Map<string, number>();

/** Every format but the fast path, by regex. */
function parseSlow(raw: string): number | undefined {
  const s = raw.trim();
  if (s.length < 4) return undefined;
  const fast = fastIso(s);
  if (fast !== undefined) return fast;
  const c4 = s.charCodeAt(4);
  let m: RegExpExecArray | null;
  if (c4 === 45 /* - */ && (m = ISO_LIKE.exec(s))) {
    return utc(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  }
  if (c4 === 47 /* / */ && (m = SLASHED_YMD.exec(s))) {
    return utc(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  }
  if ((m = US_DATE.exec(s))) {
    let h = +(m[4] ?? 0);
    const ampm = m[7]?.toLowerCase();
    if (ampm !== undefined) {
      if (h < 1 || h > 12) return undefined;
      // 12 AM is midnight, 12 PM is noon.
      if (ampm === 'am') h = h === 12 ? 0 : h;
      else h = h === 12 ? 12 : h + 12;
    }
    return utc(twoDigitYear(m[3]!), +m[1]!, +m[2]!, h, +(m[5] ?? 0), +(m[6] ?? 0));
  }
  if ((m = DAY_MON_YEAR.exec(s))) return utc(+m[3]!, month(m[2]), +m[1]!);
  if ((m = EXCEL_DMY.exec(s))) return utc(twoDigitYear(m[3]!), month(m[2]), +m[1]!);
  if ((m = JAVA_DATE.exec(s))) return utc(+m[6]!, month(m[1]), +m[2]!, +m[3]!, +m[4]!, +m[5]!);
  if ((m = MON_YEAR.exec(s))) return utc(+m[2]!, month(m[1]), 1);
  if (/^\d{4}$/.test(s)) return utc(+s, 1, 1);
  // `Mar 7` (Profile.csv Birth Date) has no year: it is not a point in time.
  return undefined;
}

/**
 * Turns a month-precision profile date (`Jun 2018`, `2021`, `Dec 2021`) into `YYYY-MM` or `YYYY`,
 * the form Position.startedOn uses; undefined when it is neither.
 */
export function parseMonthYear(raw: string): string | undefined {
  const s = raw.trim();
  if (/^\d{4}$/.test(s)) return s;
  const m = MON_YEAR.exec(s);
  if (!m) return undefined;
  const mo = month(m[1]);
  if (mo === 0) return undefined;
  return `${m[2]}-${mo < 10 ? '0' : ''}${mo}`;
}
