import { describe, expect, it } from 'vitest';
import type { LedgerEvent, Platform } from '../../../model/types.ts';
import { at, ctxOf, ev, makeLedger, msg } from '../../_lib/test-ledger.ts';
import { DAY_MS } from '../../_lib/time.ts';
import { composedShare, interactionClass } from './index.ts';

const T = at('2024-06-30');
const D = T - DAY_MS;
const likes = (n: number, time = D): LedgerEvent[] => Array.from({ length: n }, () => ev('reaction', 'out', time));
// X and Mastodon likes: no timestamp.
const undatedLikes = (n: number): LedgerEvent[] => Array.from({ length: n }, () => ev('reaction', 'out', undefined));
const on = (platform: Platform) => (e: LedgerEvent): LedgerEvent => ({ ...e, platform, source: { platform, file: 'f', row: 1 } });

describe('interactionClass', () => {
  it('classes each kind as CODEBOOK T5.2 does', () => {
    expect(interactionClass(ev('comment', 'out', D, { text: 'Nice' }))).toBe('composed');
    expect(interactionClass(ev('post', 'out', D, { text: 'Thanks @ana' }))).toBe('composed');
    expect(interactionClass(ev('post', 'out', D, { text: 'Thanks all' }))).toBeUndefined();
    expect(interactionClass(msg('out', 'a', D, { text: '' }))).toBeUndefined();
    expect(interactionClass(ev('recommendation', 'out', D))).toBe('composed');
    expect(interactionClass(ev('repost', 'out', D))).toBe('one-click');
    expect(interactionClass(ev('repost', 'out', D, { text: 'so true' }))).toBeUndefined();
    expect(interactionClass(ev('endorsement', 'out', D, { status: 'ACCEPTED' }))).toBe('one-click');
    expect(interactionClass(ev('endorsement', 'out', D, { status: 'Redacted' }))).toBeUndefined();
    expect(interactionClass(ev('follow', 'out', D))).toBeUndefined();
  });
});

describe('composed_share', () => {
  it('is not available without any file of interactions', () => {
    expect(composedShare.compute(ctxOf(makeLedger({ connections: ['a'] }), T))).toMatchObject({ status: 'not-available' });
  });
  it('is insufficient for empty files, one interaction and 29', () => {
    expect(composedShare.compute(ctxOf(makeLedger({ available: ['reactions'] }), T))).toMatchObject({ status: 'insufficient', have: 0, need: 30 });
    expect(composedShare.compute(ctxOf(makeLedger({ events: likes(1) }), T))).toMatchObject({ status: 'insufficient', have: 1 });
    const inbound = Array.from({ length: 10 }, () => msg('in', 'a', D));
    expect(composedShare.compute(ctxOf(makeLedger({ events: [...likes(29), ...likes(5, T - 400 * DAY_MS), ...inbound] }), T))).toMatchObject({ status: 'insufficient', have: 29 });
  });
  it('hand-computed: 12 written, 18 one-click in the window', () => {
    const events = [
      ...Array.from({ length: 5 }, () => ev('comment', 'out', D, { text: 'Great point' })),
      ...Array.from({ length: 4 }, () => msg('out', 'a', D)),
      ev('post', 'out', D, { text: 'With @ana today' }),
      ev('post', 'out', D, { text: 'Broadcast only' }),
      ev('recommendation', 'out', D),
      ev('reply', 'out', D, { text: 'Yes!' }),
      ...likes(15),
      ev('endorsement', 'out', D),
      ev('repost', 'out', D),
      ev('repost', 'out', D),
      ...likes(3, T - 366 * DAY_MS),
    ];
    expect(composedShare.compute(ctxOf(makeLedger({ events }), T))).toMatchObject({ status: 'ok', value: 12 / 30, parts: { composed: 12, one_click: 18, all_time: 0 }, byPlatform: { linkedin: 0.4 } });
  });
  it('counts 30 on one day', () => {
    const events = [...likes(20, T), ...Array.from({ length: 10 }, () => msg('out', 'b', T))];
    expect(composedShare.compute(ctxOf(makeLedger({ events }), T))).toMatchObject({ status: 'ok', value: 1 / 3 });
  });
  it('a platform with undated likes is computed all-time, kept out of the pooled headline, and leads only when alone', () => {
    const x = [...undatedLikes(40), ...Array.from({ length: 10 }, () => ev('reply', 'out', T - 900 * DAY_MS, { text: 'agreed' }))].map(on('x'));
    const li = [...likes(20), ...Array.from({ length: 10 }, () => msg('out', 'a', D))];
    const both = composedShare.compute(ctxOf(makeLedger({ events: [...li, ...x] }), T));
    expect(both).toMatchObject({ status: 'ok', value: 1 / 3, parts: { all_time: 0 }, byPlatform: { linkedin: 1 / 3, x: 0.2 } });
    if (both.status === 'ok') expect(both.notes?.some((n) => n.startsWith('x: its likes carry no dates'))).toBe(true);
    expect(composedShare.compute(ctxOf(makeLedger({ events: x }), T))).toMatchObject({ status: 'ok', value: 0.2, parts: { all_time: 1 } });
  });
});
