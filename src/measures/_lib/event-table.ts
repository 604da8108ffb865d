/**
 * One pass over the ledger's events, shared by every measure: the events in time order, their
 * times as a typed array, and the positions of each kind (and direction). Measures then visit only
 * the events they count, and find a time window by binary search instead of testing every event.
 */
import { eventColumns } from '../../model/build.ts';
import { eventKinds, isComposed, kindDirectionCode } from '../../model/kinds.ts';
import type { Direction, EventKind, Ledger, LedgerEvent } from '../../model/types.ts';
import { DAY_MS } from './time.ts';

/** The shared view of a ledger's events. */
export interface EventTable {
  /** The ledger's events in time order, undated first: the ledger's own array when it is sorted, as buildLedger makes it. */
  readonly events: readonly LedgerEvent[];
  /** Time of each event in `events`; −Infinity when undated (or not a number), so undated events sort and search first. */
  readonly at: Float64Array;
  /** Positions in `events` of one kind, either direction, ascending (hence in time order). */
  ofKind(kind: EventKind): Int32Array;
  /** Positions in `events` of one kind and direction, ascending. */
  of(kind: EventKind, direction: Direction): Int32Array;
  /** `isComposed` of the event at position `i`, worked out once per event and remembered for the next pass. */
  composedAt(i: number): boolean;
}

const cache = new WeakMap<Ledger, EventTable>();
const EMPTY = new Int32Array(0);

/** The event table of `ledger`, built once per ledger and shared. */
export function eventTable(ledger: Ledger): EventTable {
  const hit = cache.get(ledger);
  if (hit) return hit;
  const built = buildTable(ledger);
  cache.set(ledger, built);
  return built;
}

function codeOf(e: LedgerEvent | undefined): number {
  return e === undefined ? -1 : kindDirectionCode(e.kind, e.direction);
}

function timeOf(e: LedgerEvent | undefined): number {
  const t = e?.at;
  return t === undefined || Number.isNaN(t) ? -Infinity : t;
}

/** Times and codes in time order: from buildLedger when it made the ledger, else from one visit per event. */
function orderedColumns(ledger: Ledger): { events: readonly LedgerEvent[]; at: Float64Array; codes: Int8Array } {
  const input = ledger.events;
  const n = input.length;
  const built = eventColumns(ledger);
  if (built && built.at.length === n && built.codes.length === n) return { events: input, ...built };
  let events = input;
  let at = new Float64Array(n);
  const codes = new Int8Array(n);
  let sorted = true;
  for (let i = 0; i < n; i++) {
    const e = events[i];
    const t = timeOf(e);
    at[i] = t;
    if (i > 0 && t < (at[i - 1] ?? 0)) sorted = false;
    codes[i] = codeOf(e);
  }
  // A hand-made ledger may be unsorted: give it buildLedger's stable order.
  if (!sorted) {
    const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => (at[x] ?? 0) - (at[y] ?? 0));
    events = order.map((i) => input[i]).filter((e): e is LedgerEvent => e !== undefined);
    at = Float64Array.from(order, (i) => timeOf(input[i]));
    for (let i = 0; i < n; i++) codes[i] = codeOf(events[i]);
  }
  return { events, at, codes };
}

function buildTable(ledger: Ledger): EventTable {
  const { events, at, codes } = orderedColumns(ledger);
  const n = events.length;
  const counts = new Int32Array(eventKinds.length * 2);
  for (let i = 0; i < n; i++) {
    const c = codes[i] ?? -1;
    if (c >= 0) counts[c] = (counts[c] ?? 0) + 1;
  }
  const lists = Array.from(counts, (c) => new Int32Array(c));
  const fill = new Int32Array(counts.length);
  for (let i = 0; i < n; i++) {
    const c = codes[i] ?? -1;
    if (c < 0) continue;
    const list = lists[c];
    const f = fill[c] ?? 0;
    if (list) list[f] = i;
    fill[c] = f + 1;
  }
  const byKind = new Map<number, Int32Array>();
  // −1 not yet known, else 0 or 1. Five measures walk the same messages asking this (it scans the text).
  let composed: Int8Array | undefined;
  return {
    events,
    at,
    composedAt(i) {
      composed ??= new Int8Array(n).fill(-1);
      let c = composed[i] ?? 0;
      if (c === -1) {
        const e = events[i];
        c = e !== undefined && isComposed(e) ? 1 : 0;
        composed[i] = c;
      }
      return c === 1;
    },
    of(kind, direction) {
      return lists[kindDirectionCode(kind, direction)] ?? EMPTY;
    },
    ofKind(kind) {
      const k = kindDirectionCode(kind, 'out');
      if (k < 0) return EMPTY;
      let both = byKind.get(k);
      if (!both) {
        both = mergePositions(lists[k] ?? EMPTY, lists[k + 1] ?? EMPTY);
        byKind.set(k, both);
      }
      return both;
    },
  };
}

/** Merges two ascending position lists. */
function mergePositions(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let o = 0;
  while (i < a.length && j < b.length) out[o++] = (a[i] ?? 0) < (b[j] ?? 0) ? (a[i++] ?? 0) : (b[j++] ?? 0);
  while (i < a.length) out[o++] = a[i++] ?? 0;
  while (j < b.length) out[o++] = b[j++] ?? 0;
  return out;
}

/** First index in `list` whose event time is greater than `t` (binary search; `list` is in time order). */
export function firstAfter(table: EventTable, list: Int32Array, t: number): number {
  const at = table.at;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((at[list[mid] ?? 0] ?? 0) > t) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** First index in `list` whose event time is at or after `t`. */
export function firstAtOrAfter(table: EventTable, list: Int32Array, t: number): number {
  const at = table.at;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((at[list[mid] ?? 0] ?? 0) >= t) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Adds to `counts[i]` the events of `list` in month i, for months starting at `bounds[i]` (as
 * `monthStarts` gives them), counting only events at or before `asOf`.
 */
export function countByMonth(table: EventTable, list: Int32Array, bounds: readonly number[], asOf: number, counts: number[]): void {
  const months = bounds.length - 1;
  if (months <= 0) return;
  const end = firstAfter(table, list, asOf);
  let i = 0;
  for (let k = firstAtOrAfter(table, list, bounds[0] ?? Infinity); k < end; k++) {
    const t = table.at[list[k] ?? 0] ?? Infinity;
    while (i < months && t >= (bounds[i + 1] ?? -Infinity)) i++;
    if (i >= months) break;
    counts[i] = (counts[i] ?? 0) + 1;
  }
}

/** Number of events of `list` in the `days` ending at `asOf`. */
export function countInWindow(table: EventTable, list: Int32Array, asOf: number, days: number): number {
  const [start, end] = windowRange(table, list, asOf, days);
  return end - start;
}

/** Index range [start, end) of `list` whose events lie in the `days` ending at `asOf` (the rule of `inWindow`). */
export function windowRange(table: EventTable, list: Int32Array, asOf: number, days: number): readonly [number, number] {
  return [firstAfter(table, list, asOf - days * DAY_MS), firstAfter(table, list, asOf)];
}

/** Index end of `list` up to `asOf`: every event at or before `asOf`, undated ones included. */
export function endAt(table: EventTable, list: Int32Array, asOf: number): number {
  return firstAfter(table, list, asOf);
}

/**
 * The positions of several lists merged into one, in time order: positions index the time-ordered
 * events, so sorting the numbers restores time order (cheaper than comparing events).
 */
export function inTimeOrder(lists: readonly Int32Array[]): Int32Array {
  const out = new Int32Array(lists.reduce((n, l) => n + l.length, 0));
  let o = 0;
  for (const l of lists) {
    out.set(l, o);
    o += l.length;
  }
  return out.sort();
}
