import { describe, expect, it } from 'vitest';
import { newEvent, uniformEvent } from './event.ts';
import type { LedgerEvent } from './types.ts';

const source = { platform: 'x', file: 'data/tweets.js', row: 3 } as const;

describe('uniform ledger events', () => {
  it('newEvent has every field, in one order, whatever the caller fills in', () => {
    const a = newEvent('post', 'x', 'out', source);
    const b = newEvent('message', 'linkedin', 'in', { platform: 'linkedin', file: 'messages.csv', row: 9 });
    a.text = 'hello';
    b.at = 1;
    b.personIds = ['linkedin:url:ada'];
    expect(Object.keys(a)).toEqual(Object.keys(b));
    expect(Object.keys(a)).toHaveLength(17);
  });

  it('keeps an importer’s event as it is and copies a hand-made one into the same shape, values intact', () => {
    const made = newEvent('post', 'x', 'out', source);
    expect(uniformEvent(made)).toBe(made);
    const hand: LedgerEvent = { kind: 'reaction', platform: 'linkedin', direction: 'out', at: 5, detail: 'LIKE', source: { platform: 'linkedin', file: 'Reactions.csv', row: 2 } };
    const copy = uniformEvent(hand);
    expect(copy).not.toBe(hand);
    expect(copy).toEqual(hand);
    expect(Object.keys(copy)).toEqual(Object.keys(made));
    expect(JSON.stringify(copy)).toBe(JSON.stringify({ kind: 'reaction', platform: 'linkedin', direction: 'out', at: 5, detail: 'LIKE', source: hand.source }));
  });
});
