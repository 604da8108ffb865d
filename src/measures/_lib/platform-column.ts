/**
 * Each event's platform as a small number, aligned with the shared event table: loops that only
 * need to know an event's platform read a typed array instead of a million event objects.
 */
import { platforms, type Ledger, type Platform } from '../../model/types.ts';
import { eventTable } from './event-table.ts';

const cache = new WeakMap<Ledger, Uint8Array>();
const CODE: ReadonlyMap<string, number> = new Map(platforms.map((p, i) => [p, i]));

/** The platform code of every event in `eventTable(ledger).events` (its index in `platforms`), built once per ledger. */
export function platformColumn(ledger: Ledger): Uint8Array {
  const hit = cache.get(ledger);
  if (hit) return hit;
  const events = eventTable(ledger).events;
  const out = new Uint8Array(events.length);
  for (let i = 0; i < events.length; i++) out[i] = CODE.get(events[i]?.platform ?? '') ?? 0;
  cache.set(ledger, out);
  return out;
}

/** The platform of a code from `platformColumn`. */
export function platformOfCode(code: number): Platform {
  return platforms[code] ?? platforms[0];
}

/** The code of a platform, for comparing with `platformColumn` entries. */
export function platformCode(p: Platform): number {
  return CODE.get(p) ?? 0;
}

/**
 * Platforms whose reactions carry no time (X and Mastodon likes), in the order their undated
 * reactions first appear. Measures count such a platform all-time, with that label (CODEBOOK T2.1).
 */
export function undatedReactionPlatforms(ledger: Ledger): { readonly platforms: readonly Platform[]; readonly codes: Uint8Array } {
  const table = eventTable(ledger);
  const reactions = table.of('reaction', 'out');
  const seen: Platform[] = [];
  const codes = new Uint8Array(platforms.length);
  // Undated events sort first in the table, so the walk stops at the first dated reaction.
  for (let k = 0; k < reactions.length && (table.at[reactions[k] ?? 0] ?? 0) === -Infinity; k++) {
    const p = table.events[reactions[k] ?? 0]?.platform;
    if (p === undefined || codes[CODE.get(p) ?? 0] === 1) continue;
    codes[CODE.get(p) ?? 0] = 1;
    seen.push(p);
  }
  return { platforms: seen, codes };
}
