/**
 * One sentence per tension for the overview, derived only from the findings' statuses and values
 * against their unit: which side has data, which share stands furthest from an even split, what could
 * not be measured. It describes the export, never the person: no "too", "good", "bad" or "should".
 */
import type { Finding } from '../../measures/measure.ts';
import { formatValue } from '../format.ts';
import type { SideGroup, TensionGroup } from '../order.ts';
import { plural } from '../../plural.ts';

/** A share this far from one half (or further) is named as the one that stands out. */
export const standoutDistance = 0.25;

const computed = (g: SideGroup): readonly Finding[] => g.findings.filter((f) => f.result.status === 'ok');

/** Why a side shows nothing: its indicators are missing from the exports, too thin, or both. */
function whyMissing(g: SideGroup): string {
  if (g.findings.length === 0) return 'has no indicator here';
  const na = g.findings.filter((f) => f.result.status === 'not-available').length;
  const thin = g.findings.filter((f) => f.result.status === 'insufficient').length;
  if (na > 0 && thin === 0) return 'is not available from these exports';
  if (thin > 0 && na === 0) return 'has too little data in this export to measure';
  return 'is partly not in these exports and partly too thin to measure';
}

/** The computed share (proportion unit) furthest from one half, if any is at least `standoutDistance` away. */
export function standoutShare(findings: readonly Finding[]): Finding | undefined {
  let best: Finding | undefined;
  let bestDistance = standoutDistance;
  for (const f of findings) {
    if (f.result.status !== 'ok' || f.meta.unit !== 'proportion' || !Number.isFinite(f.result.value)) continue;
    const d = Math.abs(f.result.value - 0.5);
    // Ties keep report order, so the sentence is stable.
    if (d > bestDistance || (best === undefined && d >= bestDistance)) {
      best = f;
      bestDistance = d;
    }
  }
  return best;
}

/** The overview sentence for one tension. */
export function tensionSentence(g: TensionGroup): string {
  const [a, b] = g.sides;
  const all = [...a.findings, ...b.findings];
  if (all.length === 0) return 'No indicator for this tension was computed from these exports, so this report says nothing about it.';
  const okA = computed(a);
  const okB = computed(b);
  const missing = all.length - okA.length - okB.length;
  if (okA.length === 0 && okB.length === 0) {
    return `Neither side can be read from these exports: the ${a.side} side ${whyMissing(a)}, and the ${b.side} side ${whyMissing(b)}.`;
  }
  const parts: string[] = [];
  if (okA.length === 0 || okB.length === 0) {
    const [shown, other] = okA.length > 0 ? [a, b] : [b, a];
    parts.push(`Only the ${shown.side} side shows in these exports (${plural(computed(shown).length, 'indicator', 'indicators')}); the ${other.side} side ${whyMissing(other)}, so this is half of the picture.`);
  } else {
    parts.push(`Both sides show: ${okA.length} of ${a.findings.length} ${a.side} and ${okB.length} of ${b.findings.length} ${b.side} indicators could be measured.`);
  }
  const standout = standoutShare([...okA, ...okB]);
  if (standout !== undefined && standout.result.status === 'ok') {
    parts.push(`Of the shares measured, the one furthest from 50% is “${standout.meta.title}”: ${formatValue(standout.result.value, 'proportion')} (${standout.meta.side} side).`);
  }
  if (missing > 0 && okA.length > 0 && okB.length > 0) parts.push(`${plural(missing, 'other indicator', 'other indicators')} could not be measured.`);
  return parts.join(' ');
}
