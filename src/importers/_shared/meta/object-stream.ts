/**
 * Streams a JSON file whose root is an object holding one big array: Messenger's
 * `{"participants":[…], "messages":[…], "title":…, "thread_path":…}`. The array's elements are
 * parsed one at a time and the other top-level members whole, so memory is bounded by the largest
 * element, not the file (Meta message files can be hundreds of MB; DEPS.md §3 "byte splitter").
 * `_shared/json-array.ts` does the same for a root array; this is its object-rooted sibling.
 *
 * Scanning bytes is safe for UTF-8: structural characters are ASCII and never occur inside a
 * multi-byte sequence.
 */

export type StreamItem =
  /** A top-level member other than the streamed array; `value` undefined when it did not parse. */
  | { readonly kind: 'member'; readonly key: string; readonly value: unknown }
  /** One element of the streamed array, 1-based. */
  | { readonly kind: 'element'; readonly index: number; readonly value: unknown }
  /** An element that did not parse (`index` ≥ 1), or a problem with the file as a whole (`index` 0). */
  | { readonly kind: 'problem'; readonly index: number; readonly reason: 'not-object' | 'no-array' | 'truncated' | 'oversized' | string };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_SQ = 0x5b;
const CLOSE_SQ = 0x5d;
const OPEN_CURLY = 0x7b;
const CLOSE_CURLY = 0x7d;

/** Bytes of the piece being read, across chunk boundaries, with a size cap. */
class Piece {
  #parts: Uint8Array[] = [];
  #size = 0;
  oversized = false;
  constructor(readonly max: number) {}
  add(chunk: Uint8Array, from: number, to: number): void {
    if (to <= from || this.oversized) return;
    if (this.#size + (to - from) > this.max) {
      this.oversized = true;
      this.#parts = [];
      this.#size = 0;
      return;
    }
    // Copy: a producer may reuse its buffer after yielding it.
    this.#parts.push(chunk.slice(from, to));
    this.#size += to - from;
  }
  take(decoder: TextDecoder): string {
    const out = new Uint8Array(this.#size);
    let at = 0;
    for (const p of this.#parts) {
      out.set(p, at);
      at += p.length;
    }
    this.#parts = [];
    this.#size = 0;
    this.oversized = false;
    return decoder.decode(out).trim();
  }
}

function reasonOf(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return m.length > 120 ? `${m.slice(0, 120)}…` : m;
}

/** Yields the root object's members, streaming the elements of the array under `arrayKey`; never throws on bad data. */
export async function* streamObjectArray(bytes: AsyncIterable<Uint8Array>, arrayKey: string, maxElementBytes = 64 * 2 ** 20): AsyncGenerator<StreamItem> {
  const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
  // 'seek': before the root; 'member': reading a root member; 'array': inside the streamed array; 'done'.
  let mode: 'seek' | 'member' | 'array' | 'done' = 'seek';
  let depth = 0;
  let inString = false;
  let escaped = false;
  let index = 0;
  let sawArray = false;
  let oversizedElement = false;
  const piece = new Piece(maxElementBytes);

  function* member(text: string): Generator<StreamItem> {
    if (text === '') return;
    try {
      for (const [key, value] of Object.entries(JSON.parse(`{${text}}`) as Record<string, unknown>)) yield { kind: 'member', key, value };
    } catch {
      const key = /^"((?:[^"\\]|\\.)*)"/.exec(text)?.[1];
      if (key !== undefined) yield { kind: 'member', key, value: undefined };
    }
  }
  const element = (text: string): StreamItem | undefined => {
    if (oversizedElement) {
      oversizedElement = false;
      index++;
      return { kind: 'problem', index, reason: `element larger than ${maxElementBytes} bytes` };
    }
    if (text === '') return undefined;
    index++;
    try {
      return { kind: 'element', index, value: JSON.parse(text) as unknown };
    } catch (e) {
      return { kind: 'problem', index, reason: reasonOf(e) };
    }
  };

  for await (const chunk of bytes) {
    let start = 0;
    for (let i = 0; i < chunk.length && mode !== 'done'; i++) {
      const b = chunk[i] as number;
      if (inString) {
        if (escaped) escaped = false;
        else if (b === BACKSLASH) escaped = true;
        else if (b === QUOTE) inString = false;
        continue;
      }
      if (mode === 'seek') {
        if (b === OPEN_CURLY) {
          mode = 'member';
          depth = 1;
          start = i + 1;
        } else if (b > 0x20 && b !== 0xef && b !== 0xbb && b !== 0xbf) {
          // Anything but whitespace or a UTF-8 BOM before `{`: not the object we expect.
          yield { kind: 'problem', index: 0, reason: 'not-object' };
          return;
        }
        continue;
      }
      if (b === QUOTE) {
        inString = true;
      } else if (b === OPEN_SQ || b === OPEN_CURLY) {
        depth++;
        if (mode === 'member' && depth === 2 && b === OPEN_SQ && !sawArray) {
          // Is this member the streamed array? Its text so far is `"key":`.
          piece.add(chunk, start, i);
          const head = piece.take(decoder);
          if (/^"((?:[^"\\]|\\.)*)"\s*:$/.exec(head)?.[1] === arrayKey) {
            mode = 'array';
            sawArray = true;
            start = i + 1;
          } else {
            const again = new TextEncoder().encode(head);
            piece.add(again, 0, again.length);
            start = i;
          }
        }
      } else if (b === CLOSE_SQ || b === CLOSE_CURLY) {
        if (mode === 'array' && depth === 2) {
          piece.add(chunk, start, i);
          if (piece.oversized) oversizedElement = true;
          const item = element(piece.take(decoder));
          if (item) yield item;
          mode = 'member';
          start = i + 1;
        } else if (mode === 'member' && depth === 1) {
          piece.add(chunk, start, i);
          yield* member(piece.take(decoder));
          mode = 'done';
        }
        depth--;
      } else if (b === COMMA && mode === 'array' && depth === 2) {
        piece.add(chunk, start, i);
        if (piece.oversized) oversizedElement = true;
        const item = element(piece.take(decoder));
        if (item) yield item;
        start = i + 1;
      } else if (b === COMMA && mode === 'member' && depth === 1) {
        piece.add(chunk, start, i);
        // After the streamed array closes, that member's remainder is empty.
        yield* member(piece.take(decoder));
        start = i + 1;
      }
    }
    if (mode === 'member' || mode === 'array') piece.add(chunk, start, chunk.length);
    if (mode === 'done') break;
  }
  if (mode === 'seek') {
    yield { kind: 'problem', index: 0, reason: 'not-object' };
    return;
  }
  if (mode !== 'done') {
    // The stream ended inside the object: a cut download. The partial element is not guessed at.
    yield { kind: 'problem', index: 0, reason: 'truncated' };
    return;
  }
  if (!sawArray) yield { kind: 'problem', index: 0, reason: 'no-array' };
}
