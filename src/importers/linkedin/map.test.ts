import { describe, expect, it } from 'vitest';
import { displayName, joinName, namePersonId, normaliseName, normaliseProfileUrl, parseWebsites, repairShareText, urlPersonId } from './map.ts';

describe('normaliseProfileUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/Jane-Doe/', 'https://www.linkedin.com/in/jane-doe'],
    ['www.linkedin.com/in/safic-fewseb-ko4743793', 'https://www.linkedin.com/in/safic-fewseb-ko4743793'],
    ['http://LinkedIn.com/in/x?trk=abc#frag', 'https://www.linkedin.com/in/x'],
    ['https://uk.linkedin.com/in/x', 'https://www.linkedin.com/in/x'],
    ['https://www.linkedin.com/in/cboofeoc-%C3%A9-sg6a35585', 'https://www.linkedin.com/in/cboofeoc-%c3%a9-sg6a35585'],
  ])('%s → %s', (raw, out) => {
    expect(normaliseProfileUrl(raw)).toBe(out);
  });
  it.each(['', '  ', 'not a url', 'https://example.com/in/x', 'https://www.linkedin.com/', 'www.linkedin.com'])('%j → undefined', (raw) => {
    expect(normaliseProfileUrl(raw)).toBeUndefined();
  });
});

describe('names and ids', () => {
  it('normalises names: trim, collapse, lower case, NFC', () => {
    expect(normaliseName('  Eduardo   Smith, MBA ')).toBe('eduardo smith, mba');
    expect(normaliseName('Jose\u0301')).toBe('jos\u00e9');
  });
  it('display names lose edge and repeated whitespace only', () => {
    expect(displayName(' a\u00a0 b\t')).toBe('a b');
    expect(displayName('Ada Lovelace')).toBe('Ada Lovelace');
    expect(displayName('Jane Doe PMP, CSM')).toBe('Jane Doe PMP, CSM');
    expect(displayName('')).toBe('');
  });
  it('joins first and last name, either may be empty', () => {
    expect(joinName('Eduardo ', 'Smith')).toBe('Eduardo Smith');
    expect(joinName('Cher', '')).toBe('Cher');
    expect(joinName(undefined, undefined)).toBe('');
  });
  it('builds ids of both kinds', () => {
    expect(urlPersonId('https://www.linkedin.com/in/jane')).toBe('linkedin:url:https://www.linkedin.com/in/jane');
    expect(namePersonId(' Jane  DOE ')).toBe('linkedin:name:jane doe');
  });
});

describe('repairShareText', () => {
  it('undoes per-line quote wrapping, blank lines included', () => {
    expect(repairShareText('first line."\r\n""\r\n"second line"\r\n"third')).toBe('first line.\n\nsecond line\nthird');
  });
  it('leaves single-line text alone', () => {
    expect(repairShareText('He said "hi"')).toBe('He said "hi"');
    expect(repairShareText('')).toBe('');
  });
  it('only normalises line ends when the pattern is absent', () => {
    expect(repairShareText('line one\r\nline "two"')).toBe('line one\nline "two"');
  });
});

describe('parseWebsites', () => {
  it('reads both vintages', () => {
    expect(parseWebsites('[PERSONAL:https://github.com/Sajiah/]')).toEqual(['https://github.com/Sajiah/']);
    expect(parseWebsites('PORTFOLIO:http://allsocial.gear.host, PORTFOLIO:https://codefights.com/profile/x/')).toEqual([
      'http://allsocial.gear.host',
      'https://codefights.com/profile/x/',
    ]);
    expect(parseWebsites('')).toEqual([]);
  });
});
