/** Turning an entry's byte stream into text, with the encoding chosen from the byte-order mark. */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Detects the encoding from the first bytes: LinkedIn's legacy files are UTF-16LE with a BOM. */
export function sniffEncoding(head: Uint8Array): { encoding: TextEncodingName; bomLength: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  // UTF-16LE without BOM: ASCII text has a NUL in every odd byte.
  if (head.length >= 4 && head[0] !== 0 && head[1] === 0 && head[2] !== 0 && head[3] === 0) return { encoding: 'utf-16le', bomLength: 0 };
  return { encoding: 'utf-8', bomLength: 0 };
}

export interface DecodedText {
  readonly encoding: TextEncodingName;
  /** True when invalid byte sequences were replaced by U+FFFD. */
  readonly replaced: () => boolean;
  readonly chunks: AsyncIterable<string>;
}

/** Decodes a byte stream to string chunks, dropping the BOM; invalid sequences become U+FFFD and are flagged. */
export async function decodeText(bytes: AsyncIterable<Uint8Array>): Promise<DecodedText> {
  const it = bytes[Symbol.asyncIterator]();
  let first = await it.next();
  // Make sure we have enough bytes to sniff the BOM.
  let head: Uint8Array = first.done ? new Uint8Array(0) : first.value;
  while (!first.done && head.length < 4) {
    first = await it.next();
    if (!first.done) head = concat(head, first.value);
  }
  const { encoding, bomLength } = sniffEncoding(head);
  const decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: true });
  let sawReplacement = false;
  const done = first.done === true;
  async function* gen(): AsyncGenerator<string> {
    const check = (s: string) => {
      if (!sawReplacement && s.includes('\uFFFD')) sawReplacement = true;
      return s;
    };
    if (head.length > bomLength) {
      const s = decoder.decode(head.subarray(bomLength), { stream: true });
      if (s) yield check(s);
    }
    if (!done) {
      for (;;) {
        const r = await it.next();
        if (r.done) break;
        const s = decoder.decode(r.value, { stream: true });
        if (s) yield check(s);
      }
    }
    const tail = decoder.decode();
    if (tail) yield check(tail);
  }
  return { encoding, replaced: () => sawReplacement, chunks: gen() };
}

/** Reads a whole entry as one string (for small files: profile, manifests). */
export async function readAllText(bytes: AsyncIterable<Uint8Array>): Promise<{ text: string; encoding: TextEncodingName; replaced: boolean }> {
  const d = await decodeText(bytes);
  const parts: string[] = [];
  for await (const c of d.chunks) parts.push(c);
  return { text: parts.join(''), encoding: d.encoding, replaced: d.replaced() };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
