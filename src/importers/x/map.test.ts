import { describe, expect, it } from 'vitest';
import { mapTweet, parseIsoDate, parseTwitterDate, repairText, statusUrl } from './map.ts';

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

describe('parseIsoDate', () => {
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
