/**
 * One pass over the ledger's composed messages, building per-person ("alter") statistics that
 * several measures share: message counts, first/last contact and reciprocated exchanges (CODEBOOK
 * §1.3, measure-contract "Reciprocated exchange").
 */
import { isComposed, isGroupMessage } from '../../model/kinds.ts';
import type { Ledger } from '../../model/types.ts';
import { DAY_MS, WINDOW_DAYS, inWindow } from './time.ts';

/** Reciprocation gap: the answer must come within 30 days of the first message [D]. */
export const RECIPROCATION_GAP_MS = 30 * DAY_MS;

/** Reciprocity bookkeeping for one thread type (1:1 or group). */
export interface ExchangeStats {
  /** At least one reciprocated exchange ever (up to T). */
  ever: boolean;
  /** At least one reciprocated exchange with both messages in W. */
  inWindow: boolean;
  /** Time of the completing message of the latest reciprocated exchange. */
  last?: number;
}

/** What the messages say about one person. */
export interface AlterStats {
  readonly personId: string;
  /** Composed messages, all time (undated ones included). */
  sent: number;
  received: number;
  /** Composed messages in W. */
  sentInWindow: number;
  receivedInWindow: number;
  /** Composed messages in W that were in 1:1 threads. */
  privateInWindow: number;
  first?: number;
  last?: number;
  readonly oneToOne: ExchangeStats;
  readonly group: ExchangeStats;
}

/** A reciprocated exchange, dated by its completing message. */
export interface Exchange {
  readonly personId: string;
  readonly at: number;
  readonly group: boolean;
}

/** Result of the pass over the messages. */
export interface MessageIndex {
  readonly alters: ReadonlyMap<string, AlterStats>;
  /** Every reciprocated exchange up to T, in time order. */
  readonly exchanges: readonly Exchange[];
  /** Composed messages (any direction) with a time in W. */
  readonly composedInWindow: number;
  /** Earliest composed message time, if any. */
  readonly firstComposed?: number;
}

const cache = new WeakMap<Ledger, Map<number, MessageIndex>>();

function newAlter(personId: string): AlterStats {
  return {
    personId,
    sent: 0,
    received: 0,
    sentInWindow: 0,
    receivedInWindow: 0,
    privateInWindow: 0,
    oneToOne: { ever: false, inWindow: false },
    group: { ever: false, inWindow: false },
  };
}

/** Per-person message statistics for `ledger` as of `asOf`; computed once per (ledger, asOf) and shared. */
export function messageIndex(ledger: Ledger, asOf: number): MessageIndex {
  let byAsOf = cache.get(ledger);
  if (!byAsOf) {
    byAsOf = new Map();
    cache.set(ledger, byAsOf);
  }
  const hit = byAsOf.get(asOf);
  if (hit) return hit;
  const built = buildIndex(ledger, asOf);
  byAsOf.set(asOf, built);
  return built;
}

function buildIndex(ledger: Ledger, asOf: number): MessageIndex {
  const alters = new Map<string, AlterStats>();
  const exchanges: Exchange[] = [];
  // Latest composed message per person: [1:1 out, 1:1 in, group out, group in].
  const lastSeen = new Map<string, number[]>();
  let composedInWindow = 0;
  let firstComposed: number | undefined;
  const windowStart = asOf - WINDOW_DAYS * DAY_MS;
  // Ledger events are sorted by time (buildLedger), undated first; exchanges rely on that order.
  for (const e of ledger.events) {
    if (e.kind !== 'message' || !isComposed(e)) continue;
    if (e.at !== undefined && e.at > asOf) continue;
    const inW = inWindow(e.at, asOf, WINDOW_DAYS);
    if (inW) composedInWindow += 1;
    if (e.at !== undefined && (firstComposed === undefined || e.at < firstComposed)) firstComposed = e.at;
    const group = isGroupMessage(e);
    const out = e.direction === 'out';
    const ids = e.personIds ?? [];
    for (const id of ids.length < 2 ? ids : new Set(ids)) {
      let a = alters.get(id);
      if (!a) {
        a = newAlter(id);
        alters.set(id, a);
      }
      if (out) a.sent += 1;
      else a.received += 1;
      if (inW) {
        if (out) a.sentInWindow += 1;
        else a.receivedInWindow += 1;
        if (!group) a.privateInWindow += 1;
      }
      if (e.at === undefined) continue;
      if (a.first === undefined || e.at < a.first) a.first = e.at;
      if (a.last === undefined || e.at > a.last) a.last = e.at;
      let seen = lastSeen.get(id);
      if (!seen) {
        seen = [NaN, NaN, NaN, NaN];
        lastSeen.set(id, seen);
      }
      const slot = (group ? 2 : 0) + (out ? 0 : 1);
      const opposite = seen[slot ^ 1] ?? NaN;
      // NaN (no opposite message yet) fails the comparison.
      if (e.at - opposite <= RECIPROCATION_GAP_MS) {
        const x = group ? a.group : a.oneToOne;
        x.ever = true;
        x.last = e.at;
        // The latest opposite message is the best partner: if any earlier one is in W, it is too.
        if (opposite > windowStart) x.inWindow = true;
        exchanges.push({ personId: id, at: e.at, group });
      }
      seen[slot] = e.at;
    }
  }
  return { alters, exchanges, composedInWindow, ...(firstComposed !== undefined ? { firstComposed } : {}) };
}

/** Latest reciprocated exchange with a person in either thread type, if any. */
export function lastExchange(a: AlterStats): number | undefined {
  const xs = [a.oneToOne.last, a.group.last].filter((x): x is number => x !== undefined);
  return xs.length === 0 ? undefined : Math.max(...xs);
}
