import { describe, expect, it } from 'vitest';
import type { Platform } from '../../model/types.ts';
import { bump, busiestPlatform, headlineNote, inPlatformOrder } from './by-platform.ts';

describe('by-platform helpers', () => {
  it('picks the platform with the most data, ties to the earlier platform', () => {
    const m = new Map<Platform, number>();
    expect(busiestPlatform(m)).toBeUndefined();
    bump(m, 'x', 3);
    bump(m, 'linkedin', 3);
    expect(busiestPlatform(m)).toBe('linkedin');
    bump(m, 'x');
    expect(busiestPlatform(m)).toBe('x');
    expect(busiestPlatform(new Map<Platform, number>([['x', 0]]))).toBeUndefined();
  });
  it('orders records by platform and notes several platforms', () => {
    const m = new Map<Platform, number>([['bluesky', 0.5], ['linkedin', 0.25]]);
    expect(Object.keys(inPlatformOrder(m))).toEqual(['linkedin', 'bluesky']);
    expect(headlineNote('linkedin', m)).toHaveLength(1);
    expect(headlineNote('linkedin', new Map([['linkedin', 1]]))).toEqual([]);
  });
});
