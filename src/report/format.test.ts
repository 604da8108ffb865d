import { describe, expect, it } from 'vitest';
import { formatInstant, formatPart, formatPercent, formatResult, formatValue, humanise } from './format.ts';

describe('formatValue', () => {
  it('formats counts as integers with separators', () => {
    expect(formatValue(1234, 'count')).toBe('1,234');
    expect(formatValue(0, 'count')).toBe('0');
    expect(formatValue(2.6, 'count')).toBe('3');
  });

  it('formats proportions as percentages, with a decimal below 10%', () => {
    expect(formatValue(0.234, 'proportion')).toBe('23%');
    expect(formatValue(0.061, 'proportion')).toBe('6.1%');
    expect(formatValue(0.004, 'proportion')).toBe('0.4%');
    expect(formatValue(0, 'proportion')).toBe('0%');
    expect(formatValue(1, 'proportion')).toBe('100%');
    expect(formatPercent(0.105)).toBe('11%');
  });

  it('formats ratios with two decimals, or one from 10 up', () => {
    expect(formatValue(0.5, 'ratio')).toBe('0.50');
    expect(formatValue(7.456, 'ratio')).toBe('7.46');
    expect(formatValue(12.34, 'ratio')).toBe('12.3');
  });

  it('formats rates, binaries, tokens and similarity', () => {
    expect(formatValue(2.345, 'per-100-words')).toBe('2.3 per 100 words');
    expect(formatValue(1.25, 'per-30-days')).toBe('1.3 per 30 days');
    expect(formatValue(1, 'binary')).toBe('yes');
    expect(formatValue(0, 'binary')).toBe('no');
    expect(formatValue(72.44, 'tokens')).toBe('72.4');
    expect(formatValue(1500, 'tokens')).toBe('1,500');
    expect(formatValue(0.8123, 'similarity')).toBe('0.81');
  });

  it('never prints Infinity or NaN', () => {
    expect(formatValue(Number.POSITIVE_INFINITY, 'ratio')).toBe('–');
    expect(formatValue(Number.NaN, 'count')).toBe('–');
    expect(formatPart(Number.NaN)).toBe('–');
  });
});

describe('formatResult', () => {
  it('gives the fixed sentences for results without a number', () => {
    expect(formatResult({ status: 'not-available', reason: 'x' }, 'count')).toBe('not available from these exports');
    expect(formatResult({ status: 'insufficient', reason: 'x', have: 2, need: 20 }, 'count')).toBe('not enough data in this export');
    expect(formatResult({ status: 'ok', value: 0.5 }, 'proportion')).toBe('50%');
  });
});

describe('helpers', () => {
  it('humanises part keys', () => {
    expect(humanise('one_way')).toBe('one way');
    expect(humanise('withEmployer')).toBe('with employer');
    expect(humanise('late-night')).toBe('late night');
  });

  it('formats an instant in the given zone, and falls back to UTC for an unknown zone', () => {
    const t = Date.UTC(2026, 6, 1, 23, 30);
    expect(formatInstant(t, 'UTC')).toBe('1 July 2026 at 23:30');
    expect(formatInstant(t, 'Europe/London')).toBe('2 July 2026 at 00:30');
    expect(formatInstant(t, 'Not/AZone')).toBe('1 July 2026 at 23:30 UTC (time zone “Not/AZone” not recognised)');
    expect(formatInstant(Number.NaN, 'UTC')).toBe('unknown');
  });
});
