import { describe, expect, it } from 'vitest';
import type { EventKind, LedgerEvent } from '../../../model/types.ts';
import { at, ctxOf, ev, makeLedger } from '../../_lib/test-ledger.ts';
import { DAY_MS } from '../../_lib/time.ts';
import { consumptionToCreation } from './index.ts';

const T = at('2024-06-30');
const many = (n: number, kind: EventKind, time: number): LedgerEvent[] => Array.from({ length: n }, () => ev(kind, 'out', time, kind === 'post' ? { text: 'a post' } : {}));

describe('consumption_to_creation_ratio', () => {
  it('is not available without reactions, or without both posts and comments', () => {
    expect(consumptionToCreation.compute(ctxOf(makeLedger({ available: ['posts'] }), T)).status).toBe('not-available');
    expect(consumptionToCreation.compute(ctxOf(makeLedger({ available: ['reactions'] }), T))).toMatchObject({ status: 'not-available', reason: expect.stringContaining('posts or comments') });
  });
  it('is insufficient for empty files, one item and 29 items', () => {
    expect(consumptionToCreation.compute(ctxOf(makeLedger({ available: ['reactions', 'comments'] }), T))).toMatchObject({ status: 'insufficient', have: 0, need: 30 });
    expect(consumptionToCreation.compute(ctxOf(makeLedger({ events: many(1, 'reaction', T), available: ['reactions', 'posts'] }), T))).toMatchObject({ status: 'insufficient', have: 1 });
    expect(consumptionToCreation.compute(ctxOf(makeLedger({ events: many(29, 'reaction', T), available: ['reactions', 'posts'] }), T))).toMatchObject({ status: 'insufficient', have: 29 });
  });
  it('hand-computed: 40 reactions, 6 posts + 2 reposts + 2 comments in W, old items ignored', () => {
    const d = T - 30 * DAY_MS;
    const events = [...many(40, 'reaction', d), ...many(6, 'post', d), ...many(2, 'repost', d), ...many(2, 'comment', d), ...many(50, 'reaction', T - 400 * DAY_MS)];
    const r = consumptionToCreation.compute(ctxOf(makeLedger({ events }), T));
    expect(r).toMatchObject({ status: 'ok', value: 4, parts: { consumption: 40, creation: 10, log2_ratio: 2 } });
  });
  it('uses max(1, P) when nothing was written, and leaves out log2 when there are no reactions', () => {
    const only = consumptionToCreation.compute(ctxOf(makeLedger({ events: many(30, 'reaction', T), available: ['reactions', 'posts'] }), T));
    expect(only).toMatchObject({ status: 'ok', value: 30, parts: { consumption: 30, creation: 0 } });
    const none = consumptionToCreation.compute(ctxOf(makeLedger({ events: many(30, 'post', T), available: ['reactions', 'posts'] }), T));
    expect(none).toMatchObject({ status: 'ok', value: 0 });
    if (none.status === 'ok') expect(none.parts?.log2_ratio).toBeUndefined();
  });
  it('charts 12 months, with everything on one day landing in one month', () => {
    const events = [...many(20, 'reaction', at('2024-06-10')), ...many(10, 'comment', at('2024-06-10'))];
    const r = consumptionToCreation.compute(ctxOf(makeLedger({ events }), T));
    if (r.status !== 'ok') throw new Error(r.status);
    const rows = r.charts?.[0]?.rows ?? [];
    expect(rows.length).toBe(24);
    expect(rows.slice(-2)).toEqual([
      { month: '2024-06', series: 'reactions (consumption)', items: 20 },
      { month: '2024-06', series: 'posts, reposts and comments (creation)', items: 10 },
    ]);
    expect(rows.filter((x) => x.month !== '2024-06').every((x) => x.items === 0)).toBe(true);
  });
});

describe('consumption_to_creation_ratio per platform', () => {
  const onX = (e: LedgerEvent): LedgerEvent => ({ ...e, platform: 'x', source: { platform: 'x', file: 'data/like.js', row: 1 } });
  const undated = (n: number): LedgerEvent[] => Array.from({ length: n }, () => onX(ev('reaction', 'out', undefined)));
  it('computes a platform with undated likes all-time, beside the dated headline platform', () => {
    const d = T - 30 * DAY_MS;
    const li = [...many(40, 'reaction', d), ...many(10, 'comment', d)];
    const x = [...undated(60), ...many(10, 'reply', T - 800 * DAY_MS).map(onX), ...many(5, 'post', d).map(onX)];
    const r = consumptionToCreation.compute(ctxOf(makeLedger({ events: [...li, ...x] }), T));
    expect(r).toMatchObject({ status: 'ok', value: 4, parts: { consumption: 40, creation: 10 }, byPlatform: { linkedin: 4, x: 4 } });
    if (r.status === 'ok') expect(r.notes?.some((n) => n.startsWith('x: its likes carry no dates'))).toBe(true);
  });
  it('leads with the undated platform only when it is alone, and counts replies as creation', () => {
    const x = [...undated(60), ...many(20, 'reply', T - 800 * DAY_MS).map(onX)];
    const r = consumptionToCreation.compute(ctxOf(makeLedger({ events: x }), T));
    expect(r).toMatchObject({ status: 'ok', value: 3, parts: { consumption: 60, creation: 20 }, byPlatform: { x: 3 } });
    if (r.status === 'ok') expect(r.charts?.[0]?.description).toContain('All time (these likes carry no dates)');
  });
});
