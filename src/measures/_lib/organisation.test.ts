import { describe, expect, it } from 'vitest';
import { normaliseOrganisation } from './organisation.ts';

describe('normaliseOrganisation', () => {
  it('lower-cases, strips punctuation and trailing legal suffixes', () => {
    expect(normaliseOrganisation('Acme, Inc.')).toBe('acme');
    expect(normaliseOrganisation('ACME')).toBe('acme');
    expect(normaliseOrganisation('Acme Co. Ltd')).toBe('acme');
    expect(normaliseOrganisation('Müller GmbH')).toBe('müller');
    expect(normaliseOrganisation('Foo-Bar PLC')).toBe('foo bar');
  });
  it('keeps a suffix word that is not at the end', () => {
    expect(normaliseOrganisation('Co-operative Bank')).toBe('co operative bank');
  });
  it('gives an empty key for blanks and bare suffixes', () => {
    expect(normaliseOrganisation('')).toBe('');
    expect(normaliseOrganisation('  -- ')).toBe('');
    expect(normaliseOrganisation('Ltd.')).toBe('');
  });
});
