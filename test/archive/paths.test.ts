import { describe, expect, it } from 'vitest';
import { normaliseEntryPath } from '../../src/archive/paths.ts';
import { sniffEncoding } from '../../src/archive/text.ts';

describe('entry path safety', () => {
  it.each([
    ['a/b.csv', 'a/b.csv'],
    ['./a//b.csv', 'a/b.csv'],
    ['Complete_LinkedInDataExport_09-12-2022 (1)/Connections.csv', 'Complete_LinkedInDataExport_09-12-2022 (1)/Connections.csv'],
  ])('keeps %s', (raw, want) => expect(normaliseEntryPath(raw)).toBe(want));

  it.each(['../x', 'a/../../x', '/etc/passwd', 'C:/x', 'c:x', 'a\\..\\x', 'a\u0000b', ''])('refuses %j', (raw) => {
    expect(normaliseEntryPath(raw)).toBeUndefined();
  });
});

describe('encoding sniffing', () => {
  it('reads byte-order marks and BOM-less UTF-16LE', () => {
    expect(sniffEncoding(new Uint8Array([0xff, 0xfe, 0x22, 0]))).toEqual({ encoding: 'utf-16le', bomLength: 2 });
    expect(sniffEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ encoding: 'utf-8', bomLength: 3 });
    expect(sniffEncoding(new Uint8Array([0x41, 0, 0x42, 0]))).toEqual({ encoding: 'utf-16le', bomLength: 0 });
    expect(sniffEncoding(new Uint8Array([0x41, 0x42]))).toEqual({ encoding: 'utf-8', bomLength: 0 });
  });
});
