/**
 * Per-platform tallies for measures that report "per platform" (CODEBOOK ground rule 4: counts are
 * never added across platforms). The headline of such a measure is the platform with the most data.
 */
import { platforms, type Platform } from '../../model/types.ts';
import { platformName } from '../../model/platform-name.ts';

/** Adds `n` to platform `p` in `m`. */
export function bump(m: Map<Platform, number>, p: Platform, n = 1): void {
  m.set(p, (m.get(p) ?? 0) + n);
}

/** The platform with the largest amount of data; ties go to the earlier platform in the model's order. Undefined when every count is 0. */
export function busiestPlatform(data: ReadonlyMap<Platform, number>): Platform | undefined {
  let best: Platform | undefined;
  let most = 0;
  for (const p of platforms) {
    const n = data.get(p) ?? 0;
    if (n > most) {
      best = p;
      most = n;
    }
  }
  return best;
}

/** A per-platform map as a plain record in the model's platform order, so JSON output is stable. */
export function inPlatformOrder(m: ReadonlyMap<Platform, number>): Partial<Record<Platform, number>> {
  const out: Partial<Record<Platform, number>> = {};
  for (const p of platforms) {
    const v = m.get(p);
    if (v !== undefined) out[p] = v;
  }
  return out;
}

/** The note shown when several platforms supplied data: which one the headline is, and that none were added. */
export function headlineNote(headline: Platform, values: ReadonlyMap<Platform, number>): string[] {
  if (values.size < 2) return [];
  return [`Each platform is computed separately; the headline is ${platformName(headline)} (the platform with the most data), not a total.`];
}

/** `{ notes }` when there are any, else nothing: spread into a result so empty lists are left out. */
export function notesPart(notes: readonly string[]): { notes?: readonly string[] } {
  return notes.length > 0 ? { notes } : {};
}

/** The note shown when a pooled figure drew on several platforms: the user's own actions are pooled, people never are. */
export function pooledNote(data: ReadonlyMap<Platform, number>): string[] {
  const used = [...data.values()].filter((n) => n > 0).length;
  if (used < 2) return [];
  return ['The headline pools your own items from every platform (no one is counted twice); each platform with enough items is also shown alone.'];
}
