import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapTweet, parseIsoDate, parseTwitterDate, repairText, statusUrl } from './map.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The reading the importer must keep: the format's pattern, Date.UTC, and no rolling 31 Feb into March. */
function dateOracle(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number | undefined {
  if (mo < 0 || mo > 11 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return undefined;
  const t = Date.UTC(y, mo, d, h, mi, s, ms);
  return new Date(t).getUTCDate() === d || s === 60 ? t : undefined;
}

function twitterOracle(raw: string): number | undefined {
  const m = /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$/.exec(raw.trim());
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[1]!);
  if (month < 0) return undefined;
  const t = dateOracle(Number(m[9]), month, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), 0);
  return t === undefined ? undefined : t - (Number(m[7]) * 60 + Number(m[8])) * (m[6] === '-' ? -1 : 1) * 60_000;
}

function isoOracle(raw: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})$/.exec(raw.trim());
  if (!m) return undefined;
  const t = dateOracle(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0);
  if (t === undefined || m[8] === 'Z') return t;
  const z = m[8]!.replace(':', '');
  return t - (Number(z.slice(1, 3)) * 60 + Number(z.slice(3, 5))) * (z[0] === '-' ? -1 : 1) * 60_000;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
/** Dates in the format's shape with fields in and out of range, sometimes with one character changed or spaces around. */
const twitterLike = fc
  .record({
    wd: fc.constantFrom('Sat', 'Mon', 'sat', 'SAT', 'S4t'),
    mon: fc.oneof(fc.constantFrom(...MONTHS), fc.constantFrom('Foo', 'jan', 'JAN', 'Ja1')),
    d: fc.integer({ min: 0, max: 39 }),
    dWidth: fc.constantFrom(1, 2),
    h: fc.integer({ min: 0, max: 29 }),
    mi: fc.integer({ min: 0, max: 69 }),
    s: fc.integer({ min: 0, max: 69 }),
    sign: fc.constantFrom('+', '-', '*'),
    oh: fc.integer({ min: 0, max: 99 }),
    om: fc.integer({ min: 0, max: 99 }),
    y: fc.integer({ min: 0, max: 9999 }),
    edit: fc.option(fc.tuple(fc.nat(29), fc.constantFrom('0', '9', ' ', ':', 'a', '+', 'x')), { nil: undefined }),
    space: fc.constantFrom('', ' ', '\t'),
  })
  .map((r) => {
    let s = `${r.wd} ${r.mon} ${pad(r.d, r.dWidth)} ${pad(r.h, 2)}:${pad(r.mi, 2)}:${pad(r.s, 2)} ${r.sign}${pad(r.oh, 2)}${pad(r.om, 2)} ${pad(r.y, 4)}`;
    if (r.edit) s = s.slice(0, r.edit[0]) + r.edit[1] + s.slice(r.edit[0] + 1);
    return r.space + s + r.space;
  });

describe('parseTwitterDate', () => {
  it('reads created_at, with its offset', () => {
    expect(parseTwitterDate('Sat Aug 12 16:10:37 +0000 2023')).toBe(Date.UTC(2023, 7, 12, 16, 10, 37));
    expect(parseTwitterDate('Sun Oct 07 07:39:51 +0000 2012')).toBe(Date.UTC(2012, 9, 7, 7, 39, 51));
    expect(parseTwitterDate('Sun Oct 07 09:39:51 +0200 2012')).toBe(Date.UTC(2012, 9, 7, 7, 39, 51));
  });
  it('refuses malformed and out-of-range dates', () => {
    expect(parseTwitterDate('2023-08-12')).toBeUndefined();
    expect(parseTwitterDate('Sat Foo 12 16:10:37 +0000 2023')).toBeUndefined();
    expect(parseTwitterDate('Sat Feb 31 16:10:37 +0000 2023')).toBeUndefined();
    expect(parseTwitterDate('')).toBeUndefined();
  });
});

describe('parseTwitterDate against the pattern and Date.UTC', () => {
  it('agrees on every generated date, valid or not (fast path and leap years included)', () => {
    fc.assert(fc.property(twitterLike, (raw) => {
      expect(parseTwitterDate(raw)).toBe(twitterOracle(raw));
    }), { numRuns: 20_000 });
    for (const raw of ['Thu Feb 29 12:00:00 +0000 2024', 'Tue Feb 29 12:00:00 +0000 2100', 'Tue Feb 29 12:00:00 +0000 2000', 'Mon Jun 30 23:59:60 +0000 2015', 'Sat Jan 01 00:00:00 +0000 0050']) {
      expect(parseTwitterDate(raw)).toBe(twitterOracle(raw));
    }
  });
});

describe('parseIsoDate', () => {
  it('agrees with the pattern and Date.UTC on generated dates', () => {
    const iso = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 33 }), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), fc.integer({ min: 0, max: 61 }), fc.constantFrom('', '.5', '.068', '.123456789'), fc.constantFrom('Z', '+02:00', '-0530', '+1'))
      .map(([y, mo, d, h, mi, s, frac, z]) => `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}${frac}${z}`);
    fc.assert(fc.property(iso, (raw) => {
      expect(parseIsoDate(raw)).toBe(isoOracle(raw));
    }), { numRuns: 5_000 });
  });

  it('reads DM and account dates with milliseconds', () => {
    expect(parseIsoDate('2020-01-20T21:42:09.068Z')).toBe(Date.UTC(2020, 0, 20, 21, 42, 9, 68));
    expect(parseIsoDate('2009-04-24T19:18:20.000Z')).toBe(Date.UTC(2009, 3, 24, 19, 18, 20));
    expect(parseIsoDate('2020-01-20T23:42:09+02:00')).toBe(Date.UTC(2020, 0, 20, 21, 42, 9));
  });
  it('refuses other shapes', () => {
    expect(parseIsoDate('2020-01-20')).toBeUndefined();
    expect(parseIsoDate('2020-13-20T21:42:09Z')).toBeUndefined();
  });
});

describe('repairText', () => {
  it('decodes HTML entities and expands t.co links', () => {
    expect(repairText('a &amp; b &gt; c https://t.co/x1', [{ url: 'https://t.co/x1', expanded: 'https://example.org/p' }])).toBe('a & b > c https://example.org/p');
  });
});

const owner = { id: '35010911', handle: 'me' };
const mention = (id: string, screen: string) => ({ name: screen, screen_name: screen, indices: ['0', '1'], id_str: id, id });

describe('mapTweet', () => {
  it('maps a plain post with mentions as people', () => {
    const t = mapTweet({ id_str: '1276916896974110721', created_at: 'Sat Jun 27 16:34:46 +0000 2020', full_text: 'I found @syncthing', entities: { user_mentions: [mention('2717302468', 'syncthing')], urls: [] } }, owner);
    expect(t).toMatchObject({ kind: 'post', text: 'I found @syncthing', url: 'https://twitter.com/me/status/1276916896974110721', personIds: ['x:id:2717302468'], at: Date.UTC(2020, 5, 27, 16, 34, 46) });
    expect(t?.targetUrl).toBeUndefined();
  });

  it('maps an RT @ tweet to a repost without text, naming the author', () => {
    const t = mapTweet({ id_str: '254848497235398656', full_text: 'RT @nostrich: 2012 is about…', entities: { user_mentions: [mention('626183', 'nostrich')] } }, owner);
    expect(t).toMatchObject({ kind: 'repost', personIds: ['x:id:626183'] });
    expect(t?.text).toBeUndefined();
  });

  it('maps a retweeted_status object to a repost pointing at the original', () => {
    const t = mapTweet({ id_str: '5', full_text: 'whatever', retweeted_status: { id_str: '4', user: { id_str: '9', screen_name: 'orig' } } }, owner);
    expect(t).toMatchObject({ kind: 'repost', targetUrl: 'https://twitter.com/orig/status/4', personIds: ['x:id:9'] });
  });

  it('maps a reply to someone else to a reply with the replied-to account first', () => {
    const t = mapTweet(
      { id_str: '10', full_text: '@bob @carol yes', in_reply_to_status_id_str: '9', in_reply_to_user_id_str: '22', in_reply_to_screen_name: 'bob', entities: { user_mentions: [mention('33', 'carol'), mention('22', 'bob')] } },
      owner,
    );
    expect(t).toMatchObject({ kind: 'reply', personIds: ['x:id:22', 'x:id:33'], text: '@bob @carol yes' });
  });

  it('maps a reply to oneself (a thread) to a post pointing at the previous tweet, never naming the owner', () => {
    const t = mapTweet({ id_str: '11', full_text: 'part two', in_reply_to_status_id_str: '10', in_reply_to_user_id_str: owner.id }, owner);
    expect(t).toMatchObject({ kind: 'post', targetUrl: 'https://twitter.com/me/status/10', personIds: [] });
  });

  it('maps a quote (trailing status link) to a post with targetUrl, but a status link mid-text is just a link', () => {
    const q = 'https://twitter.com/someone/status/1632345678901234567';
    const quote = mapTweet({ id_str: '12', full_text: 'so true https://t.co/q1', entities: { urls: [{ url: 'https://t.co/q1', expanded_url: q }] } }, owner);
    expect(quote).toMatchObject({ kind: 'post', targetUrl: q, text: `so true ${q}` });
    const mid = mapTweet({ id_str: '13', full_text: 'see https://t.co/q1 for more', entities: { urls: [{ url: 'https://t.co/q1', expanded_url: q }] } }, owner);
    expect(mid?.targetUrl).toBeUndefined();
    const permalink = mapTweet({ id_str: '14', full_text: 'hm', quoted_status_permalink: { expanded: q } }, owner);
    expect(permalink?.targetUrl).toBe(q);
  });

  it('keeps ids beyond 2^53 as exact strings and refuses a tweet without an id', () => {
    const big = '1498765432109876543';
    const t = mapTweet({ id_str: big, full_text: '@x hi', in_reply_to_status_id_str: big, in_reply_to_user_id_str: big }, owner);
    expect(t?.personIds).toEqual([`x:id:${big}`]);
    expect(t?.url).toBe(statusUrl(big, 'me'));
    expect(mapTweet({ full_text: 'no id' }, owner)).toBeUndefined();
  });

  it('uses the handle-free status link when the owner handle is unknown', () => {
    expect(mapTweet({ id_str: '7', full_text: 'x' }, {})?.url).toBe('https://twitter.com/i/web/status/7');
  });
});
