import { describe, expect, it } from 'vitest';
import type { LedgerEvent, Platform } from '../../../model/types.ts';
import { at, ctxOf, ev, makeLedger } from '../../_lib/test-ledger.ts';
import { DAY_MS } from '../../_lib/time.ts';
import { amplifyOthersShare } from './index.ts';

const T = at('2024-06-30');
const D = T - DAY_MS;
const own = (n: number, time = D): LedgerEvent[] => Array.from({ length: n }, () => ev('post', 'out', time, { text: 'My thoughts on planning' }));
const reposts = (n: number, time = D): LedgerEvent[] => Array.from({ length: n }, () => ev('repost', 'out', time));
const on = (platform: Platform) => (e: LedgerEvent): LedgerEvent => ({ ...e, platform, source: { platform, file: 'f', row: 1 } });

describe('amplify_others_share', () => {
  it('is not available without posts', () => {
    expect(amplifyOthersShare.compute(ctxOf(makeLedger({ connections: ['a'] }), T)).status).toBe('not-available');
  });
  it('is insufficient for an empty file, one item and 19 (old items and comments do not count)', () => {
    expect(amplifyOthersShare.compute(ctxOf(makeLedger({ available: ['posts'] }), T))).toMatchObject({ status: 'insufficient', have: 0, need: 20 });
    expect(amplifyOthersShare.compute(ctxOf(makeLedger({ events: own(1) }), T))).toMatchObject({ status: 'insufficient', have: 1 });
    const noise = [...own(5, T - 365 * DAY_MS), ev('comment', 'out', D, { text: 'hi @bo' })];
    expect(amplifyOthersShare.compute(ctxOf(makeLedger({ events: [...own(19), ...noise] }), T))).toMatchObject({ status: 'insufficient', have: 19 });
  });
  it('hand-computed: 6 reposts and 2 mention posts among 20 items', () => {
    const events = [...own(12), ...reposts(6), ev('post', 'out', D, { text: 'Thanks @ana for this' }), ev('post', 'out', D, { text: 'mail me at me@example.org' }), ev('post', 'out', D, { text: 'With @bo' })];
    // The e-mail address is not a mention: 12 + 1 own posts.
    expect(amplifyOthersShare.compute(ctxOf(makeLedger({ events }), T))).toMatchObject({ status: 'ok', value: 8 / 21, parts: { amplify: 8, reposts: 6, mention_posts: 2, self_origin: 13 }, byPlatform: { linkedin: 8 / 21 } });
  });
  it('counts items all on one day, pools platforms in the headline and shows each apart', () => {
    const li = [...own(10, T), ...reposts(10, T)];
    const x = [...own(30, T), ...reposts(10, T)].map(on('x'));
    const r = amplifyOthersShare.compute(ctxOf(makeLedger({ events: [...li, ...x] }), T));
    expect(r).toMatchObject({ status: 'ok', value: 20 / 60, byPlatform: { linkedin: 0.5, x: 0.25 } });
  });
});
