/**
 * Written private messages counted per platform, and each person's platform: what message-based
 * measures need to report per platform (CODEBOOK ground rule 4) without a second pass each.
 */
import { platforms, type Ledger, type Platform } from '../../model/types.ts';
import { endAt, eventTable } from './event-table.ts';
import { DAY_MS, WINDOW_DAYS } from './time.ts';

/** Composed messages per platform up to T. */
export interface MessagePlatforms {
  /** Composed messages (either direction) in W. */
  readonly inWindow: ReadonlyMap<Platform, number>;
  /** Composed messages, all time, undated ones included. */
  readonly allTime: ReadonlyMap<Platform, number>;
  /** Earliest dated composed message. */
  readonly first: ReadonlyMap<Platform, number>;
}

const cache = new WeakMap<Ledger, Map<number, MessagePlatforms>>();

/** Per-platform message counts of `ledger` as of `asOf`, computed once per (ledger, asOf). */
export function messagePlatforms(ledger: Ledger, asOf: number): MessagePlatforms {
  let byAsOf = cache.get(ledger);
  if (!byAsOf) {
    byAsOf = new Map();
    cache.set(ledger, byAsOf);
  }
  const hit = byAsOf.get(asOf);
  if (hit) return hit;
  const inWindow = new Map<Platform, number>();
  const allTime = new Map<Platform, number>();
  const first = new Map<Platform, number>();
  const table = eventTable(ledger);
  const list = table.ofKind('message');
  const end = endAt(table, list, asOf);
  const windowStart = asOf - WINDOW_DAYS * DAY_MS;
  for (let k = 0; k < end; k++) {
    const i = list[k] ?? 0;
    const e = table.events[i];
    if (!e || !table.composedAt(i)) continue;
    allTime.set(e.platform, (allTime.get(e.platform) ?? 0) + 1);
    if (e.at === undefined) continue;
    if (e.at > windowStart) inWindow.set(e.platform, (inWindow.get(e.platform) ?? 0) + 1);
    // The list is in time order, so the first dated message of a platform is its earliest.
    if (!first.has(e.platform)) first.set(e.platform, e.at);
  }
  const built = { inWindow, allTime, first };
  byAsOf.set(asOf, built);
  return built;
}

const PLATFORMS: ReadonlySet<string> = new Set(platforms);

/** The platform a person belongs to: from the ledger's people, else from the id's `<platform>:` prefix. */
export function platformOfPerson(ledger: Ledger, personId: string): Platform | undefined {
  const p = ledger.people.get(personId)?.platform;
  if (p) return p;
  const prefix = personId.slice(0, personId.indexOf(':'));
  return PLATFORMS.has(prefix) ? (prefix as Platform) : undefined;
}
