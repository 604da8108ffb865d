import { describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../../../model/types.ts';
import { at, ctxOf, daysBefore, ev, makeLedger } from '../../_lib/test-ledger.ts';
import { MIN_LINKS, sourceDiversity } from './index.ts';

const T = at('2024-06-30');
const share = (url: string, t = daysBefore(T, 5)): LedgerEvent => ev('repost', 'out', t, { targetUrl: url });
const links = (n: number, domain: string, t?: number): LedgerEvent[] => Array.from({ length: n }, (_, i) => share(`https://www.${domain}/a/${i}`, t));

describe('source_diversity', () => {
  it('matches a hand computation: two sources half each give 1 bit, 2 effective sources', () => {
    const events = [...links(10, 'a-news.com'), ...links(10, 'b-blog.org'), share('https://www.linkedin.com/feed/1'), share('https://lnkd.in/x'), share('https://bit.ly/abc'), share('https://a-news.com/old', daysBefore(T, 400))];
    const r = sourceDiversity.compute(ctxOf(makeLedger({ events }), T));
    expect(r).toMatchObject({ status: 'ok', value: 2, parts: { entropy_bits: 1, top_share: 0.5, external_links: 20, domains: 2, shorteners: 1, internal_links: 2 }, byPlatform: { linkedin: 2 } });
    expect(r.status === 'ok' && r.items?.map((i) => i.domain)).toEqual(['a-news.com', 'b-blog.org']);
  });
  it('reads links written in post text and comment text, once per item', () => {
    const events = [
      ...links(18, 'a-news.com'),
      ev('post', 'out', daysBefore(T, 3), { text: 'Read https://c-site.net/x and again https://c-site.net/x.', targetUrl: 'https://c-site.net/x' }),
      ev('comment', 'out', daysBefore(T, 3), { text: 'See http://d-site.io/y, good' }),
    ];
    const r = sourceDiversity.compute(ctxOf(makeLedger({ events }), T));
    expect(r).toMatchObject({ status: 'ok', parts: { external_links: 20, domains: 3 } });
  });
  it('counts undated likes all-time and says so', () => {
    const likes = Array.from({ length: 5 }, (_, i) => ev('reaction', 'out', undefined, { platform: 'x', targetUrl: `https://e-mag.com/${i}` }));
    const r = sourceDiversity.compute(ctxOf(makeLedger({ events: [...links(15, 'a-news.com'), ...likes] }), T));
    expect(r).toMatchObject({ status: 'ok', parts: { external_links: 20 } });
    expect(r.status === 'ok' && r.notes?.[0]).toMatch(/5 links come from likes without a date/);
  });
  it('needs 20 external links: 19 is insufficient; internal links and shorteners do not count', () => {
    expect(MIN_LINKS).toBe(20);
    const r = sourceDiversity.compute(ctxOf(makeLedger({ events: [...links(19, 'a-news.com'), share('https://x.com/a'), share('https://tinyurl.com/b')] }), T));
    expect(r).toMatchObject({ status: 'insufficient', have: 19, need: 20 });
    expect(sourceDiversity.compute(ctxOf(makeLedger({ events: links(1, 'a-news.com') }), T))).toMatchObject({ status: 'insufficient', have: 1 });
  });
  it('gives 1 effective source when every link, all on one day, goes to one domain', () => {
    expect(sourceDiversity.compute(ctxOf(makeLedger({ events: links(25, 'a-news.com', daysBefore(T, 1)) }), T))).toMatchObject({ status: 'ok', value: 1, parts: { top_share: 1 } });
  });
  it('is not available without posts, comments or reactions, and on an empty ledger', () => {
    expect(sourceDiversity.compute(ctxOf(makeLedger(), T)).status).toBe('not-available');
    expect(sourceDiversity.compute(ctxOf(makeLedger({ connections: ['a'] }), T)).status).toBe('not-available');
  });
});
