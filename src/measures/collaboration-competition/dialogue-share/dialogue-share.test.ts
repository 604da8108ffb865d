import { describe, expect, it } from 'vitest';
import type { EventKind, LedgerEvent } from '../../../model/types.ts';
import { at, ctxOf, ev, makeLedger } from '../../_lib/test-ledger.ts';
import { DAY_MS } from '../../_lib/time.ts';
import { dialogueShare } from './index.ts';

const T = at('2024-06-30');
const n = (count: number, kind: EventKind, text: string, time = T - DAY_MS): LedgerEvent[] => Array.from({ length: count }, () => ev(kind, 'out', time, { text }));

describe('dialogue_share', () => {
  it('is not available without posts or comments', () => {
    expect(dialogueShare.compute(ctxOf(makeLedger({ available: ['reactions'] }), T)).status).toBe('not-available');
  });
  it('is insufficient for empty files, one item and 19 items', () => {
    expect(dialogueShare.compute(ctxOf(makeLedger({ available: ['posts'] }), T))).toMatchObject({ status: 'insufficient', have: 0, need: 20 });
    expect(dialogueShare.compute(ctxOf(makeLedger({ events: n(1, 'comment', 'nice') }), T))).toMatchObject({ status: 'insufficient', have: 1 });
    expect(dialogueShare.compute(ctxOf(makeLedger({ events: [...n(19, 'post', 'hi'), ...n(5, 'repost', '')] }), T))).toMatchObject({ status: 'insufficient', have: 19 });
  });
  it('hand-computed: comments, replies and mentioning posts are dialogic; reposts and old items ignored', () => {
    const events = [
      ...n(5, 'comment', 'agreed'),
      ...n(2, 'reply', 'yes'),
      ...n(3, 'post', 'Thanks @Jane for the talk'),
      ...n(2, 'post', 'write to me at me@example.com'),
      ...n(12, 'post', 'my news'),
      ...n(4, 'repost', ''),
      ...n(6, 'comment', 'old', T - 400 * DAY_MS),
    ];
    const r = dialogueShare.compute(ctxOf(makeLedger({ events }), T));
    expect(r).toMatchObject({ status: 'ok', value: 10 / 24, display: '10 of 24', parts: { dialogic: 10, broadcast: 14 } });
  });
  it('is 1 when everything, on one day, is comments', () => {
    expect(dialogueShare.compute(ctxOf(makeLedger({ events: n(20, 'comment', 'x') }), T))).toMatchObject({ status: 'ok', value: 1 });
  });
});

describe('dialogue_share per platform', () => {
  it('counts X replies as dialogue and shows each platform with enough items alone', () => {
    const T = at('2024-06-30');
    const d = T - 86_400_000;
    const onX = (e: LedgerEvent): LedgerEvent => ({ ...e, platform: 'x', source: { platform: 'x', file: 'data/tweets.js', row: 1 } });
    const li = [...Array.from({ length: 5 }, () => ev('comment', 'out', d, { text: 'nice' })), ...Array.from({ length: 15 }, () => ev('post', 'out', d, { text: 'news' }))];
    const x = [...Array.from({ length: 15 }, () => ev('reply', 'out', d, { text: '@bo yes' })), ...Array.from({ length: 5 }, () => ev('post', 'out', d, { text: 'hello' }))].map(onX);
    expect(dialogueShare.compute(ctxOf(makeLedger({ events: [...li, ...x] }), T))).toMatchObject({ status: 'ok', value: 0.5, byPlatform: { linkedin: 0.25, x: 0.75 } });
  });
});
