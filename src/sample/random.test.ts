import { describe, expect, it } from 'vitest';
import { createRng, hashSeed } from './random.ts';

describe('createRng', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const sa = Array.from({ length: 20 }, () => a.next());
    const sb = Array.from({ length: 20 }, () => b.next());
    const sc = Array.from({ length: 20 }, () => c.next());
    expect(sa).toEqual(sb);
    expect(sa).not.toEqual(sc);
  });

  it('accepts string seeds via a stable hash', () => {
    expect(hashSeed('flipside')).toBe(hashSeed('flipside'));
    expect(hashSeed('a')).not.toBe(hashSeed('b'));
    expect(createRng('x').next()).toBe(createRng('x').next());
  });

  it('keeps int within inclusive bounds and reaches both ends', () => {
    const r = createRng(1);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const v = r.int(3, 6);
      expect(v).toBeGreaterThanOrEqual(3);
      expect(v).toBeLessThanOrEqual(6);
      seen.add(v);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('returns a permutation from shuffle and leaves the input alone', () => {
    const input = [1, 2, 3, 4, 5, 6, 7, 8];
    const out = createRng(7).shuffle(input);
    expect(out.slice().sort()).toEqual(input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('handles the one-item and degenerate cases', () => {
    const r = createRng(9);
    expect(r.pick(['only'])).toBe('only');
    expect(r.shuffle([])).toEqual([]);
    expect(r.weighted([['a', 0], ['b', 1]])).toBe('b');
    expect(() => r.pick([])).toThrow('empty');
  });

  it('weights picks roughly by weight and clamps normal', () => {
    const r = createRng(5);
    let heavy = 0;
    for (let i = 0; i < 4000; i++) if (r.weighted([['h', 9], ['l', 1]]) === 'h') heavy++;
    expect(heavy / 4000).toBeGreaterThan(0.85);
    expect(heavy / 4000).toBeLessThan(0.95);
    for (let i = 0; i < 100; i++) {
      const v = r.normal(0, 10, -1, 1);
      expect(Math.abs(v)).toBeLessThanOrEqual(1);
    }
  });

  it('forks independent but deterministic streams', () => {
    const f1 = createRng(3).fork('names');
    const f2 = createRng(3).fork('names');
    const g = createRng(3).fork('other');
    expect(f1.next()).toBe(f2.next());
    expect(createRng(3).fork('names').next()).not.toBe(g.next());
  });
});
