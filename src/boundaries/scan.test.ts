import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMAIL, JOB_POST, PHONE, STREET, countDigits, findEmail, findJobPost, findPhone, findStreet, namesIn } from './scan.ts';

// Pieces that make the expressions match, nearly match and trip over surrogates, case folding and marks.
const pieces = [
  'a', 'Z', 'é', 'e\u0301', 'ß', 'İ', 'ẞ', '1', '9', '42', '2024', ' ', '  ', '\n', '\t', '.', '-', '_', '%', '+', '(', ')', "'", '’', '@', '@@',
  '𝒜', '😀', '\uD800', '\uDC00', 'jo@example.com', 'x.y+z@mail.co.uk', '@handle', 'a@b', '.com', '+44 20 7946 0958', '(020) 7946-0958', '555 123 4567',
  '12 Baker Street', '221b Baker St.', '7 Rose Ln', 'Hauptstraße 5', 'am Marktplatz 12a', 'Street', 'Way', 'Close', 'straße', 'weg',
  "We're hiring", 'we’re hiring', 'WE ARE HIRING', 'now hiring', 'join our team', 'Join my team', 'job opening', 'open role', 'Open Position', 'vacancies', 'apply now', 'Apply Today', 'hiring', 'open ',
  'ada lovelace', 'Ada Lovelace', 'grace', 'hopper', 'o’brien', 'jean-luc', 'picard',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((xs) => xs.join(''));
const same = (a: RegExpExecArray | null, b: RegExpExecArray | null) => expect(a === null ? null : [a.index, a[0]]).toEqual(b === null ? null : [b.index, b[0]]);

/** The definition namesIn must agree with: every two- to four-word run, kept when its first word is a first word. */
function namesByExpression(lower: string, firstWords: ReadonlySet<string>): Set<string> {
  const words = lower.match(/[\p{L}\p{M}'’-]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    let key = words[i]!;
    for (let n = 2; n <= 4 && i + n - 1 < words.length; n++) {
      key += ` ${words[i + n - 1]!}`;
      if (firstWords.has(words[i]!)) out.add(key);
    }
  }
  return out;
}

describe('boundary detectors find what their expressions find', () => {
  it('e-mail, phone, street and job post: the same first match on generated texts', () => {
    fc.assert(
      fc.property(text, (t) => {
        const lower = t.toLowerCase();
        same(findEmail(t), EMAIL.exec(t));
        same(findStreet(t, lower), STREET.exec(t));
        same(findJobPost(t, lower), JOB_POST.exec(t));
        // A phone finding needs nine digits in the match; below that the detector may skip the expression.
        const bare = PHONE.exec(t);
        const fast = findPhone(t);
        if (bare !== null && countDigits(bare[0]) >= 9) same(fast, bare);
        else expect(fast === null || countDigits(fast[0]) < 9).toBe(true);
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  it('names: the same word runs as the word expression, for the given first words', () => {
    const firstWords = new Set(['ada', 'grace', 'o’brien', 'jean-luc', 'é', 'e\u0301'.toLowerCase()]);
    fc.assert(
      fc.property(text, (t) => {
        const lower = t.toLowerCase();
        expect([...namesIn(lower, firstWords)].sort()).toEqual([...namesByExpression(lower, firstWords)].sort());
      }),
      { numRuns: 3000, seed: 11 },
    );
  });

  it('examples: an address after a mention, an astral letter in a local part, a lone surrogate', () => {
    expect(findEmail('thanks @ada, write to ada@example.org')?.[0]).toBe('ada@example.org');
    expect(findEmail('𝒜da@example.org')?.[0]).toBe('𝒜da@example.org');
    expect(findEmail('\uD800@example.org')).toBeNull();
    expect(namesIn('met ada lovelace today', new Set(['ada']))).toEqual(new Set(['ada lovelace', 'ada lovelace today']));
    expect(namesIn('anything at all', new Set())).toEqual(new Set());
  });

  it('stay linear on long runs of what they wait for', () => {
    const started = performance.now();
    findEmail('a'.repeat(60_000) + '@'.repeat(5_000));
    findEmail('a@'.repeat(30_000));
    namesIn('ada '.repeat(15_000), new Set(['ada']));
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
