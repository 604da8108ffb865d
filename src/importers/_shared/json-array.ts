/**
 * A streaming splitter for files that hold one big JSON array, optionally behind a JavaScript
 * prefix (X's `window.YTD.tweets.part0 = [ … ]`). It finds the array's top-level element
 * boundaries in the raw bytes and `JSON.parse`s one element at a time, so memory is bounded by
 * the largest element, not the file (DEPS.md §3 "byte splitter": X `tweets.js` and Meta message
 * files reach hundreds of MB, past V8's ~512 MiB string limit).
 *
 * Scanning bytes is safe for UTF-8: every structural character is ASCII, and no byte of a
 * multi-byte UTF-8 sequence is below 0x80.
 */
import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.ts';

/** A parsed element (1-based `index`), or a problem: `index` 0 means the file as a whole. */
export type JsonArrayItem = { readonly index: number; readonly value: unknown } | { readonly index: number; readonly diagnostic: Diagnostic };

export interface JsonArrayOptions {
  /** Entry path, for diagnostics. */
  readonly file: string;
  /** An element larger than this is dropped with a diagnostic instead of parsed (default 256 MiB). */
  readonly maxElementBytes?: number;
}

const OPEN_SQUARE = 0x5b;
const CLOSE_SQUARE = 0x5d;
const OPEN_CURLY = 0x7b;
const CLOSE_CURLY = 0x7d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;

/**
 * The byte-level state machine. Its hot loop works on local copies of the state (V8 optimises
 * those far better than variables captured by closures) and jumps over string bodies with
 * `indexOf`, since most of an export's bytes are inside strings.
 */
class Scanner {
  depth = 1;
  inString = false;
  escaped = false;
  /** Whether the current element has anything but whitespace (an empty `[]` has no element). */
  content = false;

  /** Scans from `from`; returns the index of the next top-level `,` or the closing `]`, or -1 at the chunk's end. */
  scan(chunk: Uint8Array, from: number): number {
    let depth = this.depth;
    let inString = this.inString;
    let escaped = this.escaped;
    let content = this.content;
    const n = chunk.length;
    let nextBackslash = -1;
    let i = from;
    let found = -1;
    while (i < n) {
      if (inString) {
        if (escaped) {
          escaped = false;
          i++;
          continue;
        }
        if (nextBackslash < i) {
          nextBackslash = chunk.indexOf(BACKSLASH, i);
          if (nextBackslash < 0) nextBackslash = n;
        }
        let quote = chunk.indexOf(QUOTE, i);
        if (quote < 0) quote = n;
        if (nextBackslash < quote) {
          escaped = true;
          i = nextBackslash + 1;
        } else {
          inString = quote === n;
          i = quote + 1;
        }
        continue;
      }
      const b = chunk[i]!;
      if (b === QUOTE) {
        inString = true;
        content = true;
      } else if (b === OPEN_CURLY || b === OPEN_SQUARE) {
        depth++;
        content = true;
      } else if (b === CLOSE_CURLY || b === CLOSE_SQUARE) {
        depth--;
        if (depth === 0) {
          found = i;
          break;
        }
      } else if (b === COMMA && depth === 1) {
        found = i;
        break;
      } else if (b > 0x20) {
        content = true;
      }
      i++;
    }
    this.depth = depth;
    this.inString = inString;
    this.escaped = escaped;
    this.content = content;
    return found;
  }
}

/** Splits the first top-level JSON array in the stream into parsed elements; never throws on bad data. */
export async function* splitJsonArray(bytes: AsyncIterable<Uint8Array>, opts: JsonArrayOptions): AsyncGenerator<JsonArrayItem> {
  for await (const batch of splitJsonArrayBatches(bytes, opts)) yield* batch;
}

/**
 * Like splitJsonArray, but yields the elements found in each chunk together: one await per chunk
 * instead of per element, which is most of the cost for files of many small elements (tweets, likes).
 */
export async function* splitJsonArrayBatches(bytes: AsyncIterable<Uint8Array>, opts: JsonArrayOptions): AsyncGenerator<JsonArrayItem[]> {
  const max = opts.maxElementBytes ?? 256 * 2 ** 20;
  const file = opts.file;
  const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
  // Elements with bytes that are not UTF-8 are read with U+FFFD in their place; the file gets one
  // warning naming the first such element, once the count is known.
  let invalidUtf8 = 0;
  let firstInvalidUtf8 = 0;
  const scanner = new Scanner();
  let state: 'prefix' | 'array' | 'after' = 'prefix';
  let parts: Uint8Array[] = [];
  let size = 0;
  let oversized = false;
  let index = 0;

  const take = (chunk: Uint8Array, from: number, to: number): void => {
    if (to <= from || oversized) return;
    if (size + (to - from) > max) {
      oversized = true;
      parts = [];
      size = 0;
      return;
    }
    // Copy: a producer may reuse its buffer after yielding it.
    parts.push(chunk.slice(from, to));
    size += to - from;
  };

  const finish = (closing: boolean, whole?: Uint8Array): JsonArrayItem | undefined => {
    const had = scanner.content;
    const chunks = parts;
    const length = size;
    const wasOversized = oversized;
    parts = [];
    size = 0;
    scanner.content = false;
    oversized = false;
    if (!had) {
      // `[]` or a trailing `,]` holds no element; a hole between two commas is a bad one.
      if (closing) return undefined;
      index++;
      return { index, diagnostic: diagnostic('json.malformed', 'warning', { file, row: index }, { reason: 'empty element' }) };
    }
    index++;
    if (wasOversized) {
      return { index, diagnostic: diagnostic('json.malformed', 'warning', { file, row: index }, { reason: `element larger than ${max} bytes` }) };
    }
    const bytes = whole ?? join(chunks, length);
    const text = decoder.decode(bytes);
    // U+FFFD may also be a real character: only a strict decoder's refusal says bytes were replaced.
    if (text.includes('\uFFFD') && !isUtf8(bytes)) {
      invalidUtf8++;
      if (firstInvalidUtf8 === 0) firstInvalidUtf8 = index;
    }
    try {
      return { index, value: JSON.parse(text) as unknown };
    } catch (e) {
      return { index, diagnostic: diagnostic('json.malformed', 'warning', { file, row: index }, { reason: reasonOf(e) }) };
    }
  };

  for await (const chunk of bytes) {
    if (state === 'after') continue;
    let i = 0;
    if (state === 'prefix') {
      for (; i < chunk.length; i++) {
        const b = chunk[i]!;
        if (b === OPEN_SQUARE) break;
        // An object or string before any `[` means the file is not an array (wrong file under a known name).
        if (b === OPEN_CURLY || b === QUOTE) {
          yield [{ index: 0, diagnostic: diagnostic('json.not-array', 'warning', { file }) }];
          state = 'after';
          break;
        }
      }
      if (state === 'after' || i === chunk.length) continue;
      state = 'array';
      i++;
    }
    const batch: JsonArrayItem[] = [];
    while (state === 'array') {
      const cut = scanner.scan(chunk, i);
      if (cut < 0) {
        take(chunk, i, chunk.length);
        break;
      }
      const closing = chunk[cut] !== COMMA;
      // Most elements start and end in one chunk: parse them from a view, without copying.
      const whole = parts.length === 0 && !oversized && cut - i <= max ? chunk.subarray(i, cut) : undefined;
      if (!whole) take(chunk, i, cut);
      const item = finish(closing, whole);
      if (item) batch.push(item);
      if (closing) state = 'after';
      i = cut + 1;
    }
    if (batch.length > 0) yield batch;
  }

  if (invalidUtf8 > 0) {
    yield [{ index: 0, diagnostic: diagnostic('text.invalid-utf8-elements', 'warning', { file, row: firstInvalidUtf8 }, { count: invalidUtf8 }) }];
  }
  if (state === 'prefix') yield [{ index: 0, diagnostic: diagnostic('json.not-array', 'warning', { file }) }];
  else if (state === 'array') {
    // The stream ended inside the array: a cut download or a truncated copy. The partial element is lost.
    const lost = scanner.content ? index + 1 : undefined;
    yield [
      {
        index: lost ?? 0,
        diagnostic: diagnostic('json.truncated', 'warning', lost !== undefined ? { file, row: lost } : { file }, { count: index }),
      },
    ];
  }
}

const strict = new TextDecoder('utf-8', { fatal: true });

/** True when `bytes` are valid UTF-8. */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function join(parts: readonly Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function reasonOf(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return m.length > 120 ? `${m.slice(0, 120)}…` : m;
}
