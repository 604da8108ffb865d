/** Daytime instants counted back from the export date, shared by the platform specs of the six-platform persona. */
import type { Rng } from '../random.ts';
import { DAY_MS } from '../spec.ts';

/**
 * `at(daysAgo, hour?)`: an instant on the day `daysAgo` days before the export date's day, at the
 * given UTC hour (default 8–20) with random minutes and seconds. `daysAgo` ≥ 1 keeps every record
 * before the export date, so the LinkedIn record that falls on it stays the archive set's latest.
 */
export function clock(rng: Rng, exportDate: number): (daysAgo: number, hour?: number) => number {
  const day = Math.floor(exportDate / DAY_MS) * DAY_MS;
  return (daysAgo, hour) => {
    if (daysAgo < 1) throw new Error(`daysAgo must be at least 1, got ${daysAgo}`);
    const h = hour ?? rng.int(8, 20);
    return day - daysAgo * DAY_MS + h * 3_600_000 + rng.int(0, 59) * 60_000 + rng.int(0, 59) * 1000;
  };
}

/** `n` scaled and rounded, at least `min`. */
export function scaledCount(n: number, scale: number, min = 1): number {
  return Math.max(min, Math.round(n * scale));
}
