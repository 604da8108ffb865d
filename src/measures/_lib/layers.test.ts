import { describe, expect, it } from 'vitest';
import { assignLayer, contactIndex, LAYER_MIN_DAYS } from './layers.ts';
import { at, daysBefore, ev, makeLedger, msg } from './test-ledger.ts';
import { DAY_MS } from './time.ts';

const T = at('2024-06-30');
const base = { reciprocatedInWindow: true, onceReal: false, lastComposed: T };

describe('assignLayer', () => {
  it('keeps the CODEBOOK §5.1 thresholds', () => {
    expect(LAYER_MIN_DAYS).toEqual({ L5: 52, L15: 12, L50: 2, L150: 1 });
  });
  it('places reciprocated alters by contact days, each threshold inclusive', () => {
    expect(assignLayer({ ...base, contactDays: 52 }, T)).toBe('L5');
    expect(assignLayer({ ...base, contactDays: 51 }, T)).toBe('L15');
    expect(assignLayer({ ...base, contactDays: 12 }, T)).toBe('L15');
    expect(assignLayer({ ...base, contactDays: 11 }, T)).toBe('L50');
    expect(assignLayer({ ...base, contactDays: 2 }, T)).toBe('L50');
    expect(assignLayer({ ...base, contactDays: 1 }, T)).toBe('L150');
  });
  it('keeps unreciprocated contact in L150 however frequent', () => {
    expect(assignLayer({ ...base, reciprocatedInWindow: false, contactDays: 200 }, T)).toBe('L150');
  });
  it('splits silent alters into dormant (once real, ≥ 1,095 days), lapsed (365–1,094) and unplaced', () => {
    const silent = { contactDays: 0, reciprocatedInWindow: false };
    expect(assignLayer({ ...silent, onceReal: true, lastComposed: T - 1095 * DAY_MS }, T)).toBe('dormant');
    expect(assignLayer({ ...silent, onceReal: true, lastComposed: T - 1094.5 * DAY_MS }, T)).toBe('lapsed');
    expect(assignLayer({ ...silent, onceReal: false, lastComposed: T - 365 * DAY_MS }, T)).toBe('lapsed');
    expect(assignLayer({ ...silent, onceReal: false, lastComposed: T - 2000 * DAY_MS }, T)).toBe('unplaced');
    expect(assignLayer({ ...silent, onceReal: true }, T)).toBe('unplaced');
  });
});

describe('contactIndex', () => {
  it('counts distinct local days in W with a composed event, in the given time zone', () => {
    const late = Date.parse('2024-01-10T23:30:00Z');
    const early = Date.parse('2024-01-11T00:30:00Z');
    const l = makeLedger({ events: [msg('out', 'a', late), msg('in', 'a', early), msg('in', 'a', early + 3600_000)] });
    expect(contactIndex(l, T, 'UTC').get('a')).toEqual({ platform: 'linkedin', contactDays: 2, composedEver: 3, lastComposed: early + 3600_000 });
    // Berlin is UTC+1 in January: 00:30, 01:30 and 02:30 on 11 January, one local day.
    expect(contactIndex(l, T, 'Europe/Berlin').get('a')?.contactDays).toBe(1);
    // New York is UTC−5: 18:30, 19:30 and 20:30 on 10 January.
    expect(contactIndex(l, T, 'America/New_York').get('a')?.contactDays).toBe(1);
  });
  it('counts events before W in composedEver but not as contact days, and ignores events after T and one-click events', () => {
    const l = makeLedger({
      events: [
        msg('out', 'a', daysBefore(T, 400)),
        msg('out', 'a', T + DAY_MS),
        ev('reaction', 'out', daysBefore(T, 3), { personIds: ['a'] }),
        ev('comment', 'out', daysBefore(T, 2), { personIds: ['a'], text: 'nice work' }),
      ],
    });
    expect(contactIndex(l, T, 'UTC').get('a')).toEqual({ platform: 'linkedin', contactDays: 1, composedEver: 2, lastComposed: daysBefore(T, 2) });
  });
  it('is empty for an empty ledger', () => {
    expect(contactIndex(makeLedger(), T, 'UTC').size).toBe(0);
  });
});
