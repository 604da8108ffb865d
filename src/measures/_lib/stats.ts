/** Small numeric helpers for measures. */

/** Median of `xs`, or undefined for an empty list. */
export function median(xs: readonly number[]): number | undefined {
  if (xs.length === 0) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Rounds to `digits` decimals (for chart rows and descriptions, never for values). */
export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Formats a share 0–1 as a whole percentage, e.g. "42%". */
export function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}
