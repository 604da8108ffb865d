import { describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../../../model/types.ts';
import { at, ctxOf, makeLedger, msg } from '../../_lib/test-ledger.ts';
import { DAY_MS } from '../../_lib/time.ts';
import { networkMobilisation } from './index.ts';
import { isAsk } from './lexicon.ts';

const T = at('2024-06-30');
/** `n` plain sent messages to distinct people, one day before T. */
const sent = (n: number, time = T - DAY_MS, prefix = 'p'): LedgerEvent[] => Array.from({ length: n }, (_, i) => msg('out', `${prefix}${i}`, time, { text: 'Thanks, see you then.' }));

describe('isAsk', () => {
  it('needs a question mark and a request cue at a word start', () => {
    expect(isAsk('Could you take a look?')).toBe(true);
    expect(isAsk('Free for a COFFEE next week?')).toBe(true);
    expect(isAsk('Happy to be introduced, when suits?')).toBe(true);
    expect(isAsk('Any thoughts  on the draft?')).toBe(true);
    expect(isAsk('Could you take a look.')).toBe(false);
    expect(isAsk('How was the recall?')).toBe(false);
    expect(isAsk('Is the chateau nice?')).toBe(false);
    expect(isAsk('')).toBe(false);
  });
});

describe('network_mobilisation', () => {
  it('is not available without messages', () => {
    expect(networkMobilisation.compute(ctxOf(makeLedger(), T)).status).toBe('not-available');
  });
  it('is insufficient for an empty file, one message and 19 sent (received ones do not count)', () => {
    expect(networkMobilisation.compute(ctxOf(makeLedger({ available: ['messages'] }), T))).toMatchObject({ status: 'insufficient', have: 0, need: 20 });
    expect(networkMobilisation.compute(ctxOf(makeLedger({ events: sent(1) }), T))).toMatchObject({ status: 'insufficient', have: 1 });
    const received = Array.from({ length: 30 }, (_, i) => msg('in', `r${i}`, T - DAY_MS));
    const old = sent(5, T - 400 * DAY_MS, 'old');
    expect(networkMobilisation.compute(ctxOf(makeLedger({ events: [...sent(19), ...received, ...old] }), T))).toMatchObject({ status: 'insufficient', have: 19 });
  });
  it('hand-computed: distinct people asked, and reconnections after 1,095 silent days (edge included)', () => {
    const events = [
      ...sent(16),
      msg('out', 'a', T - 10 * DAY_MS, { text: 'Could you review my CV?' }),
      msg('out', 'a', T - 9 * DAY_MS, { text: 'Would you also have advice on salary?' }),
      msg('out', ['b', 'c'], T - 8 * DAY_MS, { text: 'Coffee on Friday?' }),
      msg('out', 'd', T - 7 * DAY_MS, { text: 'Could you send it.' }),
      // e: last written contact exactly 1,095 days before the message → reconnection.
      msg('in', 'e', T - 5 * DAY_MS - 1095 * DAY_MS),
      msg('out', 'e', T - 5 * DAY_MS, { text: 'Long time! How are things?' }),
      // f: 1,094 days → not a reconnection.
      msg('out', 'f', T - 6 * DAY_MS - 1094 * DAY_MS),
      msg('out', 'f', T - 6 * DAY_MS),
      // g: first contact ever is not a reconnection.
      msg('in', 'g', T - 3 * DAY_MS, { text: 'Could you call me?' }),
    ];
    const r = networkMobilisation.compute(ctxOf(makeLedger({ events }), T));
    // Sent in W: 16 + 2 (a) + 1 (b, c) + 1 (d) + 1 (e) + 1 (f) = 22.
    expect(r).toMatchObject({ status: 'ok', value: 3, parts: { asks_per_year: 3, reconnections_per_year: 1, outbound_messages: 22 }, byPlatform: { linkedin: 3 } });
    if (r.status === 'ok') {
      expect(r.notes).toBeUndefined();
      expect(r.charts?.[0]?.rows).toEqual([
        { kind: 'people asked', people: 3 },
        { kind: 'people reconnected with', people: 1 },
      ]);
    }
  });
  it('counts a reconnection after a silence longer than the walk back (five years)', () => {
    const events = [...sent(19), msg('in', 'old', T - 5 * 365 * DAY_MS), msg('out', 'old', T - DAY_MS, { text: 'Hello again' })];
    expect(networkMobilisation.compute(ctxOf(makeLedger({ events }), T))).toMatchObject({ status: 'ok', parts: { reconnections_per_year: 1, outbound_messages: 20 } });
  });
  it('counts everything on one day and ignores messages after T and without text', () => {
    const events = [...sent(19), msg('out', 'z', T, { text: 'Can you chat today?' }), msg('out', 'late', T + DAY_MS, { text: 'Could you call?' }), msg('out', 'blank', T, { text: '' })];
    expect(networkMobilisation.compute(ctxOf(makeLedger({ events }), T))).toMatchObject({ status: 'ok', value: 1, parts: { outbound_messages: 20 } });
  });
  it('reports each platform apart; the headline is the platform with the most messages sent', () => {
    const onX = (e: LedgerEvent): LedgerEvent => ({ ...e, platform: 'x', source: { platform: 'x', file: 'data/direct-messages.js', row: 1 } });
    const xs = [...sent(25, T - DAY_MS, 'x'), msg('out', 'xa', T - DAY_MS, { text: 'Any feedback?' }), msg('out', 'xb', T - DAY_MS, { text: 'Chat later?' })].map(onX);
    const li = [...sent(20), msg('out', 'la', T - DAY_MS, { text: 'Could you help?' })];
    const r = networkMobilisation.compute(ctxOf(makeLedger({ events: [...li, ...xs] }), T));
    expect(r).toMatchObject({ status: 'ok', value: 2, byPlatform: { linkedin: 1, x: 2 } });
    if (r.status === 'ok') expect(r.notes?.[0]).toContain('headline is X (');
  });
});
