import { describe, expect, it } from 'vitest';
import { buildLedger } from '../../../model/build.ts';
import type { LedgerEvent, Tie } from '../../../model/types.ts';
import { at, ctxOf, daysBefore, ev, makeLedger } from '../../_lib/test-ledger.ts';
import { followedSourcesLoad } from './index.ts';

const T = at('2024-06-30');
const follow = (t: number | undefined, detail: string): LedgerEvent => ev('follow', 'out', t, { detail });

describe('followed_sources_load', () => {
  it('counts LinkedIn follows and the new ones per month in the last year', () => {
    const l = makeLedger({ events: [follow(daysBefore(T, 10), 'A'), follow(daysBefore(T, 40), 'B'), follow(daysBefore(T, 300), 'C'), follow(daysBefore(T, 800), 'D'), follow(daysBefore(T, 900), 'E')], available: ['follows'] });
    const r = followedSourcesLoad.compute(ctxOf(l, T));
    expect(r).toMatchObject({ status: 'ok', value: 5, byPlatform: { linkedin: 5 }, parts: { dated: 5, new_follows_per_month: 3 / 12 } });
    const rows = r.status === 'ok' ? (r.charts?.[0]?.rows ?? []) : [];
    expect(rows).toHaveLength(12);
    expect(r.status === 'ok' && r.charts?.[0]).toMatchObject({ kind: 'bar', x: 'month', xType: 'period', series: 'platform' });
    expect(rows.map((x) => x['month'])).toEqual(rows.map((x) => x['month']).sort());
    expect(rows.reduce((n, x) => n + Number(x.follows), 0)).toBe(3);
  });
  it('reports each platform apart and headlines the largest; undated follows have no monthly rate', () => {
    const ties: Tie[] = Array.from({ length: 7 }, (_, i) => ({ personId: `x:id:${i}`, platform: 'x', kind: 'follows', source: { platform: 'x', file: 'following.js', row: i + 1 } }));
    const l = buildLedger([
      { platform: 'x', people: ties.map((t) => ({ id: t.personId, platform: 'x' })), ties, events: [], profiles: [], files: [] },
      { platform: 'linkedin', people: [], ties: [], events: [follow(daysBefore(T, 3), 'A'), follow(daysBefore(T, 4), 'B')], profiles: [], files: [{ platform: 'linkedin', archive: 'a.zip', file: 'Company Follows.csv', kind: 'follows', records: 2, skipped: 0 }] },
    ]);
    const r = followedSourcesLoad.compute(ctxOf(l, T));
    expect(r).toMatchObject({ status: 'ok', value: 7, byPlatform: { linkedin: 2, x: 7 }, parts: { dated: 0 } });
    expect(r.status === 'ok' && r.parts?.new_follows_per_month).toBeUndefined();
    expect(r.status === 'ok' && r.notes?.[0]).toMatch(/computed separately; the headline is X \(/);
  });
  it('gives 0 for a follows file with no rows (minimum: none), 1 for one follow, and counts a day of follows', () => {
    expect(followedSourcesLoad.compute(ctxOf(makeLedger({ available: ['follows'] }), T))).toMatchObject({ status: 'ok', value: 0 });
    expect(followedSourcesLoad.compute(ctxOf(makeLedger({ events: [follow(daysBefore(T, 1), 'A')], available: ['follows'] }), T))).toMatchObject({ status: 'ok', value: 1 });
    const day = daysBefore(T, 2);
    const r = followedSourcesLoad.compute(ctxOf(makeLedger({ events: [follow(day, 'A'), follow(day, 'B'), follow(day, 'C')], available: ['follows'] }), T));
    expect(r).toMatchObject({ status: 'ok', value: 3, parts: { new_follows_per_month: 0.25 } });
  });
  it('ignores follows after the export date', () => {
    const r = followedSourcesLoad.compute(ctxOf(makeLedger({ events: [follow(T + 86_400_000, 'A'), follow(T, 'B')], available: ['follows'] }), T));
    expect(r).toMatchObject({ status: 'ok', value: 1 });
  });
  it('is not available without any follows data, and on an empty ledger', () => {
    expect(followedSourcesLoad.compute(ctxOf(makeLedger(), T)).status).toBe('not-available');
    expect(followedSourcesLoad.compute(ctxOf(makeLedger({ connections: ['a'] }), T)).status).toBe('not-available');
  });
});
