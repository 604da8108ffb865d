import { describe, expect, it } from 'vitest';
import { DAY_MS, inWindow, monthBucketer, localDayNumber, localHour, localWeekday, monthsEnding, quartersBetween, utcQuarter, zoneOffset } from './time.ts';

const T = Date.UTC(2024, 5, 30, 12);

describe('inWindow', () => {
  it('excludes the start instant and includes the end instant', () => {
    expect(inWindow(T - 365 * DAY_MS, T, 365)).toBe(false);
    expect(inWindow(T - 365 * DAY_MS + 1, T, 365)).toBe(true);
    expect(inWindow(T, T, 365)).toBe(true);
    expect(inWindow(T + 1, T, 365)).toBe(false);
    expect(inWindow(undefined, T, 365)).toBe(false);
  });
});

describe('local time', () => {
  it('is the UTC hour in UTC', () => {
    expect(localHour(Date.UTC(2024, 0, 1, 23, 59), 'UTC')).toBe(23);
    expect(localWeekday(Date.UTC(2024, 0, 1), 'UTC')).toBe(1); // a Monday
  });
  it('follows New York across the 2024-03-10 spring-forward change', () => {
    // 06:30 UTC = 01:30 EST; 07:30 UTC = 03:30 EDT (02:xx does not exist that night).
    expect(localHour(Date.UTC(2024, 2, 10, 6, 30), 'America/New_York')).toBe(1);
    expect(localHour(Date.UTC(2024, 2, 10, 7, 30), 'America/New_York')).toBe(3);
    expect(zoneOffset(Date.UTC(2024, 2, 10, 6), 'America/New_York')).toBe(-5 * 3_600_000);
    expect(zoneOffset(Date.UTC(2024, 2, 10, 7), 'America/New_York')).toBe(-4 * 3_600_000);
    // 03:00 UTC on 10 March is still 9 March, 22:00 local.
    expect(localDayNumber(Date.UTC(2024, 2, 10, 3), 'America/New_York')).toBe(Math.floor(Date.UTC(2024, 2, 9) / DAY_MS));
  });
  it('handles half-hour zones', () => {
    expect(localHour(Date.UTC(2024, 0, 1, 18, 0), 'Asia/Kolkata')).toBe(23);
  });
  it('converts a million timestamps across ten years of DST changes, agreeing with Intl at every one of a sample', () => {
    const start = Date.UTC(2015, 0, 1);
    const hours = new Uint8Array(1_000_000);
    for (let i = 0; i < hours.length; i++) hours[i] = localHour(start + i * 317_000, 'Europe/Berlin');
    const berlin = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hour: 'numeric', hourCycle: 'h23' });
    for (let i = 0; i < hours.length; i += 997) expect(hours[i], `instant ${i}`).toBe(Number(berlin.format(start + i * 317_000)));
  });
});

describe('calendar labels', () => {
  it('lists months and quarters oldest first', () => {
    expect(monthsEnding(Date.UTC(2024, 1, 15), 3)).toEqual(['2023-12', '2024-01', '2024-02']);
    expect(quartersBetween(Date.UTC(2023, 10, 1), Date.UTC(2024, 3, 1))).toEqual(['2023-Q4', '2024-Q1', '2024-Q2']);
    expect(utcQuarter(Date.UTC(2024, 11, 31))).toBe('2024-Q4');
  });
});

describe('monthBucketer', () => {
  it('finds the month index at the month edges and -1 outside', () => {
    const b = monthBucketer(['2023-12', '2024-01', '2024-02']);
    expect(b(Date.UTC(2023, 11, 1))).toBe(0);
    expect(b(Date.UTC(2024, 0, 1) - 1)).toBe(0);
    expect(b(Date.UTC(2024, 0, 1))).toBe(1);
    expect(b(Date.UTC(2024, 2, 1) - 1)).toBe(2);
    expect(b(Date.UTC(2024, 2, 1))).toBe(-1);
    expect(b(Date.UTC(2023, 11, 1) - 1)).toBe(-1);
    expect(monthBucketer([])(0)).toBe(-1);
  });
});
