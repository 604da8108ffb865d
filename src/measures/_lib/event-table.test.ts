import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Direction, EventKind, Ledger, LedgerEvent } from '../../model/types.ts';
import { countByMonth, countInWindow, endAt, eventTable, windowRange } from './event-table.ts';
import { at, ev, makeLedger } from './test-ledger.ts';
import { DAY_MS, inWindow, monthBucketer, monthStarts, monthsEnding } from './time.ts';

const T = at('2024-06-30');
const rows = (l: Ledger, list: Int32Array): number[] => Array.from(list, (i) => eventTable(l).events[i]?.source.row ?? -1);
const withRow = (e: LedgerEvent, row: number): LedgerEvent => ({ ...e, source: { ...e.source, row } });

describe('eventTable', () => {
  it('is empty for an empty ledger and shared per ledger', () => {
    const l = makeLedger();
    const t = eventTable(l);
    expect(t.events).toEqual([]);
    expect(t.of('message', 'out').length).toBe(0);
    expect(t.ofKind('message').length).toBe(0);
    expect(windowRange(t, t.of('message', 'out'), T, 365)).toEqual([0, 0]);
    expect(eventTable(l)).toBe(t);
  });

  it('lists positions by kind and direction in time order, undated first', () => {
    const l = makeLedger({
      events: [withRow(ev('message', 'out', T), 1), withRow(ev('message', 'in', undefined), 2), withRow(ev('reaction', 'out', T - DAY_MS), 3), withRow(ev('message', 'in', T - 2 * DAY_MS), 4)],
    });
    const t = eventTable(l);
    expect(t.events).toBe(l.events);
    expect(rows(l, t.of('message', 'in'))).toEqual([2, 4]);
    expect(rows(l, t.of('message', 'out'))).toEqual([1]);
    expect(rows(l, t.ofKind('message'))).toEqual([2, 4, 1]);
    expect(rows(l, t.of('reaction', 'out'))).toEqual([3]);
    expect(t.at[0]).toBe(-Infinity);
  });

  it('sorts a hand-made, unsorted ledger stably', () => {
    const base = makeLedger();
    const events = [withRow(ev('post', 'out', 20), 1), withRow(ev('post', 'out', 10), 2), withRow(ev('post', 'out', 20), 3), withRow(ev('post', 'out', undefined), 4)];
    const l: Ledger = { ...base, events };
    expect(rows(l, eventTable(l).of('post', 'out'))).toEqual([4, 2, 1, 3]);
  });

  it('finds the same events as inWindow and the "up to T" rule, at the window edges', () => {
    const times = [undefined, T - 365 * DAY_MS, T - 365 * DAY_MS + 1, T - DAY_MS, T, T + 1];
    const l = makeLedger({ events: times.map((t, i) => withRow(ev('comment', 'out', t), i + 1)) });
    const t = eventTable(l);
    const list = t.of('comment', 'out');
    const [from, to] = windowRange(t, list, T, 365);
    expect(rows(l, list.subarray(from, to))).toEqual([3, 4, 5]);
    expect(countInWindow(t, list, T, 365)).toBe(3);
    expect(rows(l, list.subarray(0, endAt(t, list, T)))).toEqual([1, 2, 3, 4, 5]);
  });

  it('agrees with a filter over the events for random ledgers', () => {
    const kinds: EventKind[] = ['message', 'post', 'reaction'];
    const dirs: Direction[] = ['in', 'out'];
    const event = fc.record({ k: fc.constantFrom(...kinds), d: fc.constantFrom(...dirs), t: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 50 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 3 }), (specs, asOfDay, days) => {
        const l = makeLedger({ events: specs.map((s, i) => withRow(ev(s.k, s.d, s.t === undefined ? undefined : s.t * DAY_MS), i + 1)) });
        const t = eventTable(l);
        const asOf = asOfDay * DAY_MS;
        for (const k of kinds)
          for (const d of dirs) {
            const list = t.of(k, d);
            const expected = l.events.filter((e) => e.kind === k && e.direction === d && inWindow(e.at, asOf, days)).map((e) => e.source.row);
            const [from, to] = windowRange(t, list, asOf, days);
            expect(rows(l, list.subarray(from, to))).toEqual(expected);
          }
      }),
      { numRuns: 200 },
    );
  });
});

describe('eventTable from buildLedger columns', () => {
  it('equals the table built from the event objects', () => {
    const kinds: EventKind[] = ['message', 'post', 'reaction', 'invitation'];
    const event = fc.record({ k: fc.constantFrom(...kinds), d: fc.constantFrom<Direction>('in', 'out'), t: fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (specs) => {
        const l = makeLedger({ events: specs.map((s, i) => withRow(ev(s.k, s.d, s.t), i + 1)) });
        const fromColumns = eventTable(l);
        const fromObjects = eventTable({ ...l });
        expect(Array.from(fromColumns.at)).toEqual(Array.from(fromObjects.at));
        for (const k of kinds) for (const d of ['in', 'out'] as const) expect(Array.from(fromColumns.of(k, d))).toEqual(Array.from(fromObjects.of(k, d)));
      }),
      { numRuns: 100 },
    );
  });
});

describe('countByMonth', () => {
  it('counts like monthBucketer over the events up to T, and nothing without months', () => {
    const months = monthsEnding(T, 3);
    const times = [at('2024-03-31'), at('2024-04-01'), Date.UTC(2024, 4, 1), Date.UTC(2024, 4, 1) - 1, at('2024-06-30'), T + 1, undefined];
    const l = makeLedger({ events: times.map((t, i) => withRow(ev('post', 'out', t), i + 1)) });
    const t = eventTable(l);
    const counts = months.map(() => 0);
    countByMonth(t, t.of('post', 'out'), monthStarts(months), T, counts);
    const bucket = monthBucketer(months);
    const expected = months.map(() => 0);
    for (const x of times) if (x !== undefined && x <= T && bucket(x) >= 0) expected[bucket(x)] = (expected[bucket(x)] ?? 0) + 1;
    expect(counts).toEqual(expected);
    expect(counts).toEqual([2, 1, 1]);
    const none: number[] = [];
    countByMonth(t, t.of('post', 'out'), monthStarts([]), T, none);
    expect(none).toEqual([]);
  });
});
