/** T1.3 `latent_tie_share` (with `depth_ratio`): connections you have never exchanged a written message with. */
import { defineMeasure, insufficient } from '../../measure.ts';
import { messageIndex } from '../../_lib/alters.ts';
import { DAY_MS } from '../../_lib/time.ts';
import { networkSize } from '../network-size/index.ts';
import { reciprocalTiesValue } from '../reciprocal-ties-12m/index.ts';

export const MIN_CONNECTIONS = 50;
/** Connections younger than this have had no fair chance to interact [D]. */
export const GRACE_DAYS = 180;

export const latentTieShare = defineMeasure({
  meta: {
    id: 'latent_tie_share',
    codebook: 'T1.3',
    tension: 'reach-depth',
    side: 'depth',
    title: 'Connections you have never exchanged a word with',
    definition: 'Among connections made at least 180 days before the export date (or with no date), the share with no written private message in either direction, ever. depth_ratio = people you exchanged messages with this year ÷ number of connections.',
    unit: 'proportion',
    window: 'all time; connections older than 180 days',
    minimum: `${MIN_CONNECTIONS} connections`,
    requires: ['connections', 'messages'],
    platforms: ['linkedin', 'facebook', 'x'],
    references: [
      { claim: "About 40% of Facebook users' networks were latent ties (people they never communicate with), by questionnaire (n = 164); the latent-tie percentage was negatively associated with bridging social capital.", source: 'Brown & Michinov (2019)', evidence: 'V' },
    ],
    caveat: 'A colleague you see every day looks "latent" here. Latent on the platform is not the same as absent from your life.',
    question: 'Which of your latent connections are latent because you see them every day, and which because you never really knew them?',
  },
  compute(ctx) {
    const connections = ctx.ledger.ties.filter((t) => t.kind === 'connection');
    if (connections.length < MIN_CONNECTIONS) return insufficient(connections.length, MIN_CONNECTIONS, 'connections');
    const alters = messageIndex(ctx.ledger, ctx.asOf).alters;
    const cutoff = ctx.asOf - GRACE_DAYS * DAY_MS;
    const eligible = connections.filter((t) => t.since === undefined || t.since <= cutoff);
    if (eligible.length === 0) return insufficient(0, 1, `connections older than ${GRACE_DAYS} days`);
    const latent = eligible.filter((t) => {
      const a = alters.get(t.personId);
      return !a || a.sent + a.received === 0;
    }).length;
    const parts: Record<string, number> = { eligible: eligible.length, latent };
    // The depth value without recomputing its chart.
    const depth = reciprocalTiesValue(ctx);
    const reach = networkSize.compute(ctx);
    if (depth !== undefined && reach.status === 'ok' && reach.value > 0) parts.depth_ratio = depth / reach.value;
    return { status: 'ok', value: latent / eligible.length, display: `${latent} of ${eligible.length}`, parts };
  },
});
