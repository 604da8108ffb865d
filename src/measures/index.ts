/** The measure registry, in report order (tension, then side), and the one call that runs them all. */
import type { Finding, Measure, MeasureContext } from './measure.ts';
import { consumptionToCreation } from './access-overwhelm/consumption-to-creation/index.ts';
import { lateNightActivity } from './access-overwhelm/late-night-activity/index.ts';
import { dialogueShare } from './collaboration-competition/dialogue-share/index.ts';
import { givingReceivingBalance } from './collaboration-competition/giving-receiving-balance/index.ts';
import { buzzwordDensity } from './creativity-conformation/buzzword-density/index.ts';
import { defaultHeadlineMatch } from './creativity-conformation/default-headline-match/index.ts';
import { invitationPersonalisation } from './creativity-conformation/invitation-personalisation/index.ts';
import { opportunityInflow } from './independence-impact/opportunity-inflow/index.ts';
import { recommendationsReceived } from './independence-impact/recommendations-received/index.ts';
import { dormantTiePool } from './reach-depth/dormant-tie-pool/index.ts';
import { latentTieShare } from './reach-depth/latent-tie-share/index.ts';
import { networkSize } from './reach-depth/network-size/index.ts';
import { reciprocalTies12m } from './reach-depth/reciprocal-ties-12m/index.ts';

export const measures: readonly Measure[] = [
  // Reach vs Depth
  networkSize,
  reciprocalTies12m,
  latentTieShare,
  dormantTiePool,
  // Access vs Overwhelmed
  consumptionToCreation,
  lateNightActivity,
  // Creativity vs Conformation
  invitationPersonalisation,
  buzzwordDensity,
  defaultHeadlineMatch,
  // Independence vs Impact
  recommendationsReceived,
  opportunityInflow,
  // Collaboration vs Competition
  givingReceivingBalance,
  dialogueShare,
];

/** Runs every registered measure over one context, in report order. */
export function computeFindings(ctx: MeasureContext): Finding[] {
  return measures.map((m) => ({ meta: m.meta, result: m.compute(ctx) }));
}
