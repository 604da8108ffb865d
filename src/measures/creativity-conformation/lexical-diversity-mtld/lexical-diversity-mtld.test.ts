import { describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../../../model/types.ts';
import { at, ctxOf, daysBefore, ev, makeLedger } from '../../_lib/test-ledger.ts';
import { MIN_TOKENS, lexicalDiversityMtld } from './index.ts';

const T = at('2024-06-30');
const post = (text: string, t = daysBefore(T, 5)): LedgerEvent => ev('post', 'out', t, { text });
/** `n` posts of 20 tokens alternating "red blue". */
const redBlue = (n: number, t?: number): LedgerEvent[] => Array.from({ length: n }, () => post(Array(10).fill('red blue').join(' '), t));

describe('lexical_diversity_mtld', () => {
  it('matches a hand computation: "red blue" × 100 closes a factor every 3 tokens', () => {
    // 200 tokens: 66 factors of 3 (TTR 2/3), then 2 tokens at TTR 1 (partial 0), in both directions → 200 / 66.
    const r = lexicalDiversityMtld.compute(ctxOf(makeLedger({ events: redBlue(10) }), T));
    expect(r).toMatchObject({ status: 'ok', parts: { tokens: 200, posts: 10 } });
    expect(r.status === 'ok' && r.value).toBeCloseTo(200 / 66, 12);
    expect(r.status === 'ok' && r.parts?.forward).toBeCloseTo(200 / 66, 12);
  });
  it('leaves out links, @handles, #hashtags, reposts and posts outside the window', () => {
    const extra = [post('red https://example.com/x @someone #growth blue'), ev('repost', 'out', daysBefore(T, 3), { text: 'green yellow' }), post('green yellow', daysBefore(T, 400))];
    const r = lexicalDiversityMtld.compute(ctxOf(makeLedger({ events: [...redBlue(10), ...extra] }), T));
    expect(r).toMatchObject({ status: 'ok', parts: { tokens: 202, posts: 11 } });
  });
  it('needs 200 tokens: 199 is insufficient', () => {
    expect(MIN_TOKENS).toBe(200);
    const events = [...redBlue(9), post(Array(19).fill('red').join(' '))];
    expect(lexicalDiversityMtld.compute(ctxOf(makeLedger({ events }), T))).toMatchObject({ status: 'insufficient', have: 199, need: 200 });
    expect(lexicalDiversityMtld.compute(ctxOf(makeLedger({ events: [post('one')] }), T))).toMatchObject({ status: 'insufficient', have: 1 });
  });
  it('computes a value for everything posted on one day, with one quarter in the chart', () => {
    const r = lexicalDiversityMtld.compute(ctxOf(makeLedger({ events: redBlue(12, daysBefore(T, 1)) }), T));
    expect(r.status === 'ok' && r.charts?.[0]?.rows).toEqual([{ quarter: '2024-Q2', mtld: 3, tokens: 240 }]);
  });
  it('reports the profile text beside the posts when it holds 200 words', () => {
    const summary = Array.from({ length: 200 }, (_, i) => `w${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`).join(' ');
    const l = makeLedger({ events: redBlue(10), profile: { summary } });
    const r = lexicalDiversityMtld.compute(ctxOf(l, T));
    // 200 distinct words: no factor completes, MTLD = length.
    expect(r.status === 'ok' && r.parts?.profile).toBe(200);
  });
  it('is not available without posts, and on an empty ledger', () => {
    expect(lexicalDiversityMtld.compute(ctxOf(makeLedger(), T)).status).toBe('not-available');
  });
});
