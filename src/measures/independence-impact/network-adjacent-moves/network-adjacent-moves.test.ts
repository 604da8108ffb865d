import { describe, expect, it } from 'vitest';
import type { Position } from '../../../model/types.ts';
import { at, ctxOf, ev, makeLedger } from '../../_lib/test-ledger.ts';
import { networkAdjacentMoves, startOf } from './index.ts';

const T = at('2024-06-30');
const role = (organisation: string, startedOn: string, finishedOn?: string): Position => ({ organisation, title: 'Analyst', startedOn, ...(finishedOn ? { finishedOn } : {}) });

describe('startOf', () => {
  it('reads YYYY-MM and YYYY, and nothing else', () => {
    expect(startOf('2021-03')).toBe(Date.UTC(2021, 2, 1));
    expect(startOf('2021')).toBe(Date.UTC(2021, 0, 1));
    expect(startOf('March 2021')).toBeUndefined();
    expect(startOf(undefined)).toBeUndefined();
  });
});

describe('network_adjacent_moves', () => {
  it('is not available without positions or connections', () => {
    expect(networkAdjacentMoves.compute(ctxOf(makeLedger({ connections: ['a'] }), T)).status).toBe('not-available');
    expect(networkAdjacentMoves.compute(ctxOf(makeLedger({ profile: { positions: [role('A', '2020-01')] } }), T)).status).toBe('not-available');
  });
  it('is insufficient with no role started after joining (empty, and one role before it)', () => {
    expect(networkAdjacentMoves.compute(ctxOf(makeLedger({ connections: [], profile: { positions: [] }, available: ['connections', 'positions'] }), T))).toMatchObject({ status: 'insufficient', have: 0, need: 1 });
    const l = makeLedger({ connections: [{ id: 'a', since: at('2019-01-01'), organisation: 'A' }], profile: { positions: [role('A', '2018-05')] } });
    expect(networkAdjacentMoves.compute(ctxOf(l, T))).toMatchObject({ status: 'insufficient', have: 0 });
  });
  it('hand-computed: two moves, each with one prior connection (one made on the start day does not count); a promotion and pre-joining roles are not moves', () => {
    const connections = [
      { id: 'a', since: at('2019-01-01'), organisation: 'Old Co' },
      { id: 'b', since: at('2020-02-15'), organisation: 'Brightloom Labs Ltd' },
      // Connected on the very first day of the role: not before it.
      { id: 'c', since: Date.UTC(2020, 2, 1), organisation: 'Brightloom Labs' },
      { id: 'd', since: at('2021-01-01'), organisation: 'Nova' },
    ];
    const positions = [role('Old Co', '2017-01', '2020-02'), role('Brightloom Labs', '2020-03', '2022-01'), role('Brightloom Labs', '2022-01', '2023-01'), role('Nova', '2023-02')];
    const r = networkAdjacentMoves.compute(ctxOf(makeLedger({ connections, profile: { positions }, events: [ev('message', 'out', at('2019-06-01'))] }), T));
    // Joined 2019-01-01 (earliest connection). Moves: Brightloom 2020-03 (b: 1 prior; c is on the day), Nova 2023-02 (d: 1 prior).
    expect(r).toMatchObject({ status: 'ok', value: 1, parts: { moves: 2, moves_with_prior_connection: 2 } });
    if (r.status === 'ok') expect(r.items).toEqual([
      { started: '2020-03', employer: 'Brightloom Labs', title: 'Analyst', prior_connections: 1 },
      { started: '2023-02', employer: 'Nova', title: 'Analyst', prior_connections: 1 },
    ]);
  });
  it('one move with no one there before: 0', () => {
    const l = makeLedger({ connections: [{ id: 'a', since: at('2019-01-01'), organisation: 'Elsewhere' }], profile: { positions: [role('New Place', '2023-01')] } });
    expect(networkAdjacentMoves.compute(ctxOf(l, T))).toMatchObject({ status: 'ok', value: 0, display: '0 of 1 moves' });
  });
});
