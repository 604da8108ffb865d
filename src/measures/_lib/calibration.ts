/**
 * Calibration of tie strength S against the user's own judgement (CODEBOOK §4.5): a stratified
 * sample of alters to label, the AUC and Spearman agreement of S with the labels, and a per-user
 * re-weighting of the six components. Pure: the seed is passed in and nothing reads a clock.
 */
import type { Ledger, Platform } from '../../model/types.ts';
import { WEIGHTS, tieInputsFor, tieStrength, type TieBand } from './tie-strength.ts';

/** The user's answer for one alter (§4.5 step 2). */
export type CalibrationLabel = 'close' | 'acquaintance' | 'barely';
export const CALIBRATION_LABELS: readonly CalibrationLabel[] = ['close', 'acquaintance', 'barely'];

/** The six components of §4.2, in the order the fit uses them. */
export const COMPONENTS = ['I', 'R', 'Q', 'D', 'M', 'X'] as const;
export type Component = (typeof COMPONENTS)[number];
export type Weights = Readonly<Record<Component, number>>;

/** The CODEBOOK priors [D], the fallback whenever a fit is not possible. */
export const PRIOR_WEIGHTS: Weights = { ...WEIGHTS };

/** §4.5 step 1: 30 alters [D]. */
export const SAMPLE_SIZE = 30;
/** §4.5 step 4: below this AUC the estimate fits the user poorly [D]. */
export const AUC_WARNING = 0.75;
/** A fit on fewer labels than this is noise; the priors stay [D]. */
export const MIN_LABELS_FOR_FIT = 10;
/** L2 penalty on the mean log-loss [D]: strong enough to keep 30 labels from separating perfectly into infinite weights. */
export const DEFAULT_L2 = 0.01;

/** One person as the calibration sees them: what to show and what S says. */
export interface CalibrationAlter {
  readonly personId: string;
  readonly name: string;
  readonly platform: Platform;
  /** Latest dated event with the person up to T; absent when there is none. */
  readonly lastContact?: number;
  readonly S: number;
  readonly band: TieBand;
  readonly components: Weights;
}

/** Every person the user could judge, with S as of `asOf`, sorted by person id. People without a name or handle are left out: nobody can label a blank. */
export function calibrationPopulation(ledger: Ledger, asOf: number): CalibrationAlter[] {
  const last = new Map<string, number>();
  for (const e of ledger.events) {
    if (e.at === undefined || e.at > asOf || !e.personIds) continue;
    for (const id of e.personIds) if ((last.get(id) ?? -Infinity) < e.at) last.set(id, e.at);
  }
  const out: CalibrationAlter[] = [];
  for (const p of ledger.people.values()) {
    const name = p.name ?? p.handle;
    if (!name) continue;
    const t = tieStrength(tieInputsFor(ledger, asOf, p.id));
    const lastContact = last.get(p.id);
    out.push({
      personId: p.id,
      name,
      platform: p.platform,
      ...(lastContact !== undefined ? { lastContact } : {}),
      S: t.S,
      band: t.band,
      components: { I: t.I, R: t.R, Q: t.Q, D: t.D, M: t.M, X: t.X },
    });
  }
  return out.sort((a, b) => (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0));
}

/** A small seeded generator (mulberry32): the same seed gives the same sample on every machine. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(xs: readonly T[], random: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const BANDS: readonly TieBand[] = ['weak', 'moderate', 'strong'];

/**
 * Up to `size` alters, an equal share from each S band; a band with too few members gives its
 * unused places to the others. Deterministic given the seed, whatever the input order. The result
 * is shuffled so the user never sees the bands in order (which would hint at what S thinks).
 */
export function stratifiedSample<T extends { readonly personId: string; readonly band: TieBand }>(alters: readonly T[], seed: number, size = SAMPLE_SIZE): T[] {
  const random = seededRandom(seed);
  const byId = [...alters].sort((a, b) => (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0));
  const pools = BANDS.map((band) => shuffled(byId.filter((a) => a.band === band), random));
  const quota = BANDS.map(() => 0);
  let left = Math.min(size, byId.length);
  // Hand out places one at a time, round-robin, so leftovers go to bands that still have people.
  while (left > 0) {
    for (let b = 0; b < BANDS.length && left > 0; b++) {
      if ((quota[b] ?? 0) < (pools[b]?.length ?? 0)) {
        quota[b] = (quota[b] ?? 0) + 1;
        left -= 1;
      }
    }
  }
  const picked = pools.flatMap((pool, b) => pool.slice(0, quota[b] ?? 0));
  return shuffled(picked, random);
}

/** Average (1-based) ranks, ties sharing the mean of their positions. */
export function averageRanks(xs: readonly number[]): number[] {
  const order = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
  const ranks = new Array<number>(xs.length).fill(0);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]?.[0] === order[i]?.[0]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]?.[1] ?? 0] = rank;
    i = j + 1;
  }
  return ranks;
}

/** Mann–Whitney AUC: the chance that a random positive scores above a random negative, ties counted half; undefined without both classes. */
export function auc(scores: readonly number[], positive: readonly boolean[]): number | undefined {
  const ranks = averageRanks(scores);
  let nPos = 0;
  let rankSum = 0;
  ranks.forEach((r, i) => {
    if (positive[i]) {
      nPos += 1;
      rankSum += r;
    }
  });
  const nNeg = scores.length - nPos;
  if (nPos === 0 || nNeg === 0) return undefined;
  return (rankSum - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}

/** Spearman's rho (Pearson on average ranks); undefined with fewer than two points or a constant side. */
export function spearman(xs: readonly number[], ys: readonly number[]): number | undefined {
  const n = Math.min(xs.length, ys.length);
  if (n < 2) return undefined;
  const rx = averageRanks(xs.slice(0, n));
  const ry = averageRanks(ys.slice(0, n));
  const mean = (n + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (rx[i] ?? 0) - mean;
    const dy = (ry[i] ?? 0) - mean;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return undefined;
  return sxy / Math.sqrt(sxx * syy);
}

/** One labelled observation for the fit. */
export interface FitRow {
  readonly components: Weights;
  readonly close: boolean;
}

export interface FitOptions {
  /** L2 penalty on the six coefficients (not the intercept), per observation. */
  readonly l2?: number;
  readonly maxIterations?: number;
}

/** Per-user weights: fitted, or the priors with the reason a fit was not possible. */
export type FittedWeights =
  | { readonly source: 'fitted'; readonly weights: Weights; readonly coefficients: Weights; readonly intercept: number }
  | { readonly source: 'prior'; readonly weights: Weights; readonly reason: 'too-few-labels' | 'one-class' | 'no-positive-weight' | 'no-convergence' };

/** Solves A·x = b by Gaussian elimination with partial pivoting; undefined when A is singular. */
function solve(a: number[][], b: number[]): number[] | undefined {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]?.[c] ?? 0) > Math.abs(m[p]?.[c] ?? 0)) p = r;
    const pivotRow = m[p] as number[];
    if (Math.abs(pivotRow[c] ?? 0) < 1e-12) return undefined;
    [m[c], m[p]] = [pivotRow, m[c] as number[]];
    const row = m[c] as number[];
    for (let r = c + 1; r < n; r++) {
      const other = m[r] as number[];
      const f = (other[c] ?? 0) / (row[c] ?? 1);
      for (let k = c; k <= n; k++) other[k] = (other[k] ?? 0) - f * (row[k] ?? 0);
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    const row = m[r] as number[];
    let s = row[n] ?? 0;
    for (let k = r + 1; k < n; k++) s -= (row[k] ?? 0) * (x[k] ?? 0);
    x[r] = s / (row[r] ?? 1);
  }
  return x;
}

const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/**
 * L2-penalised logistic regression of "close" on the six components, fitted by Newton steps
 * (IRLS). The coefficients are clipped at 0 and normalised to sum 1, so they read like the priors;
 * the priors come back whenever the labels cannot support a fit.
 */
export function fitWeights(rows: readonly FitRow[], options: FitOptions = {}): FittedWeights {
  const prior = (reason: Extract<FittedWeights, { source: 'prior' }>['reason']): FittedWeights => ({ source: 'prior', weights: PRIOR_WEIGHTS, reason });
  if (rows.length < MIN_LABELS_FOR_FIT) return prior('too-few-labels');
  const positives = rows.filter((r) => r.close).length;
  if (positives === 0 || positives === rows.length) return prior('one-class');
  const l2 = options.l2 ?? DEFAULT_L2;
  const maxIterations = options.maxIterations ?? 100;
  const k = COMPONENTS.length + 1; // the intercept is the last coefficient
  const xs = rows.map((r) => [...COMPONENTS.map((c) => r.components[c]), 1]);
  const n = rows.length;
  let beta = new Array<number>(k).fill(0);
  let converged = false;
  for (let it = 0; it < maxIterations && !converged; it++) {
    const grad = new Array<number>(k).fill(0);
    const hess = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    xs.forEach((x, i) => {
      const p = sigmoid(x.reduce((s, v, j) => s + v * (beta[j] ?? 0), 0));
      const y = rows[i]?.close ? 1 : 0;
      const w = p * (1 - p);
      for (let a = 0; a < k; a++) {
        grad[a] = (grad[a] ?? 0) + ((p - y) * (x[a] ?? 0)) / n;
        const ha = hess[a] as number[];
        for (let b = 0; b < k; b++) ha[b] = (ha[b] ?? 0) + (w * (x[a] ?? 0) * (x[b] ?? 0)) / n;
      }
    });
    for (let a = 0; a < k; a++) {
      // A tiny ridge on the intercept keeps the system solvable when every prediction saturates.
      const penalty = a < k - 1 ? l2 : 1e-9;
      grad[a] = (grad[a] ?? 0) + penalty * (beta[a] ?? 0);
      (hess[a] as number[])[a] = ((hess[a] as number[])[a] ?? 0) + penalty;
    }
    const step = solve(hess, grad);
    if (!step) break;
    beta = beta.map((v, j) => v - (step[j] ?? 0));
    converged = Math.max(...step.map(Math.abs)) < 1e-10;
  }
  if (!converged || beta.some((v) => !Number.isFinite(v))) return prior('no-convergence');
  const coefficients = Object.fromEntries(COMPONENTS.map((c, j) => [c, beta[j] ?? 0])) as Record<Component, number>;
  const clipped = COMPONENTS.map((c) => Math.max(0, coefficients[c]));
  const total = clipped.reduce((s, v) => s + v, 0);
  if (!(total > 0)) return prior('no-positive-weight');
  const weights = Object.fromEntries(COMPONENTS.map((c, j) => [c, (clipped[j] ?? 0) / total])) as Record<Component, number>;
  return { source: 'fitted', weights, coefficients, intercept: beta[k - 1] ?? 0 };
}

/** S under another set of weights. */
export function weightedScore(components: Weights, weights: Weights): number {
  return COMPONENTS.reduce((s, c) => s + weights[c] * components[c], 0);
}

/** The ordinal value of a label for the Spearman correlation: close 2, acquaintance 1, barely 0. */
export function labelRank(label: CalibrationLabel): number {
  return label === 'close' ? 2 : label === 'acquaintance' ? 1 : 0;
}

/** What the calibration found on the labelled alters (§4.5 steps 3–4). */
export interface CalibrationResult {
  readonly labelled: number;
  readonly counts: Readonly<Record<CalibrationLabel, number>>;
  /** AUC of S for "close" against the rest; undefined without both. */
  readonly auc?: number;
  /** Spearman correlation of S with the 3-level label. */
  readonly spearman?: number;
  /** AUC < 0.75: S fits this user poorly. */
  readonly poorFit: boolean;
  readonly fit: FittedWeights;
  /** AUC of S under the fitted weights, on the same labels (optimistic: the weights were fitted to them). */
  readonly refittedAuc?: number;
}

/** AUC, Spearman and re-weighting over the alters that carry a label; unlabelled alters are ignored. */
export function evaluateCalibration(alters: readonly CalibrationAlter[], labels: ReadonlyMap<string, CalibrationLabel>, options: FitOptions = {}): CalibrationResult {
  const rows = alters.flatMap((a) => {
    const label = labels.get(a.personId);
    return label === undefined ? [] : [{ alter: a, label }];
  });
  const counts: Record<CalibrationLabel, number> = { close: 0, acquaintance: 0, barely: 0 };
  for (const r of rows) counts[r.label] += 1;
  const scores = rows.map((r) => r.alter.S);
  const close = rows.map((r) => r.label === 'close');
  const a = auc(scores, close);
  const rho = spearman(scores, rows.map((r) => labelRank(r.label)));
  const fit = fitWeights(rows.map((r) => ({ components: r.alter.components, close: r.label === 'close' })), options);
  const refittedAuc = fit.source === 'fitted' ? auc(rows.map((r) => weightedScore(r.alter.components, fit.weights)), close) : undefined;
  return {
    labelled: rows.length,
    counts,
    ...(a !== undefined ? { auc: a } : {}),
    ...(rho !== undefined ? { spearman: rho } : {}),
    poorFit: a !== undefined && a < AUC_WARNING,
    fit,
    ...(refittedAuc !== undefined ? { refittedAuc } : {}),
  };
}
