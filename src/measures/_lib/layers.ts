/**
 * Dunbar-layer assignment of CODEBOOK §5.1: contact days per alter (§4.4, counted in the user's
 * time zone) from one shared pass over the composed events, and the frequency rule that places
 * each alter in a layer.
 */
import type { EventKind, Ledger, Platform } from '../../model/types.ts';
import { eventTable, inTimeOrder } from './event-table.ts';
import { DAY_MS, THREE_YEARS_DAYS, WINDOW_DAYS, localDayNumber } from './time.ts';

/** §5.1 thresholds in contact days a year, each keeping the CODEBOOK default [D]. */
export const LAYER_MIN_DAYS = {
  /** ≈ weekly: the support clique is typically contacted at least weekly (Dunbar 2018) [S]. */
  L5: 52,
  /** ≈ monthly: the sympathy group (Dunbar 2018) [S]. */
  L15: 12,
  /** ≈ twice a year: the 50-layer rate is [U] in the CODEBOOK; keep it configurable. */
  L50: 2,
  /** At least yearly defines the ≈150 active network (Hill & Dunbar 2003) [S]. */
  L150: 1,
} as const;

/** Where an alter sits. Named layers are exclusive here; cumulative sizes add the inner ones. */
export type LayerLabel = 'L5' | 'L15' | 'L50' | 'L150' | 'dormant' | 'lapsed' | 'unplaced';

/** What one alter's composed events say, for layer assignment. */
export interface ContactStats {
  /** Platform of the first composed event with the alter (person ids are per platform). */
  readonly platform: Platform;
  /** Distinct local calendar days in W with at least one composed event with the alter (§4.4). */
  contactDays: number;
  /** Composed events with the alter up to T, undated ones included. */
  composedEver: number;
  /** Latest dated composed event up to T. */
  lastComposed?: number;
}

/** The §5.1 inputs beyond contact days. */
export interface LayerInputs {
  readonly contactDays: number;
  /** At least one reciprocated exchange in W (1:1 or group). */
  readonly reciprocatedInWindow: boolean;
  readonly lastComposed?: number;
  /** A once-real tie in the T1.5 sense: ≥ 10 composed messages ever, one reciprocated exchange. */
  readonly onceReal: boolean;
}

/**
 * The exclusive layer of one alter with at least one composed event. Dormant needs 1,095 silent
 * days and a once-real tie; lapsed is a last contact 365–1,094 days ago. An alter silent for
 * three years who was never a real tie, or whose events are all undated, is "unplaced".
 */
export function assignLayer(x: LayerInputs, asOf: number): LayerLabel {
  const cd = x.contactDays;
  if (x.reciprocatedInWindow && cd >= LAYER_MIN_DAYS.L5) return 'L5';
  if (x.reciprocatedInWindow && cd >= LAYER_MIN_DAYS.L15) return 'L15';
  if (x.reciprocatedInWindow && cd >= LAYER_MIN_DAYS.L50) return 'L50';
  if (cd >= LAYER_MIN_DAYS.L150) return 'L150';
  if (x.lastComposed === undefined) return 'unplaced';
  const silentDays = (asOf - x.lastComposed) / DAY_MS;
  if (silentDays >= THREE_YEARS_DAYS) return x.onceReal ? 'dormant' : 'unplaced';
  if (silentDays >= WINDOW_DAYS) return 'lapsed';
  // Unreachable with cd = 0 (a dated event in W is a contact day), kept for safety.
  return 'L150';
}

const COMPOSED_KINDS: readonly EventKind[] = ['message', 'post', 'comment', 'reply', 'recommendation'];
const cache = new WeakMap<Ledger, Map<string, ReadonlyMap<string, ContactStats>>>();

/** Contact statistics per alter as of `asOf` with days in `timeZone`; computed once per (ledger, asOf, zone). */
export function contactIndex(ledger: Ledger, asOf: number, timeZone: string): ReadonlyMap<string, ContactStats> {
  let byKey = cache.get(ledger);
  if (!byKey) {
    byKey = new Map();
    cache.set(ledger, byKey);
  }
  const key = `${asOf}|${timeZone}`;
  const hit = byKey.get(key);
  if (hit) return hit;
  const built = buildContactIndex(ledger, asOf, timeZone);
  byKey.set(key, built);
  return built;
}

function buildContactIndex(ledger: Ledger, asOf: number, timeZone: string): Map<string, ContactStats> {
  const table = eventTable(ledger);
  // One position list over every composed kind, in time order.
  const positions = inTimeOrder(COMPOSED_KINDS.map((k) => table.ofKind(k)));
  const windowStart = asOf - WINDOW_DAYS * DAY_MS;
  const out = new Map<string, ContactStats>();
  // Per alter, the last counted day beside the statistics: events come in time order, so a new day is a day change.
  const state = new Map<string, { stats: ContactStats; lastDay: number }>();
  let lastT = NaN;
  let lastLocalDay = NaN;
  for (let k = 0; k < positions.length; k++) {
    const i = positions[k] ?? 0;
    const t = table.at[i] ?? -Infinity;
    if (t > asOf) break;
    const e = table.events[i];
    if (!e?.personIds || e.personIds.length === 0 || !table.composedAt(i)) continue;
    const dated = t !== -Infinity;
    let day = NaN;
    if (dated && t > windowStart) {
      // Consecutive events often share an instant's day; skip the zone lookup when the time repeats.
      if (t !== lastT) {
        lastT = t;
        lastLocalDay = localDayNumber(t, timeZone);
      }
      day = lastLocalDay;
    }
    const ids = e.personIds;
    for (let j = 0; j < ids.length; j++) {
      const id = ids[j] ?? '';
      // A person listed twice counts once.
      if (j > 0 && ids.indexOf(id) < j) continue;
      let st = state.get(id);
      if (!st) {
        st = { stats: { platform: e.platform, contactDays: 0, composedEver: 0 }, lastDay: NaN };
        state.set(id, st);
        out.set(id, st.stats);
      }
      const s = st.stats;
      s.composedEver += 1;
      if (dated) s.lastComposed = t;
      if (!Number.isNaN(day) && st.lastDay !== day) {
        st.lastDay = day;
        s.contactDays += 1;
      }
    }
  }
  return out;
}
