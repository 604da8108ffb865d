import { describe, expect, it } from 'vitest';
import type { Platform } from '../../model/types.ts';
import { bump, busiestPlatform, headlineNote, inPlatformOrder } from './by-platform.ts';
import { undatedReactionPlatforms } from './platform-column.ts';
import { at, ev, makeLedger } from './test-ledger.ts';

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

describe('undatedReactionPlatforms', () => {
  it('lists the platforms whose own reactions carry no time, in order of first appearance, and nothing else', () => {
    const ledger = makeLedger({
      events: [
        ev('reaction', 'out', undefined, { platform: 'mastodon', source: { platform: 'mastodon', file: 'likes.json', row: 1 } }),
        ev('reaction', 'out', undefined, { platform: 'x', source: { platform: 'x', file: 'like.js', row: 1 } }),
        ev('reaction', 'out', undefined, { platform: 'x', source: { platform: 'x', file: 'like.js', row: 2 } }),
        ev('reaction', 'out', at('2024-01-01')),
        ev('reaction', 'in', undefined, { platform: 'facebook', source: { platform: 'facebook', file: 'r.json', row: 1 } }),
      ],
    });
    const r = undatedReactionPlatforms(ledger);
    expect(r.platforms).toEqual(['mastodon', 'x']);
    expect([...r.codes].filter((c) => c === 1)).toHaveLength(2);
    expect(undatedReactionPlatforms(makeLedger()).platforms).toEqual([]);
  });
});
