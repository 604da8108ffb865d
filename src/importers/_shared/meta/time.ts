/**
 * Meta timestamps: epoch seconds in most files (`timestamp`, `creation_timestamp`), epoch
 * milliseconds in messages (`timestamp_ms`). Zero means "unset" (IG threads profile: `"timestamp": 0`).
 */

// Epoch seconds beyond this (year 2286) must be milliseconds written in the wrong field.
const MAX_SECONDS = 10_000_000_000;

/** Epoch seconds → UTC ms; undefined for non-numbers, zero and negatives. */
export function fromEpochSeconds(v: unknown): number | undefined {
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) return undefined;
  return v >= MAX_SECONDS ? Math.round(v) : Math.round(v * 1000);
}

/** Epoch milliseconds → UTC ms; undefined for non-numbers, zero and negatives. */
export function fromEpochMs(v: unknown): number | undefined {
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) return undefined;
  return Math.round(v);
}
