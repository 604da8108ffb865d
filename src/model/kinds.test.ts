import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventKinds, isComposed, isGroupMessage, isOneClick, kindDirectionCode } from './kinds.ts';
import type { EventKind, LedgerEvent } from './types.ts';

const ev = (kind: EventKind, text?: string, extra: Partial<LedgerEvent> = {}): LedgerEvent => ({
  kind,
  platform: 'linkedin',
  direction: 'out',
  ...(text !== undefined ? { text } : {}),
  source: { platform: 'linkedin', file: 'f.csv', row: 1 },
  ...extra,
});

describe('isComposed', () => {
  it('needs a letter or digit in the text of a composed kind', () => {
    expect(isComposed(ev('message', 'hello'))).toBe(true);
    expect(isComposed(ev('message', '  42'))).toBe(true);
    expect(isComposed(ev('message', ':) !!'))).toBe(false);
    expect(isComposed(ev('message', ''))).toBe(false);
    expect(isComposed(ev('message'))).toBe(false);
    expect(isComposed(ev('post', '¡¿ñ?'))).toBe(true);
    expect(isComposed(ev('comment', '👍👍'))).toBe(false);
    expect(isComposed(ev('recommendation'))).toBe(true);
    expect(isComposed(ev('reaction', 'hello'))).toBe(false);
  });

  it('finds a letter after a long run of punctuation (past the ASCII fast path)', () => {
    expect(isComposed(ev('message', `${'-'.repeat(40)}x`))).toBe(true);
    expect(isComposed(ev('message', `${'-'.repeat(40)}`))).toBe(false);
  });

  it('agrees with the Unicode letter-or-number test on any text', () => {
    const chars = fc.constantFrom('a', 'Z', '5', ' ', '-', ':', ')', '\n', 'é', 'ß', '١', '中', '👍', '\u0301', '_', '@', '[', '`', '{');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 30 }).map((xs) => xs.join('')), (text) => {
        expect(isComposed(ev('message', text))).toBe(/\p{L}|\p{N}/u.test(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('isOneClick and isGroupMessage', () => {
  it('classifies reactions, bare reposts and group threads', () => {
    expect(isOneClick(ev('reaction'))).toBe(true);
    expect(isOneClick(ev('repost'))).toBe(true);
    expect(isOneClick(ev('repost', 'my take'))).toBe(false);
    expect(isGroupMessage(ev('message', 'hi', { participants: 3 }))).toBe(true);
    expect(isGroupMessage(ev('message', 'hi'))).toBe(false);
  });
});

describe('kindDirectionCode', () => {
  it('numbers every kind and direction once, and unknown kinds −1', () => {
    const codes = eventKinds.flatMap((k) => [kindDirectionCode(k, 'out'), kindDirectionCode(k, 'in')]);
    expect(codes).toEqual(Array.from({ length: eventKinds.length * 2 }, (_, i) => i));
    expect(kindDirectionCode('poke', 'in')).toBe(-1);
    expect(eventKinds).toHaveLength(16);
    // Codes are Int8 in the event columns: room for 63 kinds.
    expect(eventKinds.length * 2).toBeLessThan(128);
  });
});
