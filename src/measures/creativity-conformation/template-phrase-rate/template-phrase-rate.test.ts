import { describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../../../model/types.ts';
import { at, ctxOf, daysBefore, ev, makeLedger } from '../../_lib/test-ledger.ts';
import { MIN_POSTS, templatePhraseRate } from './index.ts';
import { templatesIn, usesTemplate } from './lexicon.ts';

const T = at('2024-06-30');
const post = (text: string, t = daysBefore(T, 5)): LedgerEvent => ev('post', 'out', t, { text });
const plain = (n: number, t?: number) => Array.from({ length: n }, (_, i) => post(`Notes from the workshop number ${i}.`, t));

describe('template lexicon', () => {
  it('matches whole phrases, any case, curly apostrophes straightened', () => {
    expect(templatesIn('I\u2019m happy to share that I\u2019m starting a new position!')).toEqual(["i'm happy to share that i'm starting a new position", 'happy to share']);
    expect(usesTemplate('THRILLED TO\nANNOUNCE our launch')).toBe(true);
    expect(usesTemplate('So humbled.')).toBe(true);
    expect(usesTemplate('The unhumbled crowd')).toBe(false);
    expect(usesTemplate('Honoured to speak')).toBe(true);
    expect(usesTemplate('A short note on testing')).toBe(false);
  });
});

describe('template_phrase_rate', () => {
  it('matches a hand computation: 3 of 10 posts use a formula, 1 the new-position wording', () => {
    const events = [post('Thrilled to announce our launch'), post('I\u2019m happy to share that I\u2019m starting a new position'), post('So humbled by this'), post('The unhumbled crowd cheered'), ...plain(6), ev('repost', 'out', daysBefore(T, 2)), post('Excited to share', daysBefore(T, 400))];
    const r = templatePhraseRate.compute(ctxOf(makeLedger({ events }), T));
    expect(r).toMatchObject({ status: 'ok', value: 0.3, parts: { matched: 3, posts: 10, new_position_share: 0.1 }, byPlatform: { linkedin: 0.3 } });
    expect(r.status === 'ok' && r.items).toEqual([
      { phrase: "i'm happy to share that i'm starting a new position", posts: 1 },
      { phrase: 'happy to share', posts: 1 },
      { phrase: 'thrilled to announce', posts: 1 },
      { phrase: 'humbled', posts: 1 },
    ]);
  });
  it('needs 10 posts: 9 is insufficient, one post too', () => {
    expect(MIN_POSTS).toBe(10);
    expect(templatePhraseRate.compute(ctxOf(makeLedger({ events: plain(9) }), T))).toMatchObject({ status: 'insufficient', have: 9, need: 10 });
    expect(templatePhraseRate.compute(ctxOf(makeLedger({ events: plain(1) }), T))).toMatchObject({ status: 'insufficient', have: 1 });
  });
  it('gives 1 when every post on one day uses a formula, and 0 when none does', () => {
    const day = daysBefore(T, 1);
    expect(templatePhraseRate.compute(ctxOf(makeLedger({ events: Array.from({ length: 10 }, () => post('Excited to share this', day)) }), T))).toMatchObject({ status: 'ok', value: 1 });
    expect(templatePhraseRate.compute(ctxOf(makeLedger({ events: plain(10) }), T))).toMatchObject({ status: 'ok', value: 0, items: [] });
  });
  it('is not available without posts, and on an empty ledger', () => {
    expect(templatePhraseRate.compute(ctxOf(makeLedger(), T)).status).toBe('not-available');
    expect(templatePhraseRate.compute(ctxOf(makeLedger({ connections: ['a'] }), T)).status).toBe('not-available');
  });
});
