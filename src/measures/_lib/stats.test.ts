import { describe, expect, it } from 'vitest';
import { median, percent, round } from './stats.ts';

describe('stats', () => {
  it('median of empty, one, odd and even lists', () => {
    expect(median([])).toBeUndefined();
    expect(median([4])).toBe(4);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
  it('rounds and formats', () => {
    expect(round(0.12345, 3)).toBe(0.123);
    expect(percent(0.416)).toBe('42%');
  });
});
