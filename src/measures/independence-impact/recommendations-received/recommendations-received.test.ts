import { describe, expect, it } from 'vitest';
import { at, ctxOf, ev, makeLedger, msg } from '../../_lib/test-ledger.ts';
import { DAY_MS } from '../../_lib/time.ts';
import { recommendationsReceived } from './index.ts';

const T = at('2024-06-30');
const rec = (who: string, time: number, text?: string, status?: string) =>
  ev('recommendation', 'in', time, { personIds: [who], ...(text !== undefined ? { text } : {}), ...(status !== undefined ? { status } : {}) });

describe('recommendations_received', () => {
  it('is not available without a recommendations file', () => {
    expect(recommendationsReceived.compute(ctxOf(makeLedger(), T)).status).toBe('not-available');
  });
  it('is a valid 0 for an empty file', () => {
    const r = recommendationsReceived.compute(ctxOf(makeLedger({ available: ['recommendations'] }), T));
    expect(r).toMatchObject({ status: 'ok', value: 0, parts: { last_36m: 0, distinct_recommenders: 0 } });
  });
  it('counts one recommendation', () => {
    const r = recommendationsReceived.compute(ctxOf(makeLedger({ events: [rec('a', T, 'Great to work with')] }), T));
    expect(r).toMatchObject({ status: 'ok', value: 1, parts: { last_36m: 1, distinct_recommenders: 1, median_words: 4 } });
  });
  it('hand-computed: visibility, 36-month window, recommenders, words and reciprocity', () => {
    const events = [
      rec('a', T - 10 * DAY_MS, 'one two three', 'VISIBLE'),
      rec('a', T - 1200 * DAY_MS, 'one two three four five', 'visible'),
      rec('b', T - 20 * DAY_MS, 'one', undefined),
      rec('c', T - 30 * DAY_MS, 'hidden text', 'HIDDEN'),
      ev('recommendation', 'out', T, { personIds: ['d'], text: 'given' }),
      msg('out', 'a', T - 100 * DAY_MS),
      msg('in', 'a', T - 99 * DAY_MS),
      msg('out', 'b', T - 100 * DAY_MS),
    ];
    const r = recommendationsReceived.compute(ctxOf(makeLedger({ events }), T));
    expect(r).toMatchObject({ status: 'ok', value: 3, parts: { last_36m: 2, distinct_recommenders: 2, median_words: 3, reciprocated_share: 0.5 } });
  });
  it('counts several on one day and omits reciprocity without a messages file', () => {
    const events = [rec('a', T), rec('b', T), rec('c', T)];
    const r = recommendationsReceived.compute(ctxOf(makeLedger({ events }), T));
    expect(r).toMatchObject({ status: 'ok', value: 3, parts: { distinct_recommenders: 3 } });
    if (r.status === 'ok') {
      expect(r.parts?.reciprocated_share).toBeUndefined();
      expect(r.parts?.median_words).toBeUndefined();
    }
  });
});
