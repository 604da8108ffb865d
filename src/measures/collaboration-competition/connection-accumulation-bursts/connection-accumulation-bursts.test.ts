import { describe, expect, it } from 'vitest';
import { buildLedger } from '../../../model/build.ts';
import type { Tie } from '../../../model/types.ts';
import { at, ctxOf, makeLedger, msg, type ConnectionSpec } from '../../_lib/test-ledger.ts';
import { DAY_MS } from '../../_lib/time.ts';
import { connectionAccumulationBursts, findBursts, followBack } from './index.ts';
import { isoWeekLabel, meanSd, weekIndex, weekStart } from './weeks.ts';

const T = at('2024-06-30');
/** `n` connections on the given day, ids prefixed. */
const on = (n: number, day: number, prefix: string): ConnectionSpec[] => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, since: day }));
/** LinkedIn connection ties from specs. */
const liTies = (specs: readonly ConnectionSpec[]): Tie[] => specs.map((c) => ({ personId: c.id, platform: 'linkedin', kind: 'connection', ...(c.since !== undefined ? { since: c.since } : {}), source: { platform: 'linkedin', file: 'Connections.csv', row: 1 } }));
const tie = (personId: string, kind: Tie['kind'], platform: Tie['platform'] = 'x'): Tie => ({ personId, platform, kind, source: { platform, file: 'f', row: 1 } });

describe('weeks', () => {
  it('numbers Monday-based weeks and labels them as ISO 8601 does', () => {
    expect(weekIndex(Date.UTC(1969, 11, 29))).toBe(0);
    expect(weekIndex(Date.UTC(1970, 0, 4, 23))).toBe(0);
    expect(weekIndex(Date.UTC(1970, 0, 5))).toBe(1);
    expect(isoWeekLabel(weekIndex(Date.UTC(2021, 0, 3)))).toBe('2020-W53');
    expect(isoWeekLabel(weekIndex(Date.UTC(2024, 11, 30)))).toBe('2025-W01');
    expect(isoWeekLabel(weekIndex(Date.UTC(2024, 5, 30)))).toBe('2024-W26');
    // Each week starts on its Monday, the day ISO 8601 starts it.
    expect(weekStart(weekIndex(Date.UTC(2024, 5, 30)))).toBe('2024-06-24');
    expect(weekStart(weekIndex(Date.UTC(2024, 11, 30, 23)))).toBe('2024-12-30');
    expect(weekStart(0)).toBe('1969-12-29');
  });
  it('gives the population mean and SD, zero for no weeks', () => {
    expect(meanSd([])).toEqual({ mean: 0, sd: 0 });
    expect(meanSd([2, 4, 4, 4, 5, 5, 7, 9])).toEqual({ mean: 5, sd: 2 });
  });
});

describe('followBack', () => {
  it('is mutual ÷ followed, only where both directions are exported', () => {
    const ties = [tie('a', 'follows'), tie('b', 'follows'), tie('c', 'follows'), tie('d', 'follows'), tie('a', 'followed-by'), tie('z', 'followed-by'), tie('m', 'follows', 'mastodon')];
    expect(followBack(ties)).toEqual(new Map([['x', 0.25]]));
  });
});

describe('connection_accumulation_bursts', () => {
  it('is not available without connections', () => {
    expect(connectionAccumulationBursts.compute(ctxOf(makeLedger(), T)).status).toBe('not-available');
  });
  it('is insufficient for no connections, one, and 49', () => {
    expect(connectionAccumulationBursts.compute(ctxOf(makeLedger({ connections: [] }), T))).toMatchObject({ status: 'insufficient', have: 0, need: 50 });
    expect(connectionAccumulationBursts.compute(ctxOf(makeLedger({ connections: ['a'] }), T))).toMatchObject({ status: 'insufficient', have: 1 });
    expect(connectionAccumulationBursts.compute(ctxOf(makeLedger({ connections: on(49, T, 'c') }), T))).toMatchObject({ status: 'insufficient', have: 49 });
  });
  it('everything on one day: that week is a burst holding every connection', () => {
    const r = connectionAccumulationBursts.compute(ctxOf(makeLedger({ connections: on(50, T - 200 * DAY_MS, 'c') }), T));
    expect(r).toMatchObject({ status: 'ok', value: 1, parts: { burst_weeks: 1, burst_connections: 50, dated_connections: 50 } });
  });
  it('hand-computed: one burst week of 60 among 100 weekly singles; 2 of 3 messaged burst connections', () => {
    // 100 weeks with one connection each (Mondays), then 60 on one Wednesday; T is 120 days after.
    const start = Date.UTC(2022, 0, 3);
    const singles: ConnectionSpec[] = Array.from({ length: 100 }, (_, i) => ({ id: `s${i}`, since: start + i * 7 * DAY_MS }));
    const burstDay = start + 100 * 7 * DAY_MS + 2 * DAY_MS;
    const asOf = burstDay + 120 * DAY_MS;
    const burst = on(60, burstDay, 'b');
    const events = [msg('out', 'b0', burstDay + DAY_MS), msg('in', 'b1', burstDay + DAY_MS), msg('out', 's0', burstDay)];
    const r = connectionAccumulationBursts.compute(ctxOf(makeLedger({ connections: [...singles, ...burst], events }), asOf));
    const weeks = weekIndex(asOf) - weekIndex(start) + 1;
    const { mean, sd } = meanSd([...Array<number>(100).fill(1), 60, ...Array<number>(weeks - 101).fill(0)]);
    expect(r).toMatchObject({ status: 'ok', value: 60 / 160, parts: { burst_weeks: 1, burst_connections: 60, threshold: mean + 3 * sd, burst_never_contacted: 58 / 60 } });
    if (r.status === 'ok') {
      expect(r.items).toEqual([{ week: isoWeekLabel(weekIndex(burstDay)), connections: 60 }]);
      const chart = r.charts?.[0];
      expect(chart?.rows).toHaveLength(weeks);
      // A line over time, not a bar per week: one row per week, dated by its Monday, with the threshold drawn across.
      expect(chart).toMatchObject({ kind: 'line', x: 'starts', xType: 'date', y: 'connections', rule: { y: mean + 3 * sd } });
      expect(chart?.rows.find((row) => row['connections'] === 60)).toEqual({ week: isoWeekLabel(weekIndex(burstDay)), starts: weekStart(weekIndex(burstDay)), connections: 60 });
    }
  });
  it('a week exactly at the floor of 10 is a burst; 9 is not', () => {
    // 60 weekly singles long ago keep mean + 3·SD below 10, so the floor decides.
    const spread: ConnectionSpec[] = Array.from({ length: 60 }, (_, i) => ({ id: `s${i}`, since: T - (1000 + i * 7) * DAY_MS }));
    const ten = findBursts(liTies([...spread, ...on(10, T - 10 * DAY_MS, 'b')]), T);
    expect(ten.threshold).toBe(10);
    expect(ten.burstWeeks.size).toBe(1);
    expect(findBursts(liTies([...spread, ...on(9, T - 10 * DAY_MS, 'b')]), T).burstWeeks.size).toBe(0);
  });
  it('leaves never-contacted out without a messages file and adds X follow-back reciprocity', () => {
    const x = [tie('a', 'follows'), tie('b', 'follows'), tie('a', 'followed-by')];
    const l = buildLedger([
      { platform: 'linkedin', people: [], ties: liTies(on(50, T - 200 * DAY_MS, 'c')), events: [], profiles: [], files: [{ platform: 'linkedin', archive: 'a', file: 'Connections.csv', kind: 'connections', records: 50, skipped: 0 }] },
      { platform: 'x', people: [], ties: x, events: [], profiles: [], files: [{ platform: 'x', archive: 'b', file: 'following.js', kind: 'connections', records: 2, skipped: 0 }] },
    ]);
    const r = connectionAccumulationBursts.compute(ctxOf(l, T));
    expect(r).toMatchObject({ status: 'ok', value: 1, parts: { follow_back_x: 0.5 } });
    if (r.status === 'ok') expect(r.parts?.burst_never_contacted).toBeUndefined();
  });
});
