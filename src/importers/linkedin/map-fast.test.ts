import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseName, normaliseProfileUrl } from './map.ts';

/** The slow, general definitions the fast paths must agree with. */
const nameReference = (raw: string) => raw.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

function urlReference(raw: string): string | undefined {
  let s = raw.trim();
  if (s === '' || s.includes(' ')) return undefined;
  const cut = s.search(/[?#]/);
  if (cut >= 0) s = s.slice(0, cut);
  s = s.replace(/^https?:\/\//i, '');
  const slash = s.indexOf('/');
  if (slash <= 0) return undefined;
  if (!s.slice(0, slash).toLowerCase().endsWith('linkedin.com')) return undefined;
  let path = s.slice(slash).toLowerCase();
  while (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path === '/' ? undefined : `https://www.linkedin.com${path}`;
}

const tail = fc.string({ unit: fc.constantFrom('a', 'z', '0', '-', '/', '?', '#', ' ', 'A', 'é', '%', '\t', '.'), maxLength: 12 });

describe('map fast paths', () => {
  it('normaliseName agrees with NFC + trim + collapse + lower case', () => {
    const unit = fc.constantFrom('a', 'B', ' ', '  ', '\t', 'é', 'e\u0301', '\u00a0', '-', "'", 'Z');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 10 }), (s) => {
        expect(normaliseName(s)).toBe(nameReference(s));
      }),
      { numRuns: 500 },
    );
    expect(normaliseName('Ada Lovelace')).toBe('ada lovelace');
  });

  it('normaliseProfileUrl agrees with the general rules, canonical input or not', () => {
    const prefix = fc.constantFrom('https://www.linkedin.com/', 'https://www.linkedin.com/in/', 'http://www.linkedin.com/in/', 'https://WWW.linkedin.com/in/', ' https://www.linkedin.com/in/');
    fc.assert(
      fc.property(prefix, tail, (p, t) => {
        expect(normaliseProfileUrl(p + t)).toBe(urlReference(p + t));
      }),
      { numRuns: 500 },
    );
    expect(normaliseProfileUrl('https://www.linkedin.com/in/ada-l')).toBe('https://www.linkedin.com/in/ada-l');
    expect(normaliseProfileUrl('https://www.linkedin.com/in/ada-l/')).toBe('https://www.linkedin.com/in/ada-l');
  });
});
