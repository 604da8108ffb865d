/** T1.3 `latent_tie_share` (with `depth_ratio`): connections you have never exchanged a written message with. */
import { defineMeasure, insufficient } from '../../measure.ts';
import { messageIndex } from '../../_lib/alters.ts';
import { DAY_MS } from '../../_lib/time.ts';
import type { Ledger, Platform } from '../../../model/types.ts';
import { busiestPlatform, headlineNote, inPlatformOrder, notesPart } from '../../_lib/by-platform.ts';
import { networkSize } from '../network-size/index.ts';
import { reciprocalTiesValue } from '../reciprocal-ties-12m/index.ts';

export const MIN_CONNECTIONS = 50;
/** Connections younger than this have had no fair chance to interact [D]. */
export const GRACE_DAYS = 180;

/** A person the user is tied to, and since when (undefined when the export gives no date). */
interface Candidate {
  readonly personId: string;
  readonly since?: number;
}

/**
 * The ties T1.3 asks about, per platform: connections (LinkedIn) and friends (Facebook); on a
 * platform with neither, mutual follows (X: following ∩ followers), dated by the later follow.
 */
export function latentCandidates(ledger: Ledger): Map<Platform, Candidate[]> {
  const direct = new Map<Platform, Candidate[]>();
  const follows = new Map<Platform, Map<string, number | undefined>>();
  const followers = new Map<Platform, Map<string, number | undefined>>();
  for (const t of ledger.ties) {
    if (t.kind === 'connection' || t.kind === 'friend') {
      const list = direct.get(t.platform) ?? [];
      list.push({ personId: t.personId, ...(t.since !== undefined ? { since: t.since } : {}) });
      direct.set(t.platform, list);
    } else {
      const m = t.kind === 'follows' ? follows : followers;
      const byId = m.get(t.platform) ?? new Map<string, number | undefined>();
      byId.set(t.personId, t.since);
      m.set(t.platform, byId);
    }
  }
  for (const [p, f] of follows) {
    const back = followers.get(p);
    if (direct.has(p) || !back) continue;
    const mutual: Candidate[] = [];
    for (const [id, since] of f) {
      if (!back.has(id)) continue;
      const other = back.get(id);
      const later = since === undefined || other === undefined ? undefined : Math.max(since, other);
      mutual.push({ personId: id, ...(later !== undefined ? { since: later } : {}) });
    }
    direct.set(p, mutual);
  }
  return direct;
}

export const latentTieShare = defineMeasure({
  meta: {
    id: 'latent_tie_share',
    codebook: 'T1.3',
    tension: 'reach-depth',
    side: 'depth',
    title: 'Connections you have never exchanged a word with',
    definition: 'Among connections (Facebook: friends; X: mutual follows) made at least 180 days before the export date (or with no date), the share with no written private message in either direction, ever. Per platform; the headline is the platform with the most. depth_ratio = people you exchanged messages with this year ÷ number of connections.',
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
    const candidates = latentCandidates(ctx.ledger);
    const sizes = new Map<Platform, number>([...candidates].map(([p, l]) => [p, l.length]));
    const headline = busiestPlatform(sizes);
    const n = headline === undefined ? 0 : (sizes.get(headline) ?? 0);
    if (headline === undefined || n < MIN_CONNECTIONS) return insufficient(n, MIN_CONNECTIONS, 'connections');
    const alters = messageIndex(ctx.ledger, ctx.asOf).alters;
    const cutoff = ctx.asOf - GRACE_DAYS * DAY_MS;
    const count = (list: readonly Candidate[]): { eligible: number; latent: number } => {
      let eligible = 0;
      let latent = 0;
      for (const t of list) {
        if (t.since !== undefined && t.since > cutoff) continue;
        eligible += 1;
        const a = alters.get(t.personId);
        if (!a || a.sent + a.received === 0) latent += 1;
      }
      return { eligible, latent };
    };
    const { eligible, latent } = count(candidates.get(headline) ?? []);
    if (eligible === 0) return insufficient(0, 1, `connections older than ${GRACE_DAYS} days`);
    const shares = new Map<Platform, number>();
    for (const [p, list] of candidates) {
      if (list.length < MIN_CONNECTIONS) continue;
      const c = count(list);
      if (c.eligible > 0) shares.set(p, c.latent / c.eligible);
    }
    const parts: Record<string, number> = { eligible, latent };
    // The depth value without recomputing its chart.
    const depth = reciprocalTiesValue(ctx);
    const reach = networkSize.compute(ctx);
    if (depth !== undefined && reach.status === 'ok' && reach.value > 0) parts.depth_ratio = depth / reach.value;
    return { status: 'ok', value: latent / eligible, display: `${latent} of ${eligible}`, parts, byPlatform: inPlatformOrder(shares), ...notesPart(headlineNote(headline, shares)) };
  },
});
