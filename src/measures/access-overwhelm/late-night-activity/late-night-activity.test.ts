import { describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../../../model/types.ts';
import { at, ctxOf, ev, makeLedger, msg } from '../../_lib/test-ledger.ts';
import { DAY_MS, HOUR_MS } from '../../_lib/time.ts';
import { isNightHour, lateNightActivity } from './index.ts';

const T = at('2024-06-30');
const reactionsAt = (times: readonly number[]): LedgerEvent[] => times.map((t) => ev('reaction', 'out', t));

describe('isNightHour', () => {
  it('wraps past midnight for [23, 5)', () => {
    expect([22, 23, 0, 4, 5].map((h) => isNightHour(h, 23, 5))).toEqual([false, true, true, true, false]);
    expect([0, 1, 5, 6].map((h) => isNightHour(h, 1, 6))).toEqual([false, true, true, false]);
  });
});

describe('late_night_activity_share', () => {
  it('is not available without any action file', () => {
    expect(lateNightActivity.compute(ctxOf(makeLedger({ available: ['connections'] }), T)).status).toBe('not-available');
  });
  it('is insufficient for an empty file, one action, and 49 actions', () => {
    expect(lateNightActivity.compute(ctxOf(makeLedger({ available: ['reactions'] }), T))).toMatchObject({ status: 'insufficient', have: 0, need: 50 });
    expect(lateNightActivity.compute(ctxOf(makeLedger({ events: reactionsAt([T]) }), T))).toMatchObject({ status: 'insufficient', have: 1 });
    expect(lateNightActivity.compute(ctxOf(makeLedger({ events: reactionsAt(Array(49).fill(T)) }), T))).toMatchObject({ status: 'insufficient', have: 49 });
  });
  it('hand-computed in UTC: counts only out actions in W, at the window edges', () => {
    const day = Date.UTC(2024, 5, 1);
    const events = [
      ...reactionsAt(Array(40).fill(day + 12 * HOUR_MS)),
      ...reactionsAt([day + 23 * HOUR_MS, day + 24 * HOUR_MS + 4 * HOUR_MS + 59 * 60_000]), // one night: 23:00 and 04:59 next day
      ...reactionsAt([day + 5 * HOUR_MS, day + 22 * HOUR_MS + 59 * 60_000]), // 05:00 and 22:59 are not late
      ev('post', 'out', day + 2 * DAY_MS + 1 * HOUR_MS, { text: 'late post' }), // another night
      msg('out', 'a', day + 3 * DAY_MS + 23 * HOUR_MS + 30 * 60_000),
      msg('in', 'a', day + 3 * DAY_MS + 23 * HOUR_MS + 45 * 60_000), // received: not an action
      ...reactionsAt(Array(4).fill(day + 12 * HOUR_MS)),
      ev('follow', 'out', day + HOUR_MS), // not an action kind
      ...reactionsAt([T - 366 * DAY_MS]), // outside W
    ];
    const r = lateNightActivity.compute(ctxOf(makeLedger({ events }), T));
    expect(r).toMatchObject({ status: 'ok', value: 4 / 50, parts: { late_actions: 4, actions: 50, late_nights: 3, late_nights_per_30d: (3 * 30) / 365 } });
    if (r.status === 'ok') {
      const rows = r.charts?.[0]?.rows ?? [];
      expect(rows.length).toBe(24);
      expect(rows[12]).toEqual({ hour: 12, actions: 44 });
      expect(rows[23]).toEqual({ hour: 23, actions: 2 });
      // 2024-06-01 was a Saturday; the heatmap is Monday-first, 7 × 24 rows.
      const grid = r.charts?.[1]?.rows ?? [];
      expect(grid.length).toBe(168);
      expect(grid[5 * 24 + 12]).toEqual({ weekday: 'Sat', hour: 12, actions: 44 });
      expect(grid.filter((x) => x.weekday === 'Sat' && x.hour === 23)).toEqual([{ weekday: 'Sat', hour: 23, actions: 1 }]);
    }
  });
  it('converts to New York time across the 2024-03-10 DST change', () => {
    // 04:30 UTC is 23:30 EST on 9 March (late); 03:30 UTC on 11 March is 23:30 EDT (late);
    // 03:30 UTC on 9 March is 22:30 EST (not late); 09:30 UTC on 10 March is 05:30 EDT (not late).
    const events = [
      ...reactionsAt([Date.UTC(2024, 2, 10, 4, 30), Date.UTC(2024, 2, 11, 3, 30), Date.UTC(2024, 2, 9, 3, 30), Date.UTC(2024, 2, 10, 9, 30)]),
      ...reactionsAt(Array(46).fill(Date.UTC(2024, 2, 12, 16))),
    ];
    const l = makeLedger({ events });
    const ny = lateNightActivity.compute(ctxOf(l, T, { timeZone: 'America/New_York' }));
    expect(ny).toMatchObject({ status: 'ok', value: 2 / 50, parts: { late_actions: 2, late_nights: 2 } });
    // The same instants in UTC: 04:30 and 03:30 (twice) are late; 09:30 and 16:00 are not.
    const utc = lateNightActivity.compute(ctxOf(l, T));
    expect(utc).toMatchObject({ status: 'ok', value: 3 / 50, parts: { late_actions: 3, late_nights: 3 } });
  });
  it('puts everything on one late night into one night', () => {
    const d = Date.UTC(2024, 5, 1, 23, 10);
    const r = lateNightActivity.compute(ctxOf(makeLedger({ events: reactionsAt(Array.from({ length: 50 }, (_, i) => d + i * 60_000)) }), T));
    expect(r).toMatchObject({ status: 'ok', value: 1, parts: { late_nights: 1 } });
  });
  it('honours a custom window', () => {
    const d = Date.UTC(2024, 5, 1, 22, 10);
    const r = lateNightActivity.compute(ctxOf(makeLedger({ events: reactionsAt(Array(50).fill(d)) }), T, { nightStartHour: 22, nightEndHour: 6 }));
    expect(r).toMatchObject({ status: 'ok', value: 1 });
  });
});

describe('late_night_activity_share per platform', () => {
  it('pools every platform in the headline and shows each platform with enough actions alone', () => {
    const T = at('2024-06-30');
    const late = Date.UTC(2024, 5, 20, 23, 30);
    const day = Date.UTC(2024, 5, 20, 12, 0);
    const onX = (e: LedgerEvent): LedgerEvent => ({ ...e, platform: 'x', source: { platform: 'x', file: 'data/tweets.js', row: 1 } });
    const li = [...Array.from({ length: 40 }, () => ev('reaction', 'out', day)), ...Array.from({ length: 10 }, () => ev('reaction', 'out', late))];
    const x = [...Array.from({ length: 25 }, () => ev('post', 'out', late, { text: 'late' })), ...Array.from({ length: 25 }, () => ev('post', 'out', day, { text: 'day' })), ev('reaction', 'out', undefined)].map(onX);
    const r = lateNightActivity.compute(ctxOf(makeLedger({ events: [...li, ...x] }), T));
    expect(r).toMatchObject({ status: 'ok', value: 35 / 100, byPlatform: { linkedin: 0.2, x: 0.5 } });
    if (r.status === 'ok') expect(r.notes?.some((n) => n.includes('pools your actions'))).toBe(true);
  });
});
