import { describe, expect, it } from 'vitest';
import { buildLedger } from '../../../model/build.ts';
import { at, ctxOf, makeLedger } from '../../_lib/test-ledger.ts';
import { MIN_COMPANIES, employerConcentration } from './index.ts';

const T = at('2024-06-30');

function conns(spec: readonly (readonly [string, number])[]) {
  let n = 0;
  return spec.flatMap(([organisation, count]) => Array.from({ length: count }, () => ({ id: `c${n++}`, organisation })));
}

describe('employer_concentration', () => {
  it('matches a hand computation: 30 / 10 / 10 of 50, plus 5 blanks', () => {
    // "Acme, Inc." and "ACME" are one employer after normalisation: shares 0.6, 0.2, 0.2.
    const l = makeLedger({
      connections: conns([
        ['Acme, Inc.', 20],
        ['ACME', 10],
        ['Beta Ltd', 10],
        ['Gamma', 10],
        ['', 5],
      ]),
      profile: { positions: [{ organisation: 'Beta, Ltd.', title: 'Analyst', startedOn: '2022-01' }, { organisation: 'Gamma', title: 'Intern', startedOn: '2020-01', finishedOn: '2021-12' }] },
    });
    const r = employerConcentration.compute(ctxOf(l, T));
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    expect(r.value).toBeCloseTo(0.44, 12);
    expect(r.parts?.effective_employers).toBeCloseTo(1 / 0.44, 12);
    expect(r.parts).toMatchObject({ top3_share: 1, employers: 3, connections_with_company: 50 });
    expect(r.parts?.blank_share).toBeCloseTo(5 / 55, 12);
    expect(r.parts?.own_employer_share).toBeCloseTo(0.2, 12);
    expect(r.items?.map((i) => [i.employer, i.connections])).toEqual([
      ['Acme, Inc.', 30],
      ['Beta Ltd', 10],
      ['Gamma', 10],
    ]);
  });
  it('notes when the own employer is unknown', () => {
    const r = employerConcentration.compute(ctxOf(makeLedger({ connections: conns([['Solo', 50]]) }), T));
    expect(r).toMatchObject({ status: 'ok', value: 1, parts: { effective_employers: 1, top3_share: 1 } });
    expect(r.status === 'ok' && r.parts?.own_employer_share).toBeUndefined();
    expect(r.status === 'ok' && r.notes?.length).toBe(1);
  });
  it('needs 50 connections with a company: 49 is insufficient, blanks do not count', () => {
    expect(MIN_COMPANIES).toBe(50);
    const r = employerConcentration.compute(ctxOf(makeLedger({ connections: conns([['A', 49], ['', 10]]) }), T));
    expect(r).toMatchObject({ status: 'insufficient', have: 49, need: 50 });
    expect(employerConcentration.compute(ctxOf(makeLedger({ connections: conns([['A', 1]]) }), T))).toMatchObject({ status: 'insufficient', have: 1 });
  });
  it('gives 1 / n for n employers of equal size, whatever day they connected', () => {
    const l = makeLedger({ connections: conns(Array.from({ length: 50 }, (_, i) => [`Org ${String.fromCharCode(65 + (i % 26))}${i}`, 1] as const)).map((c) => ({ ...c, since: T })) });
    expect(employerConcentration.compute(ctxOf(l, T))).toMatchObject({ status: 'ok', value: expect.closeTo(1 / 50, 12), parts: { effective_employers: expect.closeTo(50, 9) } });
  });
  it('is not available without LinkedIn connections, and on an empty ledger', () => {
    expect(employerConcentration.compute(ctxOf(makeLedger(), T)).status).toBe('not-available');
    const x = buildLedger([
      { platform: 'x', people: [{ id: 'x:id:1', platform: 'x' }], ties: [{ personId: 'x:id:1', platform: 'x', kind: 'follows', source: { platform: 'x', file: 'following.js', row: 1 } }], events: [], profiles: [], files: [{ platform: 'x', archive: 'x.zip', file: 'data/following.js', kind: 'connections', records: 1, skipped: 0 }] },
    ]);
    expect(employerConcentration.compute(ctxOf(x, T)).status).toBe('not-available');
  });
});
