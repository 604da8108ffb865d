import { describe, expect, it } from 'vitest';
import { MTLD_THRESHOLD, mtld, mtldPass } from './mtld.ts';

const words = (s: string): string[] => s.split(' ').filter((w) => w !== '');

describe('mtld', () => {
  it('uses the 0.72 factor threshold of McCarthy & Jarvis', () => {
    expect(MTLD_THRESHOLD).toBe(0.72);
  });
  it('counts a factor when the type-token ratio falls to the threshold: "a b a b" has one factor of 4 tokens', () => {
    // a (1), b (1), a (2/3 ≤ 0.72: factor), b (1, partial 0) → 4 tokens / 1 factor.
    expect(mtldPass(words('a b a b'))).toBe(4);
    expect(mtld(words('a b a b')).value).toBe(4);
  });
  it('adds the partial factor (1 − TTR) / (1 − 0.72) for the run left at the end', () => {
    // p q r s p: TTR 0.8 at the end, never ≤ 0.72 → partial 0.2 / 0.28; MTLD = 5 / (0.2 / 0.28) = 7.
    const r = mtld(words('p q r s p'));
    expect(r.forward).toBeCloseTo(7, 12);
    expect(r.backward).toBeCloseTo(7, 12);
    expect(r.value).toBeCloseTo(7, 12);
  });
  it('runs both directions over the tokens', () => {
    // Forward: x y x | y y → factors at token 3 (2/3) and token 5 (1/2): 5 / 2 = 2.5.
    // Backward: y y | x y x → y y (1/2) factor; x y x (2/3) factor: 5 / 2 = 2.5.
    const t = words('x y x y y');
    expect(mtldPass(t)).toBe(2.5);
    expect(mtldPass(t, true)).toBe(2.5);
    const u = words('a b c d a a');
    // Forward: a b c d a (0.8) a (4/6 ≈ 0.667: factor) → 6 / 1 = 6.
    expect(mtldPass(u)).toBe(6);
    // Backward: a a (0.5: factor), d c b a (1: partial 0) → 6 / 1 = 6.
    expect(mtldPass(u, true)).toBe(6);
  });
  it('averages passes that differ: "a a b c d" is 5 forward and 7 backward', () => {
    // Forward: a a (0.5: factor), b c d (partial 0) → 5 / 1. Backward: d c b a a ends at TTR 0.8 → 5 / (0.2 / 0.28) = 7.
    const r = mtld(words('a a b c d'));
    expect(r.forward).toBe(5);
    expect(r.backward).toBeCloseTo(7, 12);
    expect(r.value).toBeCloseTo(6, 12);
  });
  it('gives a text of all-new words its own length (no factor ever completes)', () => {
    expect(mtld(words('one two three')).value).toBe(3);
  });
  it('is 0 for no tokens and 2 for one word twice', () => {
    expect(mtld([]).value).toBe(0);
    expect(mtld(['same', 'same']).value).toBe(2);
  });
  it('gives 2 for one word repeated (every second token closes a factor)', () => {
    expect(mtld(Array(10).fill('w')).value).toBe(2);
  });
});
