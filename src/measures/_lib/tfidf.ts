/**
 * TF-IDF over word unigrams and bigrams, fitted on the given documents only, and the cosine
 * similarity of every pair of documents (CODEBOOK T3.5). Pairs are found through an inverted index,
 * so the cost follows the pairs that share a term, not every pair of documents.
 */

/** A document as sorted term numbers and their L2-normalised TF-IDF weights. */
export interface SparseVector {
  readonly terms: Int32Array;
  readonly weights: Float64Array;
}

/** Unigrams and bigrams (adjacent tokens joined by a space) of one token list. */
export function ngrams(tokens: readonly string[]): string[] {
  const out: string[] = [...tokens];
  for (let i = 1; i < tokens.length; i++) out.push(`${tokens[i - 1] ?? ''} ${tokens[i] ?? ''}`);
  return out;
}

/**
 * TF-IDF vectors of `docs`: raw term counts times the smoothed idf ln((1 + N) / (1 + df)) + 1, so
 * a term in every document still counts a little [D]; each vector has unit length (or is empty).
 */
export function tfidfVectors(docs: readonly (readonly string[])[]): SparseVector[] {
  const ids = new Map<string, number>();
  const df: number[] = [];
  const counts: Map<number, number>[] = [];
  for (const doc of docs) {
    const tf = new Map<number, number>();
    for (const g of ngrams(doc)) {
      let id = ids.get(g);
      if (id === undefined) {
        id = df.length;
        ids.set(g, id);
        df.push(0);
      }
      const c = tf.get(id);
      if (c === undefined) df[id] = (df[id] ?? 0) + 1;
      tf.set(id, (c ?? 0) + 1);
    }
    counts.push(tf);
  }
  const n = docs.length;
  return counts.map((tf) => {
    const terms = Int32Array.from([...tf.keys()].sort((a, b) => a - b));
    const weights = new Float64Array(terms.length);
    let norm = 0;
    terms.forEach((t, i) => {
      const w = (tf.get(t) ?? 0) * (Math.log((1 + n) / (1 + (df[t] ?? 0))) + 1);
      weights[i] = w;
      norm += w * w;
    });
    if (norm > 0) {
      const s = 1 / Math.sqrt(norm);
      for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] ?? 0) * s;
    }
    return { terms, weights };
  });
}

/** Pairwise cosine summary of a set of unit vectors. */
export interface PairwiseSimilarity {
  /** Mean cosine over all N(N−1)/2 pairs (0 for fewer than two documents). */
  readonly mean: number;
  /** Each document's highest cosine with any other document (0 when it shares no term). */
  readonly nearest: Float64Array;
}

/** Mean pairwise cosine and each document's nearest-neighbour cosine. */
export function pairwiseSimilarity(vectors: readonly SparseVector[]): PairwiseSimilarity {
  const n = vectors.length;
  const nearest = new Float64Array(n);
  if (n < 2) return { mean: 0, nearest };
  // Inverted index: per term, the documents holding it (ascending) and their weights.
  const postingDocs = new Map<number, number[]>();
  const postingWeights = new Map<number, number[]>();
  vectors.forEach((v, d) => {
    for (let k = 0; k < v.terms.length; k++) {
      const t = v.terms[k] ?? 0;
      let docs = postingDocs.get(t);
      let ws = postingWeights.get(t);
      if (!docs || !ws) {
        docs = [];
        ws = [];
        postingDocs.set(t, docs);
        postingWeights.set(t, ws);
      }
      docs.push(d);
      ws.push(v.weights[k] ?? 0);
    }
  });
  // Documents are visited in order, so each term's cursor only moves forward: past it lie the later documents.
  const cursor = new Map<number, number>();
  const acc = new Float64Array(n);
  const touched = new Int32Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const v = vectors[i] as SparseVector;
    let nt = 0;
    for (let k = 0; k < v.terms.length; k++) {
      const t = v.terms[k] ?? 0;
      const w = v.weights[k] ?? 0;
      const docs = postingDocs.get(t) ?? [];
      const ws = postingWeights.get(t) ?? [];
      const c = cursor.get(t) ?? 0;
      cursor.set(t, c + 1);
      for (let p = c + 1; p < docs.length; p++) {
        const j = docs[p] ?? 0;
        if (acc[j] === 0) touched[nt++] = j;
        acc[j] = (acc[j] ?? 0) + w * (ws[p] ?? 0);
      }
    }
    for (let q = 0; q < nt; q++) {
      const j = touched[q] ?? 0;
      // Rounding can push the cosine of identical documents a hair above 1.
      const s = Math.min(1, acc[j] ?? 0);
      acc[j] = 0;
      sum += s;
      if (s > (nearest[i] ?? 0)) nearest[i] = s;
      if (s > (nearest[j] ?? 0)) nearest[j] = s;
    }
  }
  return { mean: sum / ((n * (n - 1)) / 2), nearest };
}
