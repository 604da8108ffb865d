import { describe, expect, it } from 'vitest';
import {
  AUC_WARNING,
  COMPONENTS,
  PRIOR_WEIGHTS,
  auc,
  averageRanks,
  calibrationPopulation,
  evaluateCalibration,
  fitWeights,
  seededRandom,
  spearman,
  stratifiedSample,
  weightedScore,
  type CalibrationAlter,
  type CalibrationLabel,
  type FitRow,
  type Weights,
} from './calibration.ts';
import { tieBand, type TieBand } from './tie-strength.ts';
import { at, daysBefore, makeLedger, msg } from './test-ledger.ts';

const components = (v: number): Weights => ({ I: v, R: v, Q: v, D: v, M: v, X: v });

function alter(personId: string, S: number, extra: Partial<CalibrationAlter> = {}): CalibrationAlter {
  return { personId, name: personId, platform: 'linkedin', S, band: tieBand(S), components: components(S), ...extra };
}

/** `n` alters per band, ids prefixed with the band. */
function population(counts: Readonly<Record<TieBand, number>>): CalibrationAlter[] {
  const S: Record<TieBand, number> = { weak: 0.1, moderate: 0.4, strong: 0.8 };
  return (Object.keys(counts) as TieBand[]).flatMap((band) => Array.from({ length: counts[band] }, (_, i) => alter(`${band}-${String(i).padStart(3, '0')}`, S[band])));
}

const bandCounts = (xs: readonly CalibrationAlter[]) => ({
  weak: xs.filter((a) => a.band === 'weak').length,
  moderate: xs.filter((a) => a.band === 'moderate').length,
  strong: xs.filter((a) => a.band === 'strong').length,
});

describe('averageRanks', () => {
  it('gives tied values the mean of their positions', () => {
    expect(averageRanks([10, 20, 20, 5])).toEqual([2, 3.5, 3.5, 1]);
  });
  it('handles empty and one item', () => {
    expect(averageRanks([])).toEqual([]);
    expect(averageRanks([7])).toEqual([1]);
  });
});

describe('auc (Mann–Whitney)', () => {
  const positive = [true, true, false, false, false];
  it('is 1 for a perfect ranking', () => {
    expect(auc([0.9, 0.8, 0.3, 0.2, 0.1], positive)).toBe(1);
  });
  it('is 0 for an inverted ranking', () => {
    expect(auc([0.1, 0.2, 0.3, 0.8, 0.9], positive)).toBe(0);
  });
  it('is 0.5 when every score is the same (ties count half)', () => {
    expect(auc([0.5, 0.5, 0.5, 0.5, 0.5], positive)).toBe(0.5);
  });
  it('is about 0.5 for a random ranking', () => {
    const r = seededRandom(7);
    const scores = Array.from({ length: 4000 }, () => r());
    const labels = Array.from({ length: 4000 }, () => r() < 0.3);
    expect(auc(scores, labels)).toBeCloseTo(0.5, 1);
  });
  it('counts a tie between a positive and a negative as half (hand case)', () => {
    // Pairs: (0.8 vs 0.5) 1, (0.8 vs 0.2) 1, (0.5 vs 0.5) 0.5, (0.5 vs 0.2) 1 → 3.5 / 4.
    expect(auc([0.8, 0.5, 0.5, 0.2], [true, true, false, false])).toBe(0.875);
  });
  it('is undefined without both classes, and for no items', () => {
    expect(auc([0.2, 0.4], [true, true])).toBeUndefined();
    expect(auc([0.2, 0.4], [false, false])).toBeUndefined();
    expect(auc([], [])).toBeUndefined();
  });
});

describe('spearman', () => {
  it('is 1 for any monotone increasing relation and −1 for a decreasing one', () => {
    expect(spearman([1, 2, 3, 4], [10, 100, 1000, 10000])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1, 12);
  });
  it('matches a hand-computed case without ties: 1 − 6Σd²/(n(n²−1))', () => {
    // Ranks x 1..5, y ranks 2,1,4,3,5: Σd² = 4 → 1 − 24/120 = 0.8.
    expect(spearman([1, 2, 3, 4, 5], [20, 10, 40, 30, 50])).toBeCloseTo(0.8, 12);
  });
  it('uses average ranks for a 3-level label with ties (hand case)', () => {
    // x ranks 1..4; y = [0,0,1,2] → ranks 1.5,1.5,3,4. Deviations from 2.5: x −1.5,−.5,.5,1.5; y −1,−1,.5,1.5.
    // Σxy = 1.5+0.5+0.25+2.25 = 4.5; Σxx = 5; Σyy = 1+1+0.25+2.25 = 4.5 → 4.5/√22.5.
    expect(spearman([0.1, 0.2, 0.3, 0.4], [0, 0, 1, 2])).toBeCloseTo(4.5 / Math.sqrt(22.5), 12);
  });
  it('is undefined for fewer than two points or a constant side', () => {
    expect(spearman([], [])).toBeUndefined();
    expect(spearman([1], [2])).toBeUndefined();
    expect(spearman([1, 2, 3], [5, 5, 5])).toBeUndefined();
  });
});

describe('stratifiedSample', () => {
  it('takes 10 from each band when every band has enough', () => {
    const s = stratifiedSample(population({ weak: 200, moderate: 40, strong: 15 }), 1);
    expect(s).toHaveLength(30);
    expect(bandCounts(s)).toEqual({ weak: 10, moderate: 10, strong: 10 });
    expect(new Set(s.map((a) => a.personId)).size).toBe(30);
  });
  it('gives the places a small band cannot fill to the other bands', () => {
    const s = stratifiedSample(population({ weak: 200, moderate: 40, strong: 3 }), 1);
    expect(s).toHaveLength(30);
    expect(bandCounts(s)).toEqual({ weak: 14, moderate: 13, strong: 3 });
  });
  it('returns everyone, once, when fewer than 30 exist', () => {
    const pop = population({ weak: 5, moderate: 2, strong: 1 });
    const s = stratifiedSample(pop, 3);
    expect(s.map((a) => a.personId).sort()).toEqual(pop.map((a) => a.personId).sort());
  });
  it('handles empty, one alter and all alters in one band', () => {
    expect(stratifiedSample([], 1)).toEqual([]);
    expect(stratifiedSample([alter('x', 0.9)], 1).map((a) => a.personId)).toEqual(['x']);
    expect(bandCounts(stratifiedSample(population({ weak: 100, moderate: 0, strong: 0 }), 1))).toEqual({ weak: 30, moderate: 0, strong: 0 });
  });
  it('is deterministic for a seed, independent of input order, and differs between seeds', () => {
    const pop = population({ weak: 200, moderate: 40, strong: 15 });
    const a = stratifiedSample(pop, 42).map((x) => x.personId);
    const b = stratifiedSample([...pop].reverse(), 42).map((x) => x.personId);
    const c = stratifiedSample(pop, 43).map((x) => x.personId);
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
  });
  it('does not present the bands in order', () => {
    const s = stratifiedSample(population({ weak: 200, moderate: 40, strong: 15 }), 5);
    const bands = s.map((a) => a.band);
    expect(bands).not.toEqual([...bands].sort());
  });
});

/** Synthetic rows whose "close" label follows a planted logistic model with the given weights. */
function planted(weights: Weights, n: number, seed: number, sharpness = 30, threshold = 0.45): FitRow[] {
  const r = seededRandom(seed);
  return Array.from({ length: n }, () => {
    const c = Object.fromEntries(COMPONENTS.map((k) => [k, r()])) as unknown as Weights;
    const p = 1 / (1 + Math.exp(-sharpness * (weightedScore(c, weights) - threshold)));
    return { components: c, close: r() < p };
  });
}

describe('fitWeights', () => {
  it('recovers a planted weighting from synthetic labels', () => {
    const truth: Weights = { I: 0.4, R: 0.1, Q: 0.05, D: 0.25, M: 0, X: 0.2 };
    const fit = fitWeights(planted(truth, 4000, 11), { l2: 1e-6 });
    expect(fit.source).toBe('fitted');
    for (const c of COMPONENTS) expect(Math.abs(fit.weights[c] - truth[c])).toBeLessThan(0.04);
    expect(COMPONENTS.reduce((s, c) => s + fit.weights[c], 0)).toBeCloseTo(1, 12);
  });
  it('recovers the priors when the labels follow them', () => {
    const fit = fitWeights(planted(PRIOR_WEIGHTS, 4000, 12), { l2: 1e-6 });
    for (const c of COMPONENTS) expect(Math.abs(fit.weights[c] - PRIOR_WEIGHTS[c])).toBeLessThan(0.04);
  });
  it('clips a component that works against "close" to 0', () => {
    // Labels rise with I and fall with M.
    const r = seededRandom(3);
    const rows: FitRow[] = Array.from({ length: 400 }, () => {
      const c = Object.fromEntries(COMPONENTS.map((k) => [k, r()])) as unknown as Weights;
      return { components: c, close: c.I - c.M + 0.1 * (r() - 0.5) > 0 };
    });
    const fit = fitWeights(rows);
    expect(fit.source).toBe('fitted');
    expect(fit.weights.M).toBe(0);
    expect(fit.weights.I).toBeGreaterThan(0.5);
    if (fit.source === 'fitted') expect(fit.coefficients.M).toBeLessThan(0);
  });
  it('stays finite when 30 labels separate perfectly (the penalty holds the weights)', () => {
    const rows: FitRow[] = Array.from({ length: 30 }, (_, i) => ({ components: { ...components(0.2), R: i / 29 }, close: i >= 20 }));
    const fit = fitWeights(rows);
    expect(fit.source).toBe('fitted');
    expect(fit.weights.R).toBeCloseTo(1, 6);
  });
  it('falls back to the priors with fewer than 10 labels, or one class only', () => {
    const rows = planted(PRIOR_WEIGHTS, 9, 1);
    expect(fitWeights(rows)).toEqual({ source: 'prior', weights: PRIOR_WEIGHTS, reason: 'too-few-labels' });
    expect(fitWeights([])).toMatchObject({ source: 'prior', reason: 'too-few-labels' });
    const allClose = planted(PRIOR_WEIGHTS, 20, 1).map((r) => ({ ...r, close: true }));
    expect(fitWeights(allClose)).toEqual({ source: 'prior', weights: PRIOR_WEIGHTS, reason: 'one-class' });
  });
  it('falls back to the priors when no component points towards "close"', () => {
    const rows: FitRow[] = Array.from({ length: 20 }, (_, i) => ({ components: components(i / 19), close: i < 8 }));
    expect(fitWeights(rows)).toMatchObject({ source: 'prior', reason: 'no-positive-weight' });
  });
  it('is deterministic', () => {
    const rows = planted(PRIOR_WEIGHTS, 60, 9);
    expect(fitWeights(rows)).toEqual(fitWeights(rows));
  });
});

describe('evaluateCalibration', () => {
  const alters = [alter('a', 0.9), alter('b', 0.7), alter('c', 0.5), alter('d', 0.2), alter('e', 0.1), alter('f', 0.05)];
  it('scores only labelled alters and counts the labels', () => {
    const labels = new Map<string, CalibrationLabel>([
      ['a', 'close'],
      ['b', 'close'],
      ['c', 'acquaintance'],
      ['d', 'barely'],
      ['e', 'barely'],
    ]);
    const r = evaluateCalibration(alters, labels);
    expect(r.labelled).toBe(5);
    expect(r.counts).toEqual({ close: 2, acquaintance: 1, barely: 2 });
    expect(r.auc).toBe(1);
    // S ranks 5,4,3,2,1 against labels 2,2,1,0,0 → ranks 4.5,4.5,3,1.5,1.5.
    expect(r.spearman).toBeCloseTo(spearman([5, 4, 3, 2, 1], [2, 2, 1, 0, 0]) ?? NaN, 12);
    expect(r.poorFit).toBe(false);
    expect(r.fit).toMatchObject({ source: 'prior', reason: 'too-few-labels' });
  });
  it('flags a poor fit when the AUC is below 0.75', () => {
    const labels = new Map<string, CalibrationLabel>([
      ['a', 'barely'],
      ['b', 'barely'],
      ['e', 'close'],
      ['f', 'close'],
    ]);
    const r = evaluateCalibration(alters, labels);
    expect(r.auc).toBe(0);
    expect(r.auc).toBeLessThan(AUC_WARNING);
    expect(r.poorFit).toBe(true);
  });
  it('with no labels reports nothing measured and keeps the priors', () => {
    const r = evaluateCalibration(alters, new Map());
    expect(r).toEqual({ labelled: 0, counts: { close: 0, acquaintance: 0, barely: 0 }, poorFit: false, fit: { source: 'prior', weights: PRIOR_WEIGHTS, reason: 'too-few-labels' } });
  });
});

describe('calibrationPopulation', () => {
  const T = at('2025-06-30');
  const ledger = makeLedger({
    people: [
      { id: 'p:close', name: 'Close Friend' },
      { id: 'p:cold', name: 'Cold Caller' },
      { id: 'p:hidden' },
    ],
    connections: [{ id: 'p:close', since: daysBefore(T, 2000) }, { id: 'p:hidden', since: daysBefore(T, 100) }],
    events: [
      ...Array.from({ length: 20 }, (_, i) => msg(i % 2 === 0 ? 'out' : 'in', 'p:close', daysBefore(T, 10 + i))),
      msg('in', 'p:cold', daysBefore(T, 40)),
      // After T: neither last contact nor S may see it.
      msg('in', 'p:cold', T + 1000),
    ],
  });
  const pop = calibrationPopulation(ledger, T);
  it('lists named people only, sorted by id, with S, band and last contact', () => {
    expect(pop.map((a) => a.personId)).toEqual(['p:close', 'p:cold']);
    const [close, cold] = pop as [CalibrationAlter, CalibrationAlter];
    expect(close.band).toBe('strong');
    expect(close.lastContact).toBe(daysBefore(T, 10));
    expect(cold.band).toBe('weak');
    expect(cold.lastContact).toBe(daysBefore(T, 40));
    expect(close.S).toBeCloseTo(weightedScore(close.components, PRIOR_WEIGHTS), 12);
  });
  it('is empty for an empty ledger', () => {
    expect(calibrationPopulation(makeLedger({}), T)).toEqual([]);
  });
});
