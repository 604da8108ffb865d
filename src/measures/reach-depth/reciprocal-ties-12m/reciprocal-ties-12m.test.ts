import { describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../../../model/types.ts';
import { at, ctxOf, makeLedger, msg } from '../../_lib/test-ledger.ts';
import { DAY_MS } from '../../_lib/time.ts';
import { reciprocalTies12m } from './index.ts';

const T = at('2024-06-30');
/** `n` one-way messages to distinct strangers, to pass the 20-message minimum without adding ties. */
const filler = (n: number, time = T - 100 * DAY_MS): LedgerEvent[] => Array.from({ length: n }, (_, i) => msg('out', `stranger-${i}`, time));

describe('depth_reciprocal_ties_12m', () => {
  it('is not available without messages', () => {
    expect(reciprocalTies12m.compute(ctxOf(makeLedger(), T)).status).toBe('not-available');
  });
  it('is insufficient for an empty messages file and for one message', () => {
    expect(reciprocalTies12m.compute(ctxOf(makeLedger({ available: ['messages'] }), T))).toMatchObject({ status: 'insufficient', have: 0, need: 20 });
    expect(reciprocalTies12m.compute(ctxOf(makeLedger({ events: [msg('out', 'a', T)] }), T))).toMatchObject({ status: 'insufficient', have: 1, need: 20 });
  });
  it('is insufficient at 19 messages in W and computes at 20', () => {
    expect(reciprocalTies12m.compute(ctxOf(makeLedger({ events: filler(19) }), T))).toMatchObject({ status: 'insufficient', have: 19 });
    expect(reciprocalTies12m.compute(ctxOf(makeLedger({ events: filler(20) }), T))).toMatchObject({ status: 'ok', value: 0 });
  });
  it('hand-computed: counts 1:1 and group reciprocity separately, both messages in W', () => {
    const events = [
      ...filler(16),
      msg('out', 'a', T - 10 * DAY_MS),
      msg('in', 'a', T - 9 * DAY_MS), // a: 1:1 exchange in W
      msg('in', 'b', T - 40 * DAY_MS),
      msg('out', 'b', T - 5 * DAY_MS), // b: 35 days later, not an exchange
      msg('out', 'c', T - 370 * DAY_MS),
      msg('in', 'c', T - 350 * DAY_MS), // c: exchange straddles the window start
      msg('out', ['d', 'e'], T - 3 * DAY_MS),
      msg('in', 'd', T - 2 * DAY_MS, { participants: 3 }), // d: group exchange
    ];
    const r = reciprocalTies12m.compute(ctxOf(makeLedger({ events }), T));
    expect(r).toMatchObject({ status: 'ok', value: 1, parts: { group: 1, messages: 23 } });
  });
  it('uses the 30-day rule: exactly 30 days counts, 30 days + 1 ms does not', () => {
    const base = T - 100 * DAY_MS;
    const exact = reciprocalTies12m.compute(ctxOf(makeLedger({ events: [...filler(18), msg('out', 'a', base), msg('in', 'a', base + 30 * DAY_MS)] }), T));
    const late = reciprocalTies12m.compute(ctxOf(makeLedger({ events: [...filler(18), msg('out', 'a', base), msg('in', 'a', base + 30 * DAY_MS + 1)] }), T));
    expect(exact).toMatchObject({ status: 'ok', value: 1 });
    expect(late).toMatchObject({ status: 'ok', value: 0 });
  });
  it('counts everything on one day', () => {
    const d = T - 1000;
    const events = Array.from({ length: 10 }, (_, i) => [msg('out', `p${i}`, d), msg('in', `p${i}`, d)]).flat();
    expect(reciprocalTies12m.compute(ctxOf(makeLedger({ events }), T))).toMatchObject({ status: 'ok', value: 10, parts: { group: 0 } });
  });
  it('draws 24 months of connections added and people talked with', () => {
    const events = [...filler(18), msg('out', 'a', at('2024-05-10')), msg('in', 'a', at('2024-05-11'))];
    const l = makeLedger({ connections: [{ id: 'a', since: at('2024-05-02') }, { id: 'z', since: at('2020-01-01') }], events });
    const r = reciprocalTies12m.compute(ctxOf(l, T));
    if (r.status !== 'ok') throw new Error(r.status);
    const chart = r.charts?.[0];
    expect(chart?.rows.length).toBe(48);
    expect(chart?.rows[0]).toEqual({ month: '2022-07', series: 'connections added', people: 0 });
    expect(chart?.rows.filter((x) => x.month === '2024-05')).toEqual([
      { month: '2024-05', series: 'connections added', people: 1 },
      { month: '2024-05', series: 'people with a two-way conversation', people: 1 },
    ]);
    expect(chart?.description).toContain('added 1 connection and had a two-way conversation (a message answered within 30 days) with 1 person.');
  });

  it('counts distinct people per month and over the 24 months, ignoring exchanges before them', () => {
    const pair = (who: string, day: string): LedgerEvent[] => [msg('out', who, at(day)), msg('in', who, at(day) + DAY_MS)];
    const events = [
      ...filler(20),
      ...pair('old', '2022-06-10'), // before the first charted month (2022-07)
      ...pair('a', '2022-07-01'),
      ...pair('a', '2022-07-20'), // a again in the same month: counted once
      ...pair('b', '2022-07-05'),
      ...pair('a', '2024-06-01'), // a in a later month too
      ...pair('old', '2024-06-02'),
    ];
    const r = reciprocalTies12m.compute(ctxOf(makeLedger({ events }), T));
    if (r.status !== 'ok') throw new Error(r.status);
    const talked = (month: string) => r.charts?.[0]?.rows.find((x) => x.month === month && x.series === 'people with a two-way conversation')?.people;
    expect(talked('2022-07')).toBe(2);
    expect(talked('2022-08')).toBe(0);
    expect(talked('2024-06')).toBe(2);
    expect(r.charts?.[0]?.description).toContain('with 3 different people.');
  });

  it('draws an empty month series when no exchange falls in the 24 months', () => {
    const events = [...filler(20), msg('out', 'a', at('2020-01-01')), msg('in', 'a', at('2020-01-02'))];
    const r = reciprocalTies12m.compute(ctxOf(makeLedger({ events }), T));
    if (r.status !== 'ok') throw new Error(r.status);
    expect(r.charts?.[0]?.rows.every((x) => x.people === 0)).toBe(true);
    expect(r.charts?.[0]?.description).toContain('with 0 different people.');
  });
});

describe('depth_reciprocal_ties_12m per platform', () => {
  it('never adds people across platforms: the headline is the platform with the most messages', async () => {
    const { buildLedger } = await import('../../../model/build.ts');
    const T = at('2024-06-30');
    const d = T - 10 * DAY_MS;
    const pair = (platform: 'linkedin' | 'x', id: string) => [
      { kind: 'message' as const, platform, direction: 'out' as const, at: d, personIds: [id], participants: 2, text: 'hi', source: { platform, file: 'm', row: 1 } },
      { kind: 'message' as const, platform, direction: 'in' as const, at: d + 3_600_000, personIds: [id], participants: 2, text: 'hello', source: { platform, file: 'm', row: 1 } },
    ];
    const li = Array.from({ length: 12 }, (_, i) => pair('linkedin', `linkedin:url:p${i}`)).flat();
    const x = Array.from({ length: 10 }, (_, i) => pair('x', `x:id:${i}`)).flat();
    const files = (platform: 'linkedin' | 'x') => [{ platform, archive: 'a', file: 'm', kind: 'messages', records: 0, skipped: 0 }];
    const l = buildLedger([
      { platform: 'linkedin', people: [], ties: [], events: li, profiles: [], files: files('linkedin') },
      { platform: 'x', people: [], ties: [], events: x, profiles: [], files: files('x') },
    ]);
    const r = reciprocalTies12m.compute(ctxOf(l, T));
    expect(r).toMatchObject({ status: 'ok', value: 12, parts: { messages: 24 }, byPlatform: { linkedin: 12, x: 10 } });
  });
});
