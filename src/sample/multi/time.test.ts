/** Daytime instants before the export date. */
import { describe, expect, it } from 'vitest';
import { createRng } from '../random.ts';
import { DAY_MS } from '../spec.ts';
import { clock, scaledCount } from './time.ts';

const T = Date.UTC(2026, 1, 2, 9, 15, 0);
const day = Date.UTC(2026, 1, 2);

describe('clock', () => {
  it('puts an instant on the requested day and hour, before the export date', () => {
    const at = clock(createRng(1), T);
    const t = at(1, 23);
    expect(t).toBeGreaterThanOrEqual(day - DAY_MS + 23 * 3_600_000);
    expect(t).toBeLessThan(day);
    expect(new Date(at(30, 8)).getUTCHours()).toBe(8);
  });

  it('defaults to daytime hours and is deterministic by seed', () => {
    const a = clock(createRng(2), T);
    const b = clock(createRng(2), T);
    const xs = Array.from({ length: 50 }, (_, i) => a(i + 1));
    expect(Array.from({ length: 50 }, (_, i) => b(i + 1))).toEqual(xs);
    for (const x of xs) expect(new Date(x).getUTCHours()).toBeGreaterThanOrEqual(8);
    for (const x of xs) expect(new Date(x).getUTCHours()).toBeLessThanOrEqual(20);
  });

  it('refuses the export day itself and later', () => {
    const at = clock(createRng(1), T);
    expect(() => at(0)).toThrow(/at least 1/);
    expect(() => at(-3)).toThrow(/at least 1/);
  });
});

describe('scaledCount', () => {
  it('scales, rounds and keeps the minimum', () => {
    expect(scaledCount(10, 1)).toBe(10);
    expect(scaledCount(10, 2.5)).toBe(25);
    expect(scaledCount(3, 1.5)).toBe(5);
    expect(scaledCount(10, 0.01)).toBe(1);
    expect(scaledCount(10, 0.01, 4)).toBe(4);
    expect(scaledCount(0, 1, 0)).toBe(0);
  });
});
