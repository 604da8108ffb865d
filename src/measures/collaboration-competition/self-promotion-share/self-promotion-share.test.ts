import { describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../../../model/types.ts';
import { tokenize } from '../../_lib/text.ts';
import { at, ctxOf, ev, makeLedger } from '../../_lib/test-ledger.ts';
import { DAY_MS } from '../../_lib/time.ts';
import { hasExternalLink, selfPromotionShare } from './index.ts';
import { isSelfPromotion } from './classify.ts';

const T = at('2024-06-30');
const D = T - DAY_MS;
const post = (text: string, time = D, extra: Partial<LedgerEvent> = {}): LedgerEvent => ev('post', 'out', time, { text, ...extra });
const plain = (n: number, time = D): LedgerEvent[] => Array.from({ length: n }, () => post('Notes from the planning session.', time));
const promo = (s: string) => isSelfPromotion(tokenize(s));

describe('isSelfPromotion', () => {
  it('needs first person in the first 15 words and an achievement cue', () => {
    expect(promo("I'm thrilled to share my new role at Nova")).toBe(true);
    expect(promo('Honoured that my paper won an award')).toBe(true);
    expect(promo('Thrilled to announce the release')).toBe(false);
    expect(promo('I think the release went well')).toBe(false);
    expect(promo('Promoted!')).toBe(false);
    // The 15th word is "me"; the 16th would be too late.
    expect(promo('a b c d e f g h i j k l m n me: launched')).toBe(true);
    expect(promo('a b c d e f g h j k l m n o p me: launched')).toBe(false);
    expect(promo('My team is excited to   announce a milestone')).toBe(true);
    expect(promo('')).toBe(false);
  });
});

describe('hasExternalLink', () => {
  it('counts outside links, not platform links', () => {
    expect(hasExternalLink(post('read https://example.com/a'))).toBe(true);
    expect(hasExternalLink(post('x', D, { targetUrl: 'https://news.example.org/x' }))).toBe(true);
    expect(hasExternalLink(post('see https://www.linkedin.com/feed/update/1'))).toBe(false);
    expect(hasExternalLink(post('no link'))).toBe(false);
  });
});

describe('self_promotion_share', () => {
  it('is not available without posts', () => {
    expect(selfPromotionShare.compute(ctxOf(makeLedger({ connections: ['a'] }), T)).status).toBe('not-available');
  });
  it('is insufficient for an empty file, one post and nine (reposts and old posts do not count)', () => {
    expect(selfPromotionShare.compute(ctxOf(makeLedger({ available: ['posts'] }), T))).toMatchObject({ status: 'insufficient', have: 0, need: 10 });
    expect(selfPromotionShare.compute(ctxOf(makeLedger({ events: plain(1) }), T))).toMatchObject({ status: 'insufficient', have: 1 });
    const noise = [ev('repost', 'out', D), ...plain(4, T - 400 * DAY_MS)];
    expect(selfPromotionShare.compute(ctxOf(makeLedger({ events: [...plain(9), ...noise] }), T))).toMatchObject({ status: 'insufficient', have: 9 });
  });
  it('hand-computed: 3 announcements and 1 informational post among 10', () => {
    const events = [
      ...plain(6),
      post('I am proud of this award'),
      post('Excited to share that I got certified'),
      post('Worth a read', D, { targetUrl: 'https://example.com/article' }),
      post('I launched it https://example.com'),
    ];
    // The last one is self-promotion (I + launch-), so it is not informational.
    expect(selfPromotionShare.compute(ctxOf(makeLedger({ events }), T))).toMatchObject({ status: 'ok', value: 0.3, parts: { posts: 10, self_promotion: 3, informational_share: 0.1 }, byPlatform: { linkedin: 0.3 } });
  });
  it('counts ten posts on one day', () => {
    expect(selfPromotionShare.compute(ctxOf(makeLedger({ events: [...plain(9, T), post('My milestone', T)] }), T))).toMatchObject({ status: 'ok', value: 0.1 });
  });
});
