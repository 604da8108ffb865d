/**
 * The planted values, one rule per measure of measure-contract.md, read from what the kit counted
 * while it generated. Minimum-data rules give 'insufficient'; a missing file gives 'not-available'.
 */
import { DAY_MS, type Planted } from '../spec.ts';
import type { KitState } from './kit.ts';

const exact = (value: number): Planted => ({ value, tolerance: 1e-9 });

/** depth_reciprocal_ties_12m: people with a 1:1 reciprocated exchange wholly in W; minimum 20 composed messages in W. */
export function plantedDepth(s: KitState): Planted {
  return s.counts.composedW >= 20 ? s.reciprocal1to1W.size : 'insufficient';
}

/** latent_tie_share: eligible connections (since ≤ T − 180 days) with no composed message ever; minimum 50 connections. */
export function plantedLatent(s: KitState): Planted {
  if (s.connections.length < 50) return 'insufficient';
  const eligible = s.connections.filter((x) => x.connectedOn <= s.T - 180 * DAY_MS);
  if (eligible.length === 0) return 'insufficient';
  return exact(eligible.filter((x) => !s.stats.has(x.person)).length / eligible.length);
}

/** dormant_tie_pool: ≥ 10 messages, reciprocated once, silent for 1,095 days; insufficient with a shorter history. */
export function plantedDormant(s: KitState): Planted {
  const limit = s.T - 1095 * DAY_MS;
  let earliest = Infinity;
  for (const p of s.stats.values()) earliest = Math.min(earliest, p.first);
  if (!(earliest <= limit)) return 'insufficient';
  let n = 0;
  for (const p of s.stats.values()) if (p.count >= 10 && p.reciprocatedEver && p.last <= limit) n++;
  return n;
}

/** consumption_to_creation_ratio: C / max(1, P) in W; minimum C + P ≥ 30; not available without Reactions.csv. */
export function plantedConsumption(s: KitState, hasReactionsFile: boolean): Planted {
  if (!hasReactionsFile) return 'not-available';
  const { reactionsW: c, createdW: p } = s.counts;
  return c + p < 30 ? 'insufficient' : exact(c / Math.max(1, p));
}

/** late_night_activity_share: share of out actions in W at 23:00–04:59 UTC; minimum 50 actions. */
export function plantedLateNight(s: KitState): Planted {
  return s.counts.actionsW >= 50 ? exact(s.counts.lateW / s.counts.actionsW) : 'insufficient';
}

/** invitation_personalisation_rate: outgoing invitations with a note; minimum 10. */
export function plantedInvitations(s: KitState): Planted {
  return s.counts.invitationsOut >= 10 ? exact(s.counts.invitationsOutWithNote / s.counts.invitationsOut) : 'insufficient';
}

/** recommendations_received: VISIBLE received recommendations, all time (0 is a value). */
export function plantedRecommendationsReceived(s: KitState): Planted {
  return s.recommendationsReceived.filter((r) => r.status.toUpperCase() === 'VISIBLE').length;
}

/** opportunity_inflow: inbound opportunity messages in W; minimum 20 inbound messages in W. */
export function plantedOpportunity(s: KitState): Planted {
  return s.counts.inboundW >= 20 ? s.counts.opportunityW : 'insufficient';
}

/** giving_receiving_balance: G / (G + R) over endorsements and recommendations; minimum G + R ≥ 5. */
export function plantedGiving(s: KitState): Planted {
  const g = s.endorsementsGiven.length + s.recommendationsGiven.length;
  const r = s.endorsementsReceived.length + s.recommendationsReceived.length;
  return g + r >= 5 ? exact(g / (g + r)) : 'insufficient';
}

/** dialogue_share: (comments + @-mention posts) ÷ (those + other posts) in W; minimum 20 items. */
export function plantedDialogue(s: KitState): Planted {
  const items = s.counts.dialogicW + s.counts.broadcastW;
  return items >= 20 ? exact(s.counts.dialogicW / items) : 'insufficient';
}
