import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLedger, eventColumns, type ImportBatch } from './build.ts';
import { kindDirectionCode } from './kinds.ts';
import type { FileReport, LedgerEvent } from './types.ts';

const ev = (row: number, at?: number): LedgerEvent => ({
  kind: 'reaction',
  platform: 'linkedin',
  direction: 'out',
  ...(at !== undefined ? { at } : {}),
  source: { platform: 'linkedin', file: 'Reactions.csv', row },
});

const batch = (events: readonly LedgerEvent[], files: readonly FileReport[] = []): ImportBatch => ({ platform: 'linkedin', people: [], ties: [], events, profiles: [], files });

/** The reference order: a stable sort by time with undated events first. */
const reference = (events: readonly LedgerEvent[]): number[] => [...events].sort((a, b) => (a.at ?? -Infinity) - (b.at ?? -Infinity)).map((e) => e.source.row);

describe('buildLedger event order', () => {
  it('is empty for no batches and for an empty batch', () => {
    expect(buildLedger([]).events).toEqual([]);
    expect(buildLedger([batch([])]).events).toEqual([]);
    expect(buildLedger([batch([])]).latestTimestamp).toBeUndefined();
  });

  it('keeps one event and an already sorted list as given', () => {
    const one = [ev(1, 5)];
    expect(buildLedger([batch(one)]).events).toEqual(one);
    const sorted = [ev(1), ev(2, 1), ev(3, 1), ev(4, 7)];
    expect(buildLedger([batch(sorted)]).events.map((e) => e.source.row)).toEqual([1, 2, 3, 4]);
  });

  it('reverses a newest-first file and keeps equal times in input order', () => {
    const events = [ev(1, 30), ev(2, 20), ev(3, 20), ev(4, 10), ev(5), ev(6, 20)];
    expect(buildLedger([batch(events)]).events.map((e) => e.source.row)).toEqual([5, 4, 2, 3, 6, 1]);
  });

  it('keeps every event on one instant in input order, across batches', () => {
    const a = [ev(1, 9), ev(2, 9)];
    const b = [ev(3, 9), ev(4, 9)];
    expect(buildLedger([batch(a), batch(b)]).events.map((e) => e.source.row)).toEqual([1, 2, 3, 4]);
  });

  it('matches a stable sort for any mix of runs, duplicates and undated events', () => {
    const time = fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined });
    fc.assert(
      fc.property(fc.array(fc.array(time, { maxLength: 60 }), { maxLength: 4 }), (groups) => {
        let row = 0;
        const batches = groups.map((g) => batch(g.map((t) => ev(++row, t))));
        const all = batches.flatMap((b) => b.events);
        expect(buildLedger(batches).events.map((e) => e.source.row)).toEqual(reference(all));
      }),
      { numRuns: 300 },
    );
  });

  it('orders long interleaved runs like a stable sort (many merge passes)', () => {
    // 50 conversations, each newest first, interleaved in time: the shape of a messages file.
    const events: LedgerEvent[] = [];
    let row = 0;
    for (let c = 0; c < 50; c++) for (let i = 40; i > 0; i--) events.push(ev(++row, i * 100 + (c % 7)));
    expect(buildLedger([batch(events)]).events.map((e) => e.source.row)).toEqual(reference(events));
  });

  it('reports the latest time of events and ties, and the data kinds present', () => {
    const files: FileReport[] = [
      { platform: 'linkedin', archive: 'a.zip', file: 'Reactions.csv', kind: 'reactions', records: 2, skipped: 0 },
      { platform: 'linkedin', archive: 'a.zip', file: 'x.csv', kind: 'other', records: 0, skipped: 0 },
    ];
    const l = buildLedger([
      { ...batch([ev(1, 50), ev(2)], files), ties: [{ personId: 'p', platform: 'linkedin', kind: 'connection', since: 70, source: { platform: 'linkedin', file: 'Connections.csv', row: 1 } }] },
    ]);
    expect(l.latestTimestamp).toBe(70);
    expect([...l.available]).toEqual(['reactions']);
    expect(l.ties).toHaveLength(1);
  });
});

describe('eventColumns', () => {
  it('gives sorted times and kind codes in ledger order, and nothing for other objects', () => {
    const msg: LedgerEvent = { ...ev(9, 15), kind: 'message', direction: 'in' };
    const l = buildLedger([batch([ev(1, 30), msg, ev(2), ev(3, Number.NaN)])]);
    const cols = eventColumns(l);
    expect(l.events.map((e) => e.source.row)).toEqual([2, 3, 9, 1]);
    expect(Array.from(cols?.at ?? [])).toEqual([-Infinity, -Infinity, 15, 30]);
    const reaction = kindDirectionCode('reaction', 'out');
    expect(Array.from(cols?.codes ?? [])).toEqual([reaction, reaction, kindDirectionCode('message', 'in'), reaction]);
    expect(eventColumns({ ...l })).toBeUndefined();
    expect(Array.from(eventColumns(buildLedger([]))?.at ?? [1])).toEqual([]);
  });
});
