import { describe, expect, it } from 'vitest';
import { overlappingEntries } from './overlap.ts';

describe('overlappingEntries', () => {
  it('finds nothing in an empty list, one entry, or back-to-back entries', () => {
    expect([...overlappingEntries([])]).toEqual([]);
    expect([...overlappingEntries([{ path: 'a', start: 0, end: 100 }])]).toEqual([]);
    expect([...overlappingEntries([{ path: 'a', start: 0, end: 100 }, { path: 'b', start: 100, end: 150 }])]).toEqual([]);
  });

  it('flags every entry pointing at the same local header except the first in container order', () => {
    const spans = ['messages.csv', 'Shares.csv', 'x/messages.csv'].map((path) => ({ path, start: 0, end: 5000 }));
    expect([...overlappingEntries([...spans, { path: 'Profile.csv', start: 5000, end: 5100 }])].sort()).toEqual(['Shares.csv', 'x/messages.csv']);
  });

  it('flags an entry starting inside an earlier one even when listed first (order is by offset)', () => {
    const r = overlappingEntries([
      { path: 'inner', start: 40, end: 90 },
      { path: 'outer', start: 0, end: 100 },
    ]);
    expect([...r]).toEqual(['inner']);
  });
});
