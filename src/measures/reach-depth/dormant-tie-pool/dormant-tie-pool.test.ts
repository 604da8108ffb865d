import { describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../../../model/types.ts';
import { at, ctxOf, makeLedger, msg } from '../../_lib/test-ledger.ts';
import { DAY_MS } from '../../_lib/time.ts';
import { dormantTiePool } from './index.ts';

const T = at('2024-06-30');
/** A once-real tie: `n` messages alternating from `start`, one day apart, so every reply is an exchange. */
const history = (id: string, start: number, n = 10): LedgerEvent[] => Array.from({ length: n }, (_, i) => msg(i % 2 === 0 ? 'out' : 'in', id, start + i * DAY_MS));

describe('dormant_tie_pool', () => {
  it('is not available without messages', () => {
    expect(dormantTiePool.compute(ctxOf(makeLedger(), T)).status).toBe('not-available');
  });
  it('is insufficient for an empty file, one message, and history shorter than 1,095 days', () => {
    expect(dormantTiePool.compute(ctxOf(makeLedger({ available: ['messages'] }), T))).toMatchObject({ status: 'insufficient', have: 0, need: 1095 });
    expect(dormantTiePool.compute(ctxOf(makeLedger({ events: [msg('out', 'a', T - 1094 * DAY_MS)] }), T))).toMatchObject({ status: 'insufficient', have: 1094 });
  });
  it('computes once the history reaches exactly 1,095 days', () => {
    expect(dormantTiePool.compute(ctxOf(makeLedger({ events: [msg('out', 'a', T - 1095 * DAY_MS)] }), T))).toMatchObject({ status: 'ok', value: 0, items: [] });
  });
  it('hand-computed: dormant, cooling, too few messages, never reciprocated, still active', () => {
    const events = [
      ...history('dormant', T - 2000 * DAY_MS), // last message at T-1991 d
      ...history('cooling', T - 800 * DAY_MS), // last at T-791 d
      ...history('few', T - 2000 * DAY_MS, 9),
      ...Array.from({ length: 12 }, (_, i) => msg('out', 'oneway', T - 2000 * DAY_MS + i * DAY_MS)),
      ...history('active', T - 2000 * DAY_MS),
      msg('in', 'active', T - 10 * DAY_MS),
    ];
    const people = [{ id: 'dormant', name: 'Dora Mant', organisation: 'Acme' }];
    const r = dormantTiePool.compute(ctxOf(makeLedger({ events, people }), T));
    expect(r).toMatchObject({ status: 'ok', value: 1, parts: { cooling: 1 } });
    if (r.status === 'ok') expect(r.items).toEqual([{ name: 'Dora Mant', last: '2019-01-17', messages: 10, organisation: 'Acme' }]);
  });
  it('counts a tie whose whole history is on one day', () => {
    const d = T - 1500 * DAY_MS;
    const events = Array.from({ length: 10 }, (_, i) => msg(i % 2 ? 'in' : 'out', 'a', d + i));
    expect(dormantTiePool.compute(ctxOf(makeLedger({ events }), T))).toMatchObject({ status: 'ok', value: 1 });
  });
});

describe('dormant_tie_pool per platform', () => {
  it('counts dormant ties per platform of the person; the headline is the platform with the most messages', () => {
    const onX = (e: LedgerEvent): LedgerEvent => ({ ...e, platform: 'x', personIds: (e.personIds ?? []).map((id) => `x:id:${id}`), source: { platform: 'x', file: 'data/direct-messages.js', row: 1 } });
    const old = T - 2000 * DAY_MS;
    const li = [...history('linkedin:url:a', old), ...history('linkedin:url:b', old), ...history('linkedin:url:c', T - 100 * DAY_MS, 30)];
    const x = [...history('1', old), ...history('2', T - 1500 * DAY_MS, 12)].map(onX);
    const r = dormantTiePool.compute(ctxOf(makeLedger({ events: [...li, ...x] }), T));
    expect(r).toMatchObject({ status: 'ok', value: 2, byPlatform: { linkedin: 2, x: 2 } });
    if (r.status === 'ok') expect(r.items?.map((i) => i.platform)).toEqual(['linkedin', 'linkedin', 'x', 'x'].sort());
  });
});
