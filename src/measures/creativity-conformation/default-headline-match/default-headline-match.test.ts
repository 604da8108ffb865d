import { describe, expect, it } from 'vitest';
import type { Position } from '../../../model/types.ts';
import { ctxOf, makeLedger } from '../../_lib/test-ledger.ts';
import { currentPosition, defaultHeadlineMatch, jaccard } from './index.ts';

const pos = (title: string, organisation: string, startedOn?: string, finishedOn?: string): Position => ({
  title,
  organisation,
  ...(startedOn ? { startedOn } : {}),
  ...(finishedOn ? { finishedOn } : {}),
});

describe('helpers', () => {
  it('jaccard over token sets', () => {
    expect(jaccard(['a', 'b'], ['b', 'c'])).toBeCloseTo(1 / 3, 12);
    expect(jaccard([], [])).toBe(0);
    expect(jaccard(['a', 'a'], ['a'])).toBe(1);
  });
  it('picks the open position that started last', () => {
    const p = [pos('Old', 'X', '2015-01', '2018-01'), pos('A', 'Y', '2019-03'), pos('B', 'Z', '2021-06'), pos('C', 'W', '2020')];
    expect(currentPosition(p)?.title).toBe('B');
    expect(currentPosition([pos('Old', 'X', '2015-01', '2018-01')])).toBeUndefined();
    expect(currentPosition([])).toBeUndefined();
  });
});

describe('default_headline_match', () => {
  it('is not available without a profile or without positions', () => {
    expect(defaultHeadlineMatch.compute(ctxOf(makeLedger({ available: ['profile'] }))).status).toBe('not-available');
    expect(defaultHeadlineMatch.compute(ctxOf(makeLedger({ available: ['positions'] }))).status).toBe('not-available');
  });
  it('is insufficient without a headline or without a current position', () => {
    expect(defaultHeadlineMatch.compute(ctxOf(makeLedger({ profile: { positions: [pos('Dev', 'Acme', '2020-01')] } })))).toMatchObject({ status: 'insufficient', reason: expect.stringContaining('headline') });
    expect(defaultHeadlineMatch.compute(ctxOf(makeLedger({ profile: { headline: 'Dev', positions: [pos('Dev', 'Acme', '2019-01', '2020-01')] } })))).toMatchObject({ status: 'insufficient', reason: expect.stringContaining('current position') });
  });
  it('matches "{title} at {org}" and its @ and | forms exactly', () => {
    for (const headline of ['Senior Engineer at Acme Corp', 'Senior Engineer @ Acme Corp', 'senior engineer | ACME corp', 'Senior Engineer']) {
      const r = defaultHeadlineMatch.compute(ctxOf(makeLedger({ profile: { headline, positions: [pos('Senior Engineer', 'Acme Corp', '2022-01')] } })));
      expect(r).toMatchObject({ status: 'ok', value: 1, parts: { similarity: 1 } });
    }
  });
  it('hand-computed: an own headline scores below the threshold', () => {
    // headline {helping, teams, ship, better, software} vs "engineer at acme" {engineer, at, acme}: 0;
    // vs title {engineer}: 0. A shared word lifts it only slightly.
    const r = defaultHeadlineMatch.compute(ctxOf(makeLedger({ profile: { headline: 'Helping teams ship better software', positions: [pos('Engineer', 'Acme', '2022-01')] } })));
    expect(r).toMatchObject({ status: 'ok', value: 0, parts: { similarity: 0 } });
    const s = defaultHeadlineMatch.compute(ctxOf(makeLedger({ profile: { headline: 'Engineer building Acme payments', positions: [pos('Engineer', 'Acme', '2022-01')] } })));
    // {engineer, building, acme, payments} vs "Engineer at Acme" {engineer, at, acme}: 2 / 5;
    // vs "Engineer @ Acme" {engineer, acme}: 2 / 4, the maximum.
    expect(s).toMatchObject({ status: 'ok', value: 0, parts: { similarity: 0.5 } });
  });
});
