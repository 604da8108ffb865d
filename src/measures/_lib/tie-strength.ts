/**
 * Tie strength S_j of CODEBOOK §4.2. The weights and caps are priors [D], not fitted coefficients;
 * the report must present S as an estimate.
 */
import { eventKinds, isComposed, isOneClick } from '../../model/kinds.ts';
import type { Ledger, LedgerEvent } from '../../model/types.ts';
import { lastExchange, messageIndex } from './alters.ts';
import { endAt, eventTable } from './event-table.ts';
import { DAY_MS, WINDOW_DAYS, inWindow } from './time.ts';

/** Weighted events per window at which intensity saturates: about one composed exchange a day [D]. */
export const INTENSITY_CAP = 365;
export const RECENCY_HALF_LIFE_DAYS = 180;
export const DURATION_CAP_YEARS = 5;
export const CHANNEL_CAP = 3;
export const ONE_CLICK_WEIGHT = 0.25;
export const WEIGHTS = { I: 0.25, R: 0.25, Q: 0.2, D: 0.1, M: 0.1, X: 0.1 } as const;
const YEAR_MS = 365.25 * DAY_MS;

/** The raw inputs of §4.2 for one alter. */
export interface TieInputs {
  /** Composed events × 1 + one-click events × 0.25, both directions, in W. */
  readonly nWeighted: number;
  /** Days from T back to the last reciprocated exchange; null when never reciprocated. */
  readonly daysSinceLastReciprocated: number | null;
  /** Composed events in W sent by the user / received from the alter. */
  readonly sent: number;
  readonly received: number;
  /** Years since the first evidence of the tie. */
  readonly yearsKnown: number;
  /** Share of composed events in W that were in 1:1 private threads (0 if none). */
  readonly privateShare: number;
  /** Distinct channel types in which the alter appears. */
  readonly channelTypes: number;
}

export type TieBand = 'strong' | 'moderate' | 'weak';

export interface TieStrength {
  readonly I: number;
  readonly R: number;
  readonly Q: number;
  readonly D: number;
  readonly M: number;
  readonly X: number;
  readonly S: number;
  readonly band: TieBand;
}

/** Provisional bands [D]: S ≥ 0.60 likely strong, 0.30–0.60 moderate, below 0.30 weak or inactive. */
export function tieBand(s: number): TieBand {
  return s >= 0.6 ? 'strong' : s >= 0.3 ? 'moderate' : 'weak';
}

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

/** S_j and its six components from the §4.2 inputs. */
export function tieStrength(x: TieInputs): TieStrength {
  const I = Math.min(1, Math.log(1 + Math.max(0, x.nWeighted)) / Math.log(1 + INTENSITY_CAP));
  const R = x.daysSinceLastReciprocated === null ? 0 : clamp01(0.5 ** (Math.max(0, x.daysSinceLastReciprocated) / RECENCY_HALF_LIFE_DAYS));
  const total = x.sent + x.received;
  const Q = total === 0 ? 0 : 1 - Math.abs(x.sent - x.received) / total;
  const D = clamp01(x.yearsKnown / DURATION_CAP_YEARS);
  const M = clamp01(x.privateShare);
  const X = Math.min(1, Math.max(0, x.channelTypes) / CHANNEL_CAP);
  const S = WEIGHTS.I * I + WEIGHTS.R * R + WEIGHTS.Q * Q + WEIGHTS.D * D + WEIGHTS.M * M + WEIGHTS.X * X;
  return { I, R, Q, D, M, X, S, band: tieBand(S) };
}

interface OtherEvidence {
  /** One-click events with the person in W (either direction). */
  oneClickInWindow: number;
  /** Composed non-message events with the person in W (comments, replies, recommendations). */
  composedOtherInWindow: number;
  publicChannel: boolean;
  endorsementChannel: boolean;
  first?: number;
}

function addEvidence(out: Map<string, OtherEvidence>, e: LedgerEvent, ids: readonly string[], inW: boolean): void {
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k] ?? '';
    // A person listed twice counts once.
    if (k > 0 && ids.indexOf(id) < k) continue;
    let o = out.get(id);
    if (!o) {
      o = { oneClickInWindow: 0, composedOtherInWindow: 0, publicChannel: false, endorsementChannel: false };
      out.set(id, o);
    }
    if (inW && isOneClick(e)) o.oneClickInWindow += 1;
    if (inW && isComposed(e)) o.composedOtherInWindow += 1;
    if (e.kind === 'comment' || e.kind === 'reply' || e.kind === 'post') o.publicChannel = true;
    if (e.kind === 'endorsement' || e.kind === 'recommendation') o.endorsementChannel = true;
    if (e.at !== undefined && (o.first === undefined || e.at < o.first)) o.first = e.at;
  }
}

const evidenceCache = new WeakMap<Ledger, Map<number, Map<string, OtherEvidence>>>();

function otherEvidence(ledger: Ledger, asOf: number): Map<string, OtherEvidence> {
  let byAsOf = evidenceCache.get(ledger);
  if (!byAsOf) {
    byAsOf = new Map();
    evidenceCache.set(ledger, byAsOf);
  }
  const hit = byAsOf.get(asOf);
  if (hit) return hit;
  const out = new Map<string, OtherEvidence>();
  const table = eventTable(ledger);
  // Every kind but messages (the message index covers those), each up to T with undated ones first.
  for (const kind of eventKinds) {
    if (kind === 'message') continue;
    for (const list of [table.of(kind, 'out'), table.of(kind, 'in')]) {
      const end = endAt(table, list, asOf);
      for (let k = 0; k < end; k++) {
        const e = table.events[list[k] ?? 0];
        if (e?.personIds) addEvidence(out, e, e.personIds, inWindow(e.at, asOf, WINDOW_DAYS));
      }
    }
  }
  // A tie's formation date is first evidence too (Connected On).
  for (const t of ledger.ties) {
    if (t.since === undefined || t.since > asOf) continue;
    let o = out.get(t.personId);
    if (!o) {
      o = { oneClickInWindow: 0, composedOtherInWindow: 0, publicChannel: false, endorsementChannel: false };
      out.set(t.personId, o);
    }
    if (o.first === undefined || t.since < o.first) o.first = t.since;
  }
  byAsOf.set(asOf, out);
  return out;
}

/**
 * The §4.2 inputs for one person, from the shared message index, their other events and their
 * ties. Cross-platform confirmation (the fourth channel type) is never counted: identity
 * resolution across platforms is not in the ledger yet.
 */
export function tieInputsFor(ledger: Ledger, asOf: number, personId: string): TieInputs {
  const a = messageIndex(ledger, asOf).alters.get(personId);
  const o = otherEvidence(ledger, asOf).get(personId);
  const composedMessagesInWindow = a ? a.sentInWindow + a.receivedInWindow : 0;
  const composedInWindow = composedMessagesInWindow + (o?.composedOtherInWindow ?? 0);
  const nWeighted = composedInWindow + ONE_CLICK_WEIGHT * (o?.oneClickInWindow ?? 0);
  const last = a ? lastExchange(a) : undefined;
  const firsts: number[] = [];
  if (a?.first !== undefined) firsts.push(a.first);
  if (o?.first !== undefined) firsts.push(o.first);
  const first = firsts.length > 0 ? Math.min(...firsts) : undefined;
  const channelTypes = (a && a.sent + a.received > 0 ? 1 : 0) + (o?.publicChannel ? 1 : 0) + (o?.endorsementChannel ? 1 : 0);
  return {
    nWeighted,
    daysSinceLastReciprocated: last === undefined ? null : (asOf - last) / DAY_MS,
    sent: a?.sentInWindow ?? 0,
    received: a?.receivedInWindow ?? 0,
    yearsKnown: first === undefined ? 0 : Math.max(0, asOf - first) / YEAR_MS,
    privateShare: composedInWindow === 0 ? 0 : (a?.privateInWindow ?? 0) / composedInWindow,
    channelTypes,
  };
}
