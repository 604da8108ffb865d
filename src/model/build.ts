/** Assembles importer outputs into one Ledger, with deterministic ordering. */
import { kindDirectionCode } from './kinds.ts';
import { uniformEvent } from './event.ts';
import type { FileReport, Ledger, LedgerEvent, Person, Platform, Profile, Tie } from './types.ts';

/** What one importer returns for one archive. */
export interface ImportBatch {
  readonly platform: Platform;
  readonly people: readonly Person[];
  readonly ties: readonly Tie[];
  readonly events: readonly LedgerEvent[];
  readonly profiles: readonly Profile[];
  readonly files: readonly FileReport[];
}

/**
 * Per-event columns of a ledger built here, in `ledger.events` order, gathered in the pass that
 * sorts the events so that later readers need not visit every event object again.
 */
export interface EventColumns {
  /** Event time; −Infinity when undated (or not a number). Ascending. */
  readonly at: Float64Array;
  /** `kindDirectionCode(kind, direction)` of each event. */
  readonly codes: Int8Array;
}

const columnsOf = new WeakMap<Ledger, EventColumns>();

/** The event columns of a ledger made by `buildLedger`; undefined for any other object. */
export function eventColumns(ledger: Ledger): EventColumns | undefined {
  return columnsOf.get(ledger);
}

/** Merges batches; later duplicates of a person id fill in fields the first record lacked. */
export function buildLedger(batches: readonly ImportBatch[]): Ledger {
  const people = new Map<string, Person>();
  const ties: Tie[] = [];
  const events: LedgerEvent[] = [];
  const profiles: Profile[] = [];
  const files: FileReport[] = [];
  const platforms = new Set<Platform>();
  let latest: number | undefined;
  // Sort keys and columns are gathered in the same pass: visiting 300k differently shaped objects is the slow part.
  const total = batches.reduce((n, b) => n + b.events.length, 0);
  const keys = new Float64Array(total);
  const codes = new Int8Array(total);
  let sorted = true;
  let prev = -Infinity;
  for (const b of batches) {
    platforms.add(b.platform);
    for (const p of b.people) {
      const before = people.get(p.id);
      people.set(p.id, before ? { ...p, ...before } : p);
    }
    // Loops rather than push(...xs): spreading hundreds of thousands of arguments overflows the stack.
    for (const t of b.ties) {
      ties.push(t);
      if (t.since !== undefined && (latest === undefined || t.since > latest)) latest = t.since;
    }
    for (const e of b.events) {
      const at = e.at;
      codes[events.length] = kindDirectionCode(e.kind, e.direction);
      if (at !== undefined && (latest === undefined || at > latest)) latest = at;
      // A NaN time sorts with the undated events rather than wherever a comparison with NaN leaves it.
      const key = at === undefined || Number.isNaN(at) ? -Infinity : at;
      keys[events.length] = key;
      events.push(uniformEvent(e));
      if (key < prev) sorted = false;
      prev = key;
    }
    for (const p of b.profiles) profiles.push(p);
    for (const f of b.files) files.push(f);
  }
  const order = sorted ? { events, at: keys, codes } : sortByTime(events, keys, codes);
  const ledger: Ledger = {
    people,
    ties,
    events: order.events,
    profiles,
    files,
    platforms: [...platforms].sort(),
    available: new Set(files.map((f) => f.kind).filter((k) => k !== 'other')),
    ...(latest !== undefined ? { latestTimestamp: latest } : {}),
  };
  columnsOf.set(ledger, { at: order.at, codes: order.codes });
  return ledger;
}

/**
 * Stable sort by time, undated first (`keys` holds −Infinity for them): importers emit in file
 * order, so ties in time keep a deterministic order. Exports list rows newest first or oldest first,
 * so the input is a few thousand runs at most; a natural merge sort over typed arrays costs a few
 * passes instead of millions of comparator calls on differently shaped objects.
 */
function sortByTime(events: readonly LedgerEvent[], sortKeys: Float64Array, codes: Int8Array): { events: LedgerEvent[] } & EventColumns {
  const n = events.length;
  let keys: Float64Array = sortKeys;
  let idx: Int32Array = new Int32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  // Ascending runs are kept and strictly descending ones reversed (no equal keys inside, so still stable).
  const bounds: number[] = [0];
  let i = 0;
  while (i < n) {
    let j = i + 1;
    if (j < n && (keys[j] ?? 0) < (keys[i] ?? 0)) {
      while (j + 1 < n && (keys[j + 1] ?? 0) < (keys[j] ?? 0)) j++;
      j++;
      idx.subarray(i, j).reverse();
      keys.subarray(i, j).reverse();
    } else {
      while (j < n && (keys[j] ?? 0) >= (keys[j - 1] ?? 0)) j++;
    }
    bounds.push(j);
    i = j;
  }
  let idxTo: Int32Array = new Int32Array(n);
  let keysTo: Float64Array = new Float64Array(n);
  let runs = bounds;
  while (runs.length > 2) {
    const next: number[] = [0];
    for (let r = 0; r + 1 < runs.length; r += 2) {
      const mid = runs[r + 1] ?? n;
      const hi = runs[r + 2] ?? mid;
      mergeRuns(keys, idx, keysTo, idxTo, runs[r] ?? 0, mid, hi);
      next.push(hi);
    }
    const k = keys;
    keys = keysTo;
    keysTo = k;
    const x = idx;
    idx = idxTo;
    idxTo = x;
    runs = next;
  }
  const out: LedgerEvent[] = [];
  const sortedCodes = new Int8Array(n);
  for (let k = 0; k < n; k++) {
    const i = idx[k] ?? 0;
    const e = events[i];
    if (e) out.push(e);
    sortedCodes[k] = codes[i] ?? -1;
  }
  return { events: out, at: keys, codes: sortedCodes };
}

/** Merges the adjacent sorted runs [lo, mid) and [mid, hi) into the same range of the target arrays. */
function mergeRuns(keys: Float64Array, idx: Int32Array, keysTo: Float64Array, idxTo: Int32Array, lo: number, mid: number, hi: number): void {
  let a = lo;
  let b = mid;
  let o = lo;
  while (a < mid && b < hi) {
    const ka = keys[a] ?? 0;
    const kb = keys[b] ?? 0;
    // `<=` takes the earlier run first on equal keys: that is what keeps the sort stable.
    if (ka <= kb) {
      keysTo[o] = ka;
      idxTo[o++] = idx[a++] ?? 0;
    } else {
      keysTo[o] = kb;
      idxTo[o++] = idx[b++] ?? 0;
    }
  }
  while (a < mid) {
    keysTo[o] = keys[a] ?? 0;
    idxTo[o++] = idx[a++] ?? 0;
  }
  while (b < hi) {
    keysTo[o] = keys[b] ?? 0;
    idxTo[o++] = idx[b++] ?? 0;
  }
}
