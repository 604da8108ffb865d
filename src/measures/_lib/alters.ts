/**
 * One pass over the ledger's composed messages, building per-person ("alter") statistics that
 * several measures share: message counts, first/last contact and reciprocated exchanges (CODEBOOK
 * §1.3, measure-contract "Reciprocated exchange").
 */
import { isGroupMessage } from '../../model/kinds.ts';
import type { Ledger } from '../../model/types.ts';
import { endAt, eventTable } from './event-table.ts';
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

/** The reciprocated exchanges as columns, without an object per exchange: what charts over many exchanges read. */
export interface ExchangeLog {
  readonly length: number;
  /** Time of the completing message, ascending. */
  readonly at: Float64Array;
  /** The person, as an index into `people`. */
  readonly person: Int32Array;
  /** 1 for a group thread. */
  readonly group: Uint8Array;
  /** Person ids by index, in order of their first composed message. */
  readonly people: readonly string[];
}

/** Result of the pass over the messages. */
export interface MessageIndex {
  readonly alters: ReadonlyMap<string, AlterStats>;
  /** Every reciprocated exchange up to T, in time order (built from `exchangeLog` on first use). */
  readonly exchanges: readonly Exchange[];
  /** The same exchanges as columns. */
  readonly exchangeLog: ExchangeLog;
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

/** Per-person working state: the public statistics, a person number and the latest message time per slot. */
interface AlterState {
  readonly stats: AlterStats;
  readonly num: number;
  // Latest composed message: [1:1 out, 1:1 in, group out, group in]; NaN when none yet.
  readonly seen: Float64Array;
}

/** Growable columns for the exchange log. */
class LogBuilder {
  at = new Float64Array(1024);
  person = new Int32Array(1024);
  group = new Uint8Array(1024);
  length = 0;

  push(at: number, person: number, group: boolean): void {
    if (this.length === this.at.length) {
      const grow = <T extends Float64Array | Int32Array | Uint8Array>(a: T, b: T): T => {
        b.set(a);
        return b;
      };
      const n = this.length * 2;
      this.at = grow(this.at, new Float64Array(n));
      this.person = grow(this.person, new Int32Array(n));
      this.group = grow(this.group, new Uint8Array(n));
    }
    this.at[this.length] = at;
    this.person[this.length] = person;
    this.group[this.length] = group ? 1 : 0;
    this.length += 1;
  }
}

function toExchanges(log: ExchangeLog): Exchange[] {
  const out: Exchange[] = [];
  for (let i = 0; i < log.length; i++) out.push({ personId: log.people[log.person[i] ?? 0] ?? '', at: log.at[i] ?? 0, group: log.group[i] === 1 });
  return out;
}

function buildIndex(ledger: Ledger, asOf: number): MessageIndex {
  const alters = new Map<string, AlterStats>();
  const states = new Map<string, AlterState>();
  const people: string[] = [];
  const log = new LogBuilder();
  let composedInWindow = 0;
  let firstComposed: number | undefined;
  const windowStart = asOf - WINDOW_DAYS * DAY_MS;
  const table = eventTable(ledger);
  const messages = table.ofKind('message');
  // The table is in time order, undated first; exchanges rely on that order, and the first message after T ends the pass.
  const end = endAt(table, messages, asOf);
  for (let m = 0; m < end; m++) {
    const i = messages[m] ?? 0;
    const e = table.events[i];
    if (!e || !table.composedAt(i)) continue;
    const t = e.at;
    const inW = inWindow(t, asOf, WINDOW_DAYS);
    if (inW) composedInWindow += 1;
    if (t !== undefined && (firstComposed === undefined || t < firstComposed)) firstComposed = t;
    const group = isGroupMessage(e);
    const out = e.direction === 'out';
    const slot = (group ? 2 : 0) + (out ? 0 : 1);
    const ids = e.personIds ?? [];
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k] ?? '';
      // A person listed twice counts once, at their first listing.
      if (k > 0 && ids.indexOf(id) < k) continue;
      let st = states.get(id);
      if (!st) {
        st = { stats: newAlter(id), num: people.length, seen: new Float64Array([NaN, NaN, NaN, NaN]) };
        states.set(id, st);
        alters.set(id, st.stats);
        people.push(id);
      }
      const a = st.stats;
      if (out) a.sent += 1;
      else a.received += 1;
      if (inW) {
        if (out) a.sentInWindow += 1;
        else a.receivedInWindow += 1;
        if (!group) a.privateInWindow += 1;
      }
      if (t === undefined) continue;
      if (a.first === undefined || t < a.first) a.first = t;
      if (a.last === undefined || t > a.last) a.last = t;
      const opposite = st.seen[slot ^ 1] ?? NaN;
      // NaN (no opposite message yet) fails the comparison.
      if (t - opposite <= RECIPROCATION_GAP_MS) {
        const x = group ? a.group : a.oneToOne;
        x.ever = true;
        x.last = t;
        // The latest opposite message is the best partner: if any earlier one is in W, it is too.
        if (opposite > windowStart) x.inWindow = true;
        log.push(t, st.num, group);
      }
      st.seen[slot] = t;
    }
  }
  const exchangeLog: ExchangeLog = { length: log.length, at: log.at.subarray(0, log.length), person: log.person.subarray(0, log.length), group: log.group.subarray(0, log.length), people };
  let exchanges: Exchange[] | undefined;
  return {
    alters,
    get exchanges() {
      exchanges ??= toExchanges(exchangeLog);
      return exchanges;
    },
    exchangeLog,
    composedInWindow,
    ...(firstComposed !== undefined ? { firstComposed } : {}),
  };
}

/** Latest reciprocated exchange with a person in either thread type, if any. */
export function lastExchange(a: AlterStats): number | undefined {
  const xs = [a.oneToOne.last, a.group.last].filter((x): x is number => x !== undefined);
  return xs.length === 0 ? undefined : Math.max(...xs);
}
