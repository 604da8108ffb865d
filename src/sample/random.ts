/**
 * A small seeded PRNG (mulberry32 over a splitmix32-scrambled seed) and the helpers the personas
 * need. Deterministic by construction: the same seed always yields the same sequence, on any runtime.
 */

export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element, uniformly. Throws on an empty list (a generator bug, not bad data). */
  pick<T>(items: readonly T[]): T;
  /** One element with probability proportional to its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** A new array with the items in random order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** Roughly normal (sum of four uniforms), clamped to [min, max]. */
  normal(mean: number, sd: number, min?: number, max?: number): number;
  /** An independent stream derived from this one and a label, so adding draws in one place does not shift another. */
  fork(label: string): Rng;
}

/** Hashes a string to a 32-bit seed (FNV-1a): seeds may be given as text. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function splitmix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** Creates a seeded generator; a string seed is hashed first. */
export function createRng(seed: number | string): Rng {
  const base = typeof seed === 'string' ? hashSeed(seed) : seed >>> 0;
  let state = splitmix32(base);
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
    weighted<T>(items: readonly (readonly [T, number])[]): T {
      const total = items.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [item, w] of items) {
        r -= w;
        if (r < 0) return item;
      }
      const last = items[items.length - 1];
      if (!last) throw new Error('weighted pick from an empty list');
      return last[0];
    },
    shuffle<T>(items: readonly T[]): T[] {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const tmp = out[i] as T;
        out[i] = out[j] as T;
        out[j] = tmp;
      }
      return out;
    },
    normal(mean, sd, min = -Infinity, max = Infinity) {
      const z = (next() + next() + next() + next() - 2) * Math.sqrt(3);
      return Math.min(max, Math.max(min, mean + sd * z));
    },
    fork: (label) => createRng((hashSeed(label) ^ Math.floor(next() * 4294967296)) >>> 0),
  };
  return rng;
}
