import { describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../../../model/types.ts';
import { at, ctxOf, daysBefore, ev, makeLedger } from '../../_lib/test-ledger.ts';
import { MAX_POSTS, MIN_POSTS, MIN_WORDS, NEAR_DUPLICATE, selfSimilarity } from './index.ts';

const T = at('2024-06-30');
const post = (text: string, t = daysBefore(T, 5)): LedgerEvent => ev('post', 'out', t, { text });
/** A letters-only word unique to `n`. */
const word = (n: number): string => {
  let s = '';
  let x = n;
  do {
    s += String.fromCharCode(97 + (x % 26));
    x = Math.floor(x / 26);
  } while (x > 0);
  return `z${s}`;
};
const unique = (i: number, words = MIN_WORDS): string => Array.from({ length: words }, (_, k) => word(i * 100 + k)).join(' ');
const same = 'we shipped the new release today and the whole team worked hard to make it happen for our users this week';

describe('self_similarity', () => {
  it('keeps the CODEBOOK defaults', () => {
    expect([MIN_POSTS, MIN_WORDS, NEAR_DUPLICATE, MAX_POSTS]).toEqual([10, 20, 0.8, 2000]);
  });
  it('matches a hand computation: 5 identical posts and 5 unrelated ones', () => {
    // Pairs: 10 identical (cosine 1) of 45, the rest 0 → mean 10/45; 5 of 10 posts have a near-duplicate.
    const events = [...Array.from({ length: 5 }, () => post(same)), ...Array.from({ length: 5 }, (_, i) => post(unique(i)))];
    const r = selfSimilarity.compute(ctxOf(makeLedger({ events }), T));
    expect(r).toMatchObject({ status: 'ok', parts: { near_duplicate_share: 0.5, posts: 10, eligible_posts: 10 } });
    expect(r.status === 'ok' && r.value).toBeCloseTo(10 / 45, 12);
    expect(r.status === 'ok' && r.items?.[0]?.nearest).toBeCloseTo(1, 12);
  });
  it('leaves out posts under 20 words: 9 long posts are insufficient, one post too', () => {
    const events = [...Array.from({ length: 9 }, (_, i) => post(unique(i))), post(unique(50, 19))];
    expect(selfSimilarity.compute(ctxOf(makeLedger({ events }), T))).toMatchObject({ status: 'insufficient', have: 9, need: 10 });
    expect(selfSimilarity.compute(ctxOf(makeLedger({ events: [post(same)] }), T))).toMatchObject({ status: 'insufficient', have: 1 });
  });
  it('gives 1 when every post on one day is the same, 0 when no two share a word', () => {
    const day = daysBefore(T, 1);
    expect(selfSimilarity.compute(ctxOf(makeLedger({ events: Array.from({ length: 10 }, () => post(same, day)) }), T))).toMatchObject({ status: 'ok', value: 1, parts: { near_duplicate_share: 1 } });
    expect(selfSimilarity.compute(ctxOf(makeLedger({ events: Array.from({ length: 10 }, (_, i) => post(unique(i), day)) }), T))).toMatchObject({ status: 'ok', value: 0, parts: { near_duplicate_share: 0 } });
  });
  it('compares at most the latest 2,000 posts and says so', () => {
    const events = Array.from({ length: MAX_POSTS + 1 }, (_, i) => post(unique(i), daysBefore(T, 300) + i * 60_000));
    const r = selfSimilarity.compute(ctxOf(makeLedger({ events }), T));
    expect(r).toMatchObject({ status: 'ok', parts: { posts: 2000, eligible_posts: 2001 } });
    expect(r.status === 'ok' && r.notes?.[0]).toMatch(/latest 2000 of 2001/);
  });
  it('is not available without posts, and on an empty ledger', () => {
    expect(selfSimilarity.compute(ctxOf(makeLedger(), T)).status).toBe('not-available');
  });
});
