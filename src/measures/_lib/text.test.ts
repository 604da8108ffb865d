import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasMention, stripNonWords, tokenize } from './text.ts';

describe('tokenize', () => {
  it('lower-cases letter sequences and keeps inner apostrophes', () => {
    expect(tokenize("I'm a Results-Oriented team player, don’t you think? 2024!")).toEqual(["i'm", 'a', 'results', 'oriented', 'team', 'player', "don't", 'you', 'think']);
  });
  it('removes URLs, @handles and #hashtags', () => {
    expect(tokenize('See https://example.com/a#b and www.x.org now @jane_doe #Leadership ok')).toEqual(['see', 'and', 'now', 'ok']);
  });
  it('keeps non-Latin letters and combining marks', () => {
    expect(tokenize('Zoë Ärger 東京 नमस्ते')).toEqual(['zoë', 'ärger', '東京', 'नमस्ते']);
  });
  it('gives nothing for empty or letterless text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('123 -- !!')).toEqual([]);
  });
});

describe('hasMention', () => {
  it('needs an @ followed by a letter, outside e-mail addresses', () => {
    expect(hasMention('thanks @Jane for this')).toBe(true);
    expect(hasMention('mail me at a@b.com')).toBe(false);
    expect(hasMention('meet @ 5pm')).toBe(false);
  });
});

describe('stripNonWords skips expressions that cannot match', () => {
  it('gives what the three bare expressions give, on generated texts', () => {
    const pieces = ['word', ' ', 'https://ex.am/ple', 'HTTP://X.IO', 'www.site.org', 'WWW.Site', '@ada', 'a@b.c', '#tag', '&#35;', 'x#y', '://', 'é', '’', '\n'];
    const bare = (t: string) =>
      t
        .replace(/\b(?:https?:\/\/|www\.)\S+/giu, ' ')
        .replace(/(?<![\p{L}\p{N}_])@[\p{L}\p{N}_.-]+/gu, ' ')
        .replace(/(?<![\p{L}\p{N}_&])#[\p{L}\p{N}_]+/gu, ' ');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((xs) => xs.join('')), (t) => {
        expect(stripNonWords(t)).toBe(bare(t));
      }),
      { numRuns: 2000, seed: 5 },
    );
  });
});
