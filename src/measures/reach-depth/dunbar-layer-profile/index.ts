/** T1.4 `dunbar_layer_profile`: how your contacts spread across Dunbar's closeness layers (CODEBOOK §5). */
import { defineMeasure, insufficient } from '../../measure.ts';
import type { Ledger, Platform } from '../../../model/types.ts';
import { messageIndex } from '../../_lib/alters.ts';
import { busiestPlatform, headlineNote, inPlatformOrder } from '../../_lib/by-platform.ts';
import { assignLayer, contactIndex, type LayerLabel } from '../../_lib/layers.ts';
import { tieInputsFor, tieStrength } from '../../_lib/tie-strength.ts';
import { MIN_PAST_MESSAGES } from '../dormant-tie-pool/index.ts';
import { layerChart, type CumulativeLayers } from './chart.ts';

/** Minimum: 30 alters with at least one composed event ever (CODEBOOK T1.4). */
export const MIN_ALTERS = 30;
/** The innermost layer (≈1.5, Dunbar et al. 2015) is the top 1–2 of L5 by tie strength: at most 2 [D]. */
export const INNERMOST_MAX = 2;

/** One alter as the layer profile sees them. */
interface Placed {
  readonly personId: string;
  readonly layer: LayerLabel;
  readonly contactDays: number;
}

/** Layer counts of one platform. */
export interface LayerProfile {
  readonly platform: Platform;
  readonly alters: readonly Placed[];
  readonly counts: Readonly<Record<LayerLabel, number>>;
  readonly cumulative: CumulativeLayers;
  /** Connections on the platform with no composed event ever. */
  readonly latent: number;
}

function byS(ledger: Ledger, asOf: number, ids: readonly string[]): string[] {
  const s = new Map(ids.map((id) => [id, tieStrength(tieInputsFor(ledger, asOf, id)).S]));
  return [...ids].sort((a, b) => (s.get(b) ?? 0) - (s.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
}

/** Frequency-rule layers (§5.1) of every alter with a composed event, per platform, in platform order. */
export function layerProfiles(ledger: Ledger, asOf: number, timeZone: string): LayerProfile[] {
  const contacts = contactIndex(ledger, asOf, timeZone);
  const idx = messageIndex(ledger, asOf);
  const groups = new Map<Platform, Placed[]>();
  for (const [personId, c] of contacts) {
    if (c.composedEver === 0) continue;
    const platform = ledger.people.get(personId)?.platform ?? c.platform;
    const a = idx.alters.get(personId);
    const layer = assignLayer(
      {
        contactDays: c.contactDays,
        reciprocatedInWindow: a !== undefined && (a.oneToOne.inWindow || a.group.inWindow),
        ...(c.lastComposed !== undefined ? { lastComposed: c.lastComposed } : {}),
        onceReal: a !== undefined && a.sent + a.received >= MIN_PAST_MESSAGES && (a.oneToOne.ever || a.group.ever),
      },
      asOf,
    );
    let list = groups.get(platform);
    if (!list) {
      list = [];
      groups.set(platform, list);
    }
    list.push({ personId, layer, contactDays: c.contactDays });
  }
  const latentBy = new Map<Platform, Set<string>>();
  for (const t of ledger.ties) {
    if ((t.kind !== 'connection' && t.kind !== 'friend') || (t.since !== undefined && t.since > asOf)) continue;
    if ((contacts.get(t.personId)?.composedEver ?? 0) > 0) continue;
    let s = latentBy.get(t.platform);
    if (!s) {
      s = new Set();
      latentBy.set(t.platform, s);
    }
    s.add(t.personId);
  }
  return [...groups]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([platform, alters]) => {
      const counts: Record<LayerLabel, number> = { L5: 0, L15: 0, L50: 0, L150: 0, dormant: 0, lapsed: 0, unplaced: 0 };
      for (const x of alters) counts[x.layer] += 1;
      const L5 = counts.L5;
      const L15 = L5 + counts.L15;
      const L50 = L15 + counts.L50;
      const L150 = L50 + counts.L150;
      return { platform, alters, counts, cumulative: { innermost: Math.min(INNERMOST_MAX, L5), L5, L15, L50, L150 }, latent: latentBy.get(platform)?.size ?? 0 };
    });
}

const CUMULATIVE: readonly (readonly [keyof CumulativeLayers, readonly LayerLabel[]])[] = [
  ['L5', ['L5']],
  ['L15', ['L5', 'L15']],
  ['L50', ['L5', 'L15', 'L50']],
  ['L150', ['L5', 'L15', 'L50', 'L150']],
];

export const dunbarLayerProfile = defineMeasure({
  meta: {
    id: 'dunbar_layer_profile',
    codebook: 'T1.4',
    tension: 'reach-depth',
    side: 'depth',
    title: 'How your contacts distribute across closeness layers',
    definition:
      'Each person you exchanged written words with is placed by contact days in the 365 days before the export date (local calendar days in your time zone): L5 = a reciprocated exchange in the window and contact on at least 52 days, L15 at least 12, L50 at least 2, L150 any contact day; otherwise dormant (once a real tie, silent for 3 years), lapsed (last contact 1–3 years ago) or unplaced. The headline is the cumulative L15, the "sympathy group"; the innermost layer is the top 1–2 of L5 by tie strength. Counted per platform.',
    unit: 'count',
    window: '365 days before the export date (layers); all time (dormant, lapsed, latent)',
    minimum: `${MIN_ALTERS} people with at least one written exchange ever, on one platform`,
    requires: ['messages'],
    platforms: ['linkedin', 'x', 'facebook', 'instagram'],
    references: [
      { claim: 'Offline personal networks form layers of about 5, 15, 50 and 150 people, each about three times the size of the one inside it.', source: 'Zhou et al. (2005)', evidence: 'V' },
      { claim: 'Online ego networks from two Facebook datasets and one Twitter dataset (more than 185,000 egos) show the same layers and contact frequencies as offline ones, plus an innermost layer of about 1.5.', source: 'Dunbar, Arnaboldi, Conti & Passarella (2015)', evidence: 'V' },
      { claim: 'Clustering phone-call frequencies gave cumulative layers of about 4.1, 11, 30 and 129, with large variability in the middle layers.', source: 'Mac Carron, Kaski & Dunbar (2016)', evidence: 'S' },
      { claim: 'The support clique is typically contacted at least weekly and the sympathy group at least monthly.', source: 'Dunbar (2018)', evidence: 'S' },
      { claim: 'Contact at least about once a year defines the active network of about 150.', source: 'Hill & Dunbar (2003)', evidence: 'S' },
      { claim: 'The thresholds of 52, 12, 2 and 1 contact days a year are this codebook\'s reading of "weekly", "monthly", "twice a year" and "yearly"; the twice-a-year rate for the 50 layer is not confirmed.', source: 'CODEBOOK §5.1', evidence: 'D' },
    ],
    caveat: 'Family and partners often appear in an outer layer, or nowhere, because you talk to them offline. Layers measure contact, not care.',
    question: 'Does the inner circle shown here match the people you would name yourself? Who is missing, and where do you talk to them instead?',
  },
  compute(ctx) {
    const { ledger, asOf } = ctx;
    const profiles = layerProfiles(ledger, asOf, ctx.options.timeZone);
    // The headline platform is the one with the most alters (ties: the model's platform order).
    const sizes = new Map(profiles.map((p) => [p.platform, p.alters.length] as const));
    const busiest = busiestPlatform(sizes);
    const main = profiles.find((p) => p.platform === busiest);
    const have = main?.alters.length ?? 0;
    if (!main || have < MIN_ALTERS) return insufficient(have, MIN_ALTERS, 'people with a written exchange');
    const c = main.cumulative;
    const inLayer = (labels: readonly LayerLabel[]) => main.alters.filter((a) => labels.includes(a.layer)).map((a) => a.personId);
    const rankedL5 = byS(ledger, asOf, inLayer(['L5']));
    const parts: Record<string, number> = {
      innermost: c.innermost,
      l5: c.L5,
      l15: c.L15,
      l50: c.L50,
      l150: c.L150,
      dormant: main.counts.dormant,
      lapsed: main.counts.lapsed,
      unplaced: main.counts.unplaced,
      latent: main.latent,
      alters: have,
    };
    // Observed scaling between successive cumulative layers (reference about 3).
    if (c.L5 > 0) parts.ratio_l15_l5 = c.L15 / c.L5;
    if (c.L15 > 0) parts.ratio_l50_l15 = c.L50 / c.L15;
    if (c.L50 > 0) parts.ratio_l150_l50 = c.L150 / c.L50;
    // §5.2 cross-check: of each frequency layer's m people, the share also among the top m by tie strength.
    const rankedAll = byS(ledger, asOf, main.alters.map((a) => a.personId));
    for (const [name, labels] of CUMULATIVE) {
      const members = new Set(inLayer(labels));
      if (members.size === 0) continue;
      const top = rankedAll.slice(0, members.size);
      parts[`rank_agreement_${name.toLowerCase()}`] = top.filter((id) => members.has(id)).length / members.size;
    }
    const innermost = new Set(rankedL5.slice(0, INNERMOST_MAX));
    const close = main.alters
      .filter((a) => a.layer === 'L5' || a.layer === 'L15')
      .sort((a, b) => b.contactDays - a.contactDays || (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0));
    const items = close.map((a) => {
      const p = ledger.people.get(a.personId);
      return { name: p?.name ?? p?.handle ?? a.personId, layer: innermost.has(a.personId) ? 'innermost' : a.layer, contact_days: a.contactDays };
    });
    const notes = ['Layers describe in-platform contact only: most people show small inner layers here, because most contact happens elsewhere.'];
    notes.push(...headlineNote(main.platform, sizes));
    return {
      status: 'ok',
      value: c.L15,
      display: `${c.L5} · ${c.L15} · ${c.L50} · ${c.L150} (L5 · L15 · L50 · L150)`,
      parts,
      byPlatform: inPlatformOrder(new Map(profiles.map((p) => [p.platform, p.cumulative.L15] as const))),
      items,
      charts: [layerChart(c, main.platform)],
      notes,
    };
  },
});
