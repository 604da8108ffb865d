import { describe, expect, it } from 'vitest';
import { ngrams, pairwiseSimilarity, tfidfVectors } from './tfidf.ts';

describe('ngrams', () => {
  it('gives the unigrams then the adjacent bigrams', () => {
    expect(ngrams(['a', 'b', 'c'])).toEqual(['a', 'b', 'c', 'a b', 'b c']);
    expect(ngrams([])).toEqual([]);
  });
});

describe('tfidf and pairwise cosine', () => {
  it('matches a hand computation: ["x"] against ["x", "y"]', () => {
    // N = 2. idf(x) = ln(3/3) + 1 = 1; idf(y) = idf("x y") = ln(3/2) + 1.
    const idf = Math.log(1.5) + 1;
    const expected = 1 / Math.sqrt(1 + 2 * idf * idf);
    const sim = pairwiseSimilarity(tfidfVectors([['x'], ['x', 'y']]));
    expect(sim.mean).toBeCloseTo(expected, 12);
    expect([...sim.nearest]).toEqual([expect.closeTo(expected, 12), expect.closeTo(expected, 12)]);
  });
  it('gives unit-length vectors', () => {
    const [v] = tfidfVectors([['a', 'b', 'a'], ['b']]);
    const norm = [...(v?.weights ?? [])].reduce((s, w) => s + w * w, 0);
    expect(norm).toBeCloseTo(1, 12);
  });
  it('scores identical documents 1 and disjoint ones 0', () => {
    const sim = pairwiseSimilarity(tfidfVectors([['a', 'b'], ['a', 'b'], ['c', 'd']]));
    // Pairs: (0,1) = 1, (0,2) = 0, (1,2) = 0 → mean 1/3.
    expect(sim.mean).toBeCloseTo(1 / 3, 12);
    expect([...sim.nearest]).toEqual([1, 1, 0]);
  });
  it('agrees with a brute-force cosine on a mixed set', () => {
    const docs = [['a', 'b', 'c'], ['b', 'c', 'd'], ['a', 'a', 'e'], ['f'], ['c', 'b', 'a']];
    const v = tfidfVectors(docs);
    const dot = (i: number, j: number): number => {
      const a = v[i]!;
      const b = v[j]!;
      let s = 0;
      a.terms.forEach((t, k) => {
        const m = b.terms.indexOf(t);
        if (m >= 0) s += a.weights[k]! * b.weights[m]!;
      });
      return s;
    };
    let sum = 0;
    const nearest = docs.map(() => 0);
    for (let i = 0; i < docs.length; i++)
      for (let j = i + 1; j < docs.length; j++) {
        const s = dot(i, j);
        sum += s;
        nearest[i] = Math.max(nearest[i]!, s);
        nearest[j] = Math.max(nearest[j]!, s);
      }
    const sim = pairwiseSimilarity(v);
    expect(sim.mean).toBeCloseTo(sum / 10, 12);
    sim.nearest.forEach((s, i) => expect(s).toBeCloseTo(nearest[i]!, 12));
  });
  it('is 0 for no documents and for one', () => {
    expect(pairwiseSimilarity([]).mean).toBe(0);
    const one = pairwiseSimilarity(tfidfVectors([['a']]));
    expect(one.mean).toBe(0);
    expect([...one.nearest]).toEqual([0]);
  });
});
