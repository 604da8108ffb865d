/** The measure registry, in report order (tension, then side), and the one call that runs them all. */
import type { Finding, Measure, MeasureContext } from './measure.ts';
import { checkingFrequency } from './access-overwhelm/checking-frequency/index.ts';
import { consumptionToCreation } from './access-overwhelm/consumption-to-creation/index.ts';
import { followedSourcesLoad } from './access-overwhelm/followed-sources-load/index.ts';
import { lateNightActivity } from './access-overwhelm/late-night-activity/index.ts';
import { learningFollowThrough } from './access-overwhelm/learning-follow-through/index.ts';
import { sourceDiversity } from './access-overwhelm/source-diversity/index.ts';
import { amplifyOthersShare } from './collaboration-competition/amplify-others-share/index.ts';
import { composedShare } from './collaboration-competition/composed-share/index.ts';
import { connectionAccumulationBursts } from './collaboration-competition/connection-accumulation-bursts/index.ts';
import { dialogueShare } from './collaboration-competition/dialogue-share/index.ts';
import { givingReceivingBalance } from './collaboration-competition/giving-receiving-balance/index.ts';
import { selfPromotionShare } from './collaboration-competition/self-promotion-share/index.ts';
import { buzzwordDensity } from './creativity-conformation/buzzword-density/index.ts';
import { defaultHeadlineMatch } from './creativity-conformation/default-headline-match/index.ts';
import { invitationPersonalisation } from './creativity-conformation/invitation-personalisation/index.ts';
import { lexicalDiversityMtld } from './creativity-conformation/lexical-diversity-mtld/index.ts';
import { selfSimilarity } from './creativity-conformation/self-similarity/index.ts';
import { templatePhraseRate } from './creativity-conformation/template-phrase-rate/index.ts';
import { jobSearchConversion } from './independence-impact/job-search-conversion/index.ts';
import { networkAdjacentMoves } from './independence-impact/network-adjacent-moves/index.ts';
import { networkMobilisation } from './independence-impact/network-mobilisation/index.ts';
import { opportunityInflow } from './independence-impact/opportunity-inflow/index.ts';
import { professionalContentShare } from './independence-impact/professional-content-share/index.ts';
import { recommendationsReceived } from './independence-impact/recommendations-received/index.ts';
import { dormantTiePool } from './reach-depth/dormant-tie-pool/index.ts';
import { dunbarLayerProfile } from './reach-depth/dunbar-layer-profile/index.ts';
import { employerConcentration } from './reach-depth/employer-concentration/index.ts';
import { latentTieShare } from './reach-depth/latent-tie-share/index.ts';
import { networkSize } from './reach-depth/network-size/index.ts';
import { reciprocalTies12m } from './reach-depth/reciprocal-ties-12m/index.ts';

export const measures: readonly Measure[] = [
  // Reach vs Depth
  networkSize,
  employerConcentration,
  reciprocalTies12m,
  latentTieShare,
  dunbarLayerProfile,
  dormantTiePool,
  // Access vs Overwhelmed
  learningFollowThrough,
  sourceDiversity,
  consumptionToCreation,
  followedSourcesLoad,
  lateNightActivity,
  checkingFrequency,
  // Creativity vs Conformation
  lexicalDiversityMtld,
  invitationPersonalisation,
  buzzwordDensity,
  templatePhraseRate,
  defaultHeadlineMatch,
  selfSimilarity,
  // Independence vs Impact
  professionalContentShare,
  recommendationsReceived,
  opportunityInflow,
  networkMobilisation,
  jobSearchConversion,
  networkAdjacentMoves,
  // Collaboration vs Competition
  givingReceivingBalance,
  composedShare,
  dialogueShare,
  amplifyOthersShare,
  selfPromotionShare,
  connectionAccumulationBursts,
];

/** Runs every registered measure over one context, in report order; `onFinding` sees each as soon as it is computed. */
export function computeFindings(ctx: MeasureContext, onFinding?: (f: Finding) => void): Finding[] {
  return measures.map((m) => {
    const f = { meta: m.meta, result: m.compute(ctx) };
    onFinding?.(f);
    return f;
  });
}
