import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLinkedInDate } from './dates.ts';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

describe('parseLinkedInDate fast path (YYYY-MM-DD HH:MM:SS [UTC])', () => {
  it('agrees with Date.UTC for any valid value, with or without UTC and surrounding spaces', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 60 }),
        fc.constantFrom('', ' UTC', ' UTC  '),
        (y, mo, d, h, mi, s, suffix) => {
          const text = `${pad(y, 4)}-${pad(mo)}-${pad(d)} ${pad(h)}:${pad(mi)}:${pad(s)}${suffix}`;
          expect(parseLinkedInDate(text)).toBe(Date.UTC(y, mo - 1, d, h, mi, s));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('handles leap days and month ends by calendar, not by rollover', () => {
    expect(parseLinkedInDate('2024-02-29 23:59:59 UTC')).toBe(Date.UTC(2024, 1, 29, 23, 59, 59));
    expect(parseLinkedInDate('2000-02-29 00:00:00')).toBe(Date.UTC(2000, 1, 29));
    expect(parseLinkedInDate('2023-02-29 00:00:00 UTC')).toBeUndefined();
    expect(parseLinkedInDate('1900-02-29 00:00:00')).toBeUndefined();
    expect(parseLinkedInDate('2024-04-31 10:00:00')).toBeUndefined();
    expect(parseLinkedInDate('2024-12-31 23:59:59')).toBe(Date.UTC(2024, 11, 31, 23, 59, 59));
    expect(parseLinkedInDate('1969-12-31 23:59:59 UTC')).toBe(-1000);
  });

  it('rejects out-of-range parts and stray characters', () => {
    for (const bad of ['2024-13-01 00:00:00', '2024-00-10 00:00:00', '2024-01-01 24:00:00', '2024-01-01 00:60:00', '2024-01-01 00:00:61 UTC', '2024-0a-01 00:00:00', '2024-01-01 00:00:00 GMT']) {
      expect(parseLinkedInDate(bad)).toBeUndefined();
    }
  });

  it('reads years 0-99 as Date.UTC does (1900-1999)', () => {
    expect(parseLinkedInDate('0099-06-01 00:00:00')).toBe(Date.UTC(99, 5, 1));
  });
});
