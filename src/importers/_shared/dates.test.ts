import { describe, expect, it } from 'vitest';
import { parseLinkedInDate, parseMonthYear } from './dates.ts';

const utc = (iso: string) => Date.parse(iso);

describe('parseLinkedInDate', () => {
  it.each([
    // Connections 2021+
    ['09 Sep 2022', '2022-09-09T00:00:00Z'],
    ['30 May 2024', '2024-05-30T00:00:00Z'],
    ['9 Sep 2022', '2022-09-09T00:00:00Z'],
    // Invitations, US order, 12-hour clock
    ['3/12/24, 11:20 AM', '2024-03-12T11:20:00Z'],
    ['8/26/22, 8:56 PM', '2022-08-26T20:56:00Z'],
    ['1/1/24, 12:05 AM', '2024-01-01T00:05:00Z'],
    ['1/1/24, 12:05 PM', '2024-01-01T12:05:00Z'],
    // Recommendations: zero-padded hour
    ['12/24/23, 05:28 AM', '2023-12-24T05:28:00Z'],
    // 2018 Connections / Messages
    ['1/8/18, 6:14 PM', '2018-01-08T18:14:00Z'],
    ['10/16/18, 8:36 AM', '2018-10-16T08:36:00Z'],
    // Saved Jobs without a time
    ['1/1/26', '2026-01-01T00:00:00Z'],
    // messages.csv
    ['2024-03-20 15:09:26 UTC', '2024-03-20T15:09:26Z'],
    // Shares, Comments, Reactions
    ['2024-03-17 18:03:34', '2024-03-17T18:03:34Z'],
    // Learning (no seconds)
    ['2023-05-02 14:07 UTC', '2023-05-02T14:07:00Z'],
    ['2024-03-20T15:09:26Z', '2024-03-20T15:09:26Z'],
    // Endorsements, 2018 Shares
    ['2022/03/21 18:14:18 UTC', '2022-03-21T18:14:18Z'],
    ['2017/06/08 08:15:44 UTC', '2017-06-08T08:15:44Z'],
    // Company Follows (Java Date.toString)
    ['Wed Mar 13 18:51:14 UTC 2024', '2024-03-13T18:51:14Z'],
    ['Fri Mar 01 11:13:16 UTC 2024', '2024-03-01T11:13:16Z'],
    // Positions / Education
    ['Jan 2024', '2024-01-01T00:00:00Z'],
    ['2021', '2021-01-01T00:00:00Z'],
    // Excel re-save of Connections.csv
    ['18-Jun-24', '2024-06-18T00:00:00Z'],
    // whitespace around the value
    ['  2024-03-17 18:03:34 ', '2024-03-17T18:03:34Z'],
  ])('%s → %s', (raw, iso) => {
    expect(parseLinkedInDate(raw)).toBe(utc(iso));
  });

  it.each([
    '',
    '   ',
    'Mar 7', // Birth Date without a year is not a point in time
    'N/A',
    'yesterday',
    '2024-02-30 10:00:00', // no 30 February
    '2024-13-01 10:00:00',
    '31 Feb 2024',
    '13/40/24, 1:00 PM',
    '3/12/24, 13:20 PM',
    '2024-03-17 25:03:34',
    'Xyz 2024',
    '32-Jun-24',
  ])('%j → undefined', (raw) => {
    expect(parseLinkedInDate(raw)).toBeUndefined();
  });

  it('does not depend on the process time zone', () => {
    // vitest pins TZ=UTC; the parser must give the same value whatever TZ is, since it never uses local time.
    const before = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      expect(parseLinkedInDate('3/12/24, 11:20 AM')).toBe(utc('2024-03-12T11:20:00Z'));
      expect(parseLinkedInDate('09 Sep 2022')).toBe(utc('2022-09-09T00:00:00Z'));
    } finally {
      process.env.TZ = before;
    }
  });
});

describe('parseMonthYear', () => {
  it.each([
    ['Jun 2018', '2018-06'],
    ['Dec 2021', '2021-12'],
    ['2016', '2016'],
    [' Aug 2022 ', '2022-08'],
  ])('%s → %s', (raw, out) => {
    expect(parseMonthYear(raw)).toBe(out);
  });

  it.each(['', 'Present', 'Foo 2020', '20 Jun 2018'])('%j → undefined', (raw) => {
    expect(parseMonthYear(raw)).toBeUndefined();
  });
});
