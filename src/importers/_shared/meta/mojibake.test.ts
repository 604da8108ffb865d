import { describe, expect, it } from 'vitest';
import { repairDeep, repairMojibake } from './mojibake.ts';
import { displayName, nameKey } from './names.ts';
import { fromEpochMs, fromEpochSeconds } from './time.ts';

describe('repairMojibake', () => {
  it('re-decodes UTF-8 bytes written as code points (Vietnamese, emoji)', () => {
    expect(repairMojibake('Th\u00c3\u00a0nh')).toBe('Thành');
    expect(repairMojibake('\u00f0\u009f\u0091\u008d')).toBe('👍');
    expect(repairMojibake('\u00e2\u009d\u00a4\u00ef\u00b8\u008f')).toBe('❤️');
  });

  it('leaves ASCII, empty strings and already-real text alone', () => {
    expect(repairMojibake('')).toBe('');
    expect(repairMojibake('plain text')).toBe('plain text');
    // A char above U+00FF means the string is real text: "Đi" must not be touched.
    expect(repairMojibake('Đi thôi')).toBe('Đi thôi');
  });

  it('leaves a Latin-1 string that is not valid UTF-8 alone', () => {
    expect(repairMojibake('café')).toBe('café');
    expect(repairMojibake('\u00c3')).toBe('\u00c3');
  });

  it('repairs every string value of a parsed structure, keys untouched', () => {
    expect(repairDeep({ name: 'N\u00c3\u00a3 Wot', list: ['\u00f0\u009f\u0099\u0084', 3, null, true], deep: { x: 'ok' } })).toEqual({
      name: 'Nã Wot',
      list: ['🙄', 3, null, true],
      deep: { x: 'ok' },
    });
  });
});

describe('names', () => {
  it('keys ignore case, outer and repeated inner whitespace, and Unicode composition', () => {
    expect(nameKey('  Thành   Nguyễn ')).toBe('thành nguyễn');
    expect(nameKey('Tha\u0300nh')).toBe(nameKey('Thành'));
    expect(nameKey('')).toBe('');
    expect(displayName(' Ada  Lo ')).toBe('Ada Lo');
  });
});

describe('Meta timestamps', () => {
  it('converts epoch seconds and milliseconds to ms; rejects zero, negatives and non-numbers', () => {
    expect(fromEpochSeconds(1772926883)).toBe(1772926883000);
    expect(fromEpochMs(1736477443701)).toBe(1736477443701);
    expect(fromEpochSeconds(0)).toBeUndefined();
    expect(fromEpochSeconds(-5)).toBeUndefined();
    expect(fromEpochSeconds('1772926883')).toBeUndefined();
    expect(fromEpochMs(undefined)).toBeUndefined();
  });

  it('takes a millisecond value in a seconds field as milliseconds', () => {
    expect(fromEpochSeconds(1736477443701)).toBe(1736477443701);
  });
});
