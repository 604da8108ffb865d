/** Week arithmetic for burst detection: Monday-based weeks (as ISO 8601 counts them), in UTC. */
import { DAY_MS } from '../../_lib/time.ts';

/** Monday-based week number of a UTC instant: weeks since the Monday 1969-12-29 (1970-01-01 was a Thursday). */
export function weekIndex(t: number): number {
  return Math.floor((Math.floor(t / DAY_MS) + 3) / 7);
}

/** ISO 8601 week label `YYYY-Www` of a week index: the year is the one holding the week's Thursday. */
export function isoWeekLabel(week: number): string {
  // Week w starts on day 7w − 3 (a Monday), so its Thursday is day 7w.
  const thursday = new Date(week * 7 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const dayOfYear = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS);
  return `${year}-W${String(Math.floor(dayOfYear / 7) + 1).padStart(2, '0')}`;
}

/** The Monday a week index starts on, as `YYYY-MM-DD` (UTC). */
export function weekStart(week: number): string {
  return new Date((week * 7 - 3) * DAY_MS).toISOString().slice(0, 10);
}

/** Mean and population standard deviation of weekly counts, zero weeks included. */
export function meanSd(counts: readonly number[]): { mean: number; sd: number } {
  if (counts.length === 0) return { mean: 0, sd: 0 };
  let sum = 0;
  for (const c of counts) sum += c;
  const mean = sum / counts.length;
  let sq = 0;
  for (const c of counts) sq += (c - mean) ** 2;
  return { mean, sd: Math.sqrt(sq / counts.length) };
}
