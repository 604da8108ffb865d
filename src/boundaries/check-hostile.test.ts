/** Regression: a hostile archive's 10 MB "post" must neither overflow the regexp stack nor scan for minutes. */
import { describe, expect, it } from 'vitest';
import { at, ev, makeLedger } from '../measures/_lib/test-ledger.ts';
import { MAX_SCANNED_CHARS, checkBoundaries } from './check.ts';

const T = at('2026-03-01');
const post = (text: string) => ev('post', 'out', T, { text, visibility: 'PUBLIC' });

describe('checkBoundaries on hostile text', () => {
  it('a 10 MB run of letters gives no finding and no RangeError (it overflowed V8’s regexp stack before)', () => {
    const started = performance.now();
    expect(checkBoundaries(makeLedger({ events: [post('x'.repeat(10 * 2 ** 20))] }))).toEqual([]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('long runs without the awaited "@" or street suffix are scanned in linear time', () => {
    const started = performance.now();
    const f = checkBoundaries(makeLedger({ events: [post('a.'.repeat(30_000)), post('x-'.repeat(30_000)), post(`${'b'.repeat(70_000)} write to jo@example.com`)] }));
    // The address sits past the scanned prefix of the third post, so nothing is found there either.
    expect(f).toEqual([]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('still finds an address inside the scanned prefix of a long post', () => {
    const f = checkBoundaries(makeLedger({ events: [post(`write to jo@example.com ${'word '.repeat(MAX_SCANNED_CHARS)}`)] }));
    expect(f.map((x) => x.rule)).toEqual(['email']);
  });
});
