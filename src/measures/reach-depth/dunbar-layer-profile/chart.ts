/** The layer-size chart of T1.4: the user's cumulative layers beside the published reference sizes. */
import type { ChartData } from '../../measure.ts';
import { platformName } from '../../../model/platform-name.ts';
import type { Platform } from '../../../model/types.ts';

/** Cumulative layer sizes of about 1.5 / 5 / 15 / 50 / 150 (Zhou et al. 2005 [V]; Dunbar et al. 2015 [V] for the 1.5 layer). */
export const DUNBAR_SIZES = { innermost: 1.5, L5: 5, L15: 15, L50: 50, L150: 150 } as const;
/** Cumulative layers from phone-call frequencies (Mac Carron, Kaski & Dunbar 2016) [S]; no innermost figure. */
export const MAC_CARRON_SIZES = { L5: 4.1, L15: 11, L50: 30, L150: 129 } as const;

export interface CumulativeLayers {
  readonly innermost: number;
  readonly L5: number;
  readonly L15: number;
  readonly L50: number;
  readonly L150: number;
}

const LAYERS = ['innermost', 'L5', 'L15', 'L50', 'L150'] as const;
const YOU = 'you (this export)';
const DUNBAR = 'about 1.5 / 5 / 15 / 50 / 150 (Zhou et al. 2005; Dunbar et al. 2015)';
const MAC_CARRON = 'about 4.1 / 11 / 30 / 129 from phone calls (Mac Carron et al. 2016)';

/** Bar chart: cumulative layer sizes, yours and the two reference sets, layer by layer. */
export function layerChart(you: CumulativeLayers, platform: Platform): ChartData {
  const name = platformName(platform);
  const rows: Record<string, string | number>[] = [];
  for (const layer of LAYERS) {
    rows.push({ layer, source: YOU, people: you[layer] });
    rows.push({ layer, source: DUNBAR, people: DUNBAR_SIZES[layer] });
    if (layer !== 'innermost') rows.push({ layer, source: MAC_CARRON, people: MAC_CARRON_SIZES[layer] });
  }
  return {
    kind: 'bar',
    title: `Your closeness layers on ${name}, beside the published layer sizes`,
    description: `Cumulative layer sizes from your ${name} contact: innermost ${you.innermost}, L5 ${you.L5}, L15 ${you.L15}, L50 ${you.L50}, L150 ${you.L150}; the published references are about 1.5, 5, 15, 50 and 150, and 4.1, 11, 30 and 129 from phone calls. One platform sees only part of anyone's contact, so smaller inner layers are expected.`,
    rows,
    x: 'layer',
    y: 'people',
    series: 'source',
    xTitle: 'layer (cumulative)',
    yTitle: 'people',
  };
}
