import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { at, ctxOf, ev, makeLedger } from '../../_lib/test-ledger.ts';
import { tokenize } from '../../_lib/text.ts';
import { DAY_MS } from '../../_lib/time.ts';
import { buzzwordDensity } from './index.ts';
import { BUZZWORDS, matchBuzzwords } from './lexicon.ts';

const T = at('2024-06-30');
const filler = (n: number): string => Array.from({ length: n }, () => 'word').join(' ');

describe('matchBuzzwords', () => {
  it('matches phrases longest first and does not double count their words', () => {
    expect(matchBuzzwords(tokenize('A proven track record and a track record, results-oriented.'))).toEqual(['proven track record', 'track record', 'results-oriented']);
  });
  it('folds British and American spellings', () => {
    expect(matchBuzzwords(tokenize('Specialised, specialized, organisational, ORGANIZATIONAL, specialise'))).toEqual([
      'specialised / specialized',
      'specialised / specialized',
      'organisational / organizational',
      'organisational / organizational',
      'specialise / specialize',
    ]);
  });
  it('finds nothing in empty text or in a word that merely contains a buzzword', () => {
    expect(matchBuzzwords([])).toEqual([]);
    expect(matchBuzzwords(tokenize('irresponsible uncreative'))).toEqual([]);
  });
});

describe('buzzword_density', () => {
  it('is not available without a profile', () => {
    expect(buzzwordDensity.compute(ctxOf(makeLedger(), T)).status).toBe('not-available');
  });
  it('is insufficient for an empty profile, one word and 49 words', () => {
    expect(buzzwordDensity.compute(ctxOf(makeLedger({ available: ['profile'] }), T))).toMatchObject({ status: 'insufficient', have: 0, need: 50 });
    expect(buzzwordDensity.compute(ctxOf(makeLedger({ profile: { headline: 'Strategic' } }), T))).toMatchObject({ status: 'insufficient', have: 1 });
    expect(buzzwordDensity.compute(ctxOf(makeLedger({ profile: { summary: filler(49) } }), T))).toMatchObject({ status: 'insufficient', have: 49 });
  });
  it('says "one buzzword" and "once" when there is just one, used once', () => {
    const r = buzzwordDensity.compute(ctxOf(makeLedger({ profile: { headline: 'Passionate builder', summary: filler(60) } }), T));
    expect(r.status === 'ok' ? r.charts?.[0]?.description : r).toBe('One buzzword appears: "passionate" (once).');
  });

  it('hand-computed: 4 matches in 50 profile words, plus a posts density', () => {
    const profile = {
      headline: 'Passionate strategic leader', // 3 tokens, 2 matches
      summary: `A team player with a proven track record. ${filler(36)}`, // 8 + 36 tokens, 2 matches
      positions: [{ organisation: 'Acme', title: 'Lead', description: 'Ran the #Leadership programme' }], // 3 tokens, hashtag dropped
    };
    const posts = [ev('post', 'out', T - DAY_MS, { text: `Creative and creative again ${filler(46)}` }), ev('post', 'out', T - 400 * DAY_MS, { text: 'creative' })];
    const r = buzzwordDensity.compute(ctxOf(makeLedger({ profile, events: posts }), T));
    expect(r).toMatchObject({ status: 'ok', value: (4 * 100) / 50, parts: { matches: 4, tokens: 50, posts: (2 * 100) / 50 } });
    if (r.status !== 'ok') return;
    expect(r.items?.filter((it) => 'buzzword' in it)).toEqual([
      { buzzword: 'passionate', count: 1 },
      { buzzword: 'proven track record', count: 1 },
      { buzzword: 'strategic', count: 1 },
      { buzzword: 'team player', count: 1 },
    ]);
    expect(r.charts?.[0]?.rows[0]).toEqual({ buzzword: 'creative', where: 'posts (last 365 days)', count: 2 });
    expect(r.charts?.[0]?.description).toBe('5 different buzzwords appear; the most used is "creative" (2 times).');
    // The headline and the one in-window post come back with their buzzwords, for the report to highlight.
    expect(r.items?.filter((it) => 'text' in it)).toEqual([
      { where: 'headline', text: 'Passionate strategic leader', matches: 'passionate|strategic', count: 2 },
      { where: 'summary', text: `A team player with a proven track record. ${filler(36)}`, matches: 'team player|proven track record', count: 2 },
      { where: `post, ${new Date(T - DAY_MS).toISOString().slice(0, 10)}`, text: `Creative and creative again ${filler(46)}`, matches: 'creative', count: 2 },
    ]);
  });
  it('leaves out the posts density below 50 post words, and gives 0 for a clean profile', () => {
    const r = buzzwordDensity.compute(ctxOf(makeLedger({ profile: { summary: filler(60) }, events: [ev('post', 'out', T, { text: 'strategic' })] }), T));
    expect(r).toMatchObject({ status: 'ok', value: 0 });
    if (r.status === 'ok') expect(r.parts?.posts).toBeUndefined();
  });
});

describe('matchBuzzwords against a plain scan of every form', () => {
  // The reference: at each token, the longest form that matches there (list order among equal lengths).
  const forms = BUZZWORDS.flatMap((b) => b.forms.map((tokens) => ({ label: b.label, tokens }))).sort((a, b) => b.tokens.length - a.tokens.length);
  const reference = (tokens: readonly string[]): string[] => {
    const found: string[] = [];
    for (let i = 0; i < tokens.length; ) {
      const hit = forms.find((f) => f.tokens.every((t, k) => tokens[i + k] === t));
      found.push(...(hit ? [hit.label] : []));
      i += hit ? hit.tokens.length : 1;
    }
    return found;
  };
  it('finds the same matches in any token list', () => {
    const vocabulary = [...new Set(forms.flatMap((f) => f.tokens)), 'the', 'and', 'record'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocabulary), { maxLength: 40 }), (tokens) => {
        expect(matchBuzzwords(tokens)).toEqual(reference(tokens));
      }),
      { numRuns: 500 },
    );
    expect(matchBuzzwords([])).toEqual([]);
  });
});
