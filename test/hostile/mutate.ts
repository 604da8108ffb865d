/** Seeded byte mutations for the fuzz corpus: flips, truncations, insertions and duplicated spans. */
import type { Rng } from '../../src/sample/random.ts';

export type MutationKind = 'flip' | 'truncate' | 'insert' | 'duplicate' | 'token' | 'tail-flip';

/** Fragments that tend to upset parsers: quotes, separators, brackets, BOMs and broken UTF-8. */
const TOKENS: readonly Uint8Array[] = [
  '"', '""', ',', '\n', '\r', '\r\n', '{', '}', '[', ']', ':', '\\', '\\u', '\\ud800', 'null', '1e999', '-0', '99999999999999999999999',
  '\u0000', '\uFFFD', '\u202E', 'window.YTD.', '=', '<', '&#', '\u{1F600}',
].map((s) => new TextEncoder().encode(s)).concat([
  Uint8Array.of(0xff), Uint8Array.of(0xc3), Uint8Array.of(0xed, 0xa0, 0x80), Uint8Array.of(0xef, 0xbb, 0xbf), Uint8Array.of(0xff, 0xfe), Uint8Array.of(0x50, 0x4b, 0x03, 0x04),
]);

/** Applies one seeded mutation of the given kind (or a random one) and says which. */
export function mutate(bytes: Uint8Array, rng: Rng, kind: MutationKind = pickKind(rng)): { bytes: Uint8Array; kind: MutationKind } {
  const n = bytes.length;
  if (n === 0) return { bytes: Uint8Array.of(rng.int(0, 255)), kind: 'insert' };
  switch (kind) {
    case 'flip':
    case 'tail-flip': {
      // tail-flip aims at the last quarter: a zip's central directory, a JSON file's closing brackets.
      const out = bytes.slice();
      const from = kind === 'tail-flip' ? Math.floor(n * 0.75) : 0;
      const count = rng.int(1, 8);
      for (let i = 0; i < count; i++) {
        const at = rng.int(from, n - 1);
        out[at] = (out[at] ?? 0) ^ rng.int(1, 255);
      }
      return { bytes: out, kind };
    }
    case 'truncate':
      return { bytes: bytes.slice(0, rng.int(0, n - 1)), kind };
    case 'insert': {
      const extra = new Uint8Array(rng.int(1, 64));
      for (let i = 0; i < extra.length; i++) extra[i] = rng.int(0, 255);
      return { bytes: splice(bytes, rng.int(0, n), extra), kind };
    }
    case 'token':
      return { bytes: splice(bytes, rng.int(0, n), rng.pick(TOKENS)), kind };
    case 'duplicate': {
      const start = rng.int(0, n - 1);
      const span = bytes.subarray(start, Math.min(n, start + rng.int(1, 4096)));
      return { bytes: splice(bytes, rng.int(0, n), span), kind };
    }
  }
}

function pickKind(rng: Rng): MutationKind {
  return rng.weighted<MutationKind>([
    ['flip', 3],
    ['tail-flip', 2],
    ['truncate', 1],
    ['insert', 2],
    ['token', 3],
    ['duplicate', 2],
  ]);
}

function splice(bytes: Uint8Array, at: number, insert: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length + insert.length);
  out.set(bytes.subarray(0, at), 0);
  out.set(insert, at);
  out.set(bytes.subarray(at), at + insert.length);
  return out;
}
