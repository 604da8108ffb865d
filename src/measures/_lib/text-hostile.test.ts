/** Regression: tokenize over a hostile archive's 10 MB "word" overflowed V8's regexp backtracking stack. */
import { describe, expect, it } from 'vitest';
import { MAX_TOKENIZED_CHARS, tokenize } from './text.ts';

describe('tokenize on hostile text', () => {
  it('a 10 MB run of letters gives one token cut at the limit, not a RangeError', () => {
    const tokens = tokenize('x'.repeat(10 * 2 ** 20));
    expect(tokens).toHaveLength(1);
    expect(tokens[0]).toHaveLength(MAX_TOKENIZED_CHARS);
  });

  it('text under the limit is tokenised whole; words past it are not read', () => {
    expect(tokenize(`alpha ${'y'.repeat(MAX_TOKENIZED_CHARS)} omega`)).toEqual(['alpha', 'y'.repeat(MAX_TOKENIZED_CHARS - 6)]);
    expect(tokenize('one')).toEqual(['one']);
  });
});
