import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { id } from './raw.ts';

describe('id', () => {
  it('keeps 1 to 25 ASCII digits as a string and refuses anything else', () => {
    expect(id({ a: '1695083922712608768' }, 'a')).toBe('1695083922712608768');
    expect(id({ a: '0' }, 'a')).toBe('0');
    expect(id({ a: '9'.repeat(25) }, 'a')).toBe('9'.repeat(25));
    for (const bad of ['', '9'.repeat(26), '12a', ' 12', '12 ', '-1', '1.5', '١٢', '１２']) expect(id({ a: bad }, 'a')).toBeUndefined();
    expect(id({ a: 12 }, 'a')).toBe('12');
    expect(id({ a: 2 ** 53 }, 'a')).toBeUndefined();
    expect(id({}, 'a')).toBeUndefined();
  });

  it('agrees with /^\\d{1,25}$/ on any string', () => {
    const digitsAndMore = fc.string({ unit: fc.constantFrom('0', '5', '9', 'a', ' ', '-', '٣', '\u0000'), maxLength: 30 });
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 30 }), digitsAndMore), (s) => {
        expect(id({ a: s }, 'a')).toBe(/^\d{1,25}$/.test(s) ? s : undefined);
      }),
      { numRuns: 5_000 },
    );
  });
});
