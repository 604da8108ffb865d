/** The date formats of one LinkedIn export (formats/linkedin.md §2 "Date formats"), written from UTC epoch ms. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

function p2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function parts(ms: number) {
  const d = new Date(ms);
  return {
    y: d.getUTCFullYear(),
    mo: d.getUTCMonth(),
    d: d.getUTCDate(),
    h: d.getUTCHours(),
    mi: d.getUTCMinutes(),
    s: d.getUTCSeconds(),
    wd: d.getUTCDay(),
  };
}

/** `2024-03-20 15:09:26 UTC` (messages.csv 2022+). */
export function isoUtc(ms: number): string {
  return `${isoPlain(ms)} UTC`;
}

/** `2024-03-17 18:03:34` (Shares, Comments, Reactions, Votes, Member_Follows: no zone, UTC). */
export function isoPlain(ms: number): string {
  const t = parts(ms);
  return `${t.y}-${p2(t.mo + 1)}-${p2(t.d)} ${p2(t.h)}:${p2(t.mi)}:${p2(t.s)}`;
}

/** `2022/03/21 18:14:18 UTC` (endorsements, 2018 Shares). */
export function slashUtc(ms: number): string {
  const t = parts(ms);
  return `${t.y}/${p2(t.mo + 1)}/${p2(t.d)} ${p2(t.h)}:${p2(t.mi)}:${p2(t.s)} UTC`;
}

/** `30 May 2024` (Connections.csv Connected On; zero-padded day). */
export function dayMonYear(ms: number): string {
  const t = parts(ms);
  return `${p2(t.d)} ${MONTHS[t.mo]} ${t.y}`;
}

/** `3/12/24, 1:05 PM` (Invitations, 2018 Messages, Jobs): US order, 12-hour clock, unpadded hour. */
export function usShort(ms: number): string {
  const t = parts(ms);
  return `${t.mo + 1}/${t.d}/${p2(t.y % 100)}, ${hour12(t.h)}:${p2(t.mi)} ${t.h < 12 ? 'AM' : 'PM'}`;
}

/** `12/24/23, 05:28 AM` (Recommendations: the hour is zero-padded, unlike Invitations). */
export function usShortPadded(ms: number): string {
  const t = parts(ms);
  return `${t.mo + 1}/${t.d}/${p2(t.y % 100)}, ${p2(hour12(t.h))}:${p2(t.mi)} ${t.h < 12 ? 'AM' : 'PM'}`;
}

/** `Wed Mar 13 18:51:14 UTC 2024` (Company Follows: Java Date.toString()). */
export function javaDate(ms: number): string {
  const t = parts(ms);
  return `${DAYS[t.wd]} ${MONTHS[t.mo]} ${p2(t.d)} ${p2(t.h)}:${p2(t.mi)}:${p2(t.s)} UTC ${t.y}`;
}

/** `2020-04-15 00:07 UTC` (Learning.csv, minutes only). */
export function isoMinuteUtc(ms: number): string {
  const t = parts(ms);
  return `${t.y}-${p2(t.mo + 1)}-${p2(t.d)} ${p2(t.h)}:${p2(t.mi)} UTC`;
}

/** `Jun 2018` (Positions.csv Started On / Finished On). */
export function monYear(m: { year: number; month: number }): string {
  return `${MONTHS[m.month - 1]} ${m.year}`;
}

/** `Complete_LinkedInDataExport_03-14-2026.zip`. */
export function archiveDate(ms: number): string {
  const t = parts(ms);
  return `${p2(t.mo + 1)}-${p2(t.d)}-${t.y}`;
}

function hour12(h: number): number {
  const r = h % 12;
  return r === 0 ? 12 : r;
}
