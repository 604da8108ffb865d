/**
 * Finds record boundaries in CSV text that arrives in chunks, so that batches can be handed to a
 * whole-string parser without ever cutting a quoted field in two. It follows papaparse's reading of
 * quotes: a quote opens a quoted field only at the start of a field; inside one, `""` is an escaped
 * quote and a quote closes the field only when a delimiter or line end follows it.
 *
 * Chunks are scanned one by one, never concatenated: appending to one growing string and indexing
 * it makes V8 flatten the whole buffer on every append, which cost more than the parsing itself.
 */

const QUOTE = 34;
const LF = 10;
const CR = 13;

export class BoundaryScanner {
  /** Offset (in the text since the last `consume`) just after the last newline that ended a record; 0 when none. */
  boundary = 0;
  /** True while the scan is inside a quoted field. */
  inQuoted = false;
  /** Offset where the currently open quoted field began (meaningful only while inQuoted). */
  quoteAt = -1;
  /** Characters scanned since the last `consume`. */
  length = 0;
  /** A quote inside a quoted field was the last character seen; the next one decides what it was. */
  #quoteAtEnd = false;
  #prev = LF;
  readonly #delim: number;

  constructor(delimiter: string) {
    this.#delim = delimiter.charCodeAt(0);
  }

  /** Scans the next chunk of text. */
  scan(chunk: string): void {
    const n = chunk.length;
    const base = this.length;
    const delim = this.#delim;
    let i = 0;
    /** First newline at or after some earlier position: -2 unknown, -1 none left in this chunk. */
    let nl = -2;
    if (this.#quoteAtEnd && n > 0) {
      this.#quoteAtEnd = false;
      i = this.#afterQuote(chunk, 0);
    }
    while (i < n) {
      if (this.inQuoted) {
        // Inside a quoted field only quotes matter: jump to the next one natively.
        const q = chunk.indexOf('"', i);
        if (q < 0) {
          i = n;
          break;
        }
        if (q + 1 >= n) {
          this.#quoteAtEnd = true;
          i = n;
          break;
        }
        i = this.#afterQuote(chunk, q + 1);
      } else {
        // Outside quotes: the next quote ends this stretch; its last newline is the latest boundary.
        const q = chunk.indexOf('"', i);
        const end = q < 0 ? n : q;
        // The first newline at or after i, searched once per newline, not once per stretch.
        if (nl !== -1 && nl < i) nl = chunk.indexOf('\n', i);
        if (nl !== -1 && nl < end) this.boundary = base + chunk.lastIndexOf('\n', end - 1) + 1;
        if (q < 0) {
          i = n;
          break;
        }
        const prev = q === 0 ? this.#prev : chunk.charCodeAt(q - 1);
        if (prev === delim || prev === LF) {
          this.inQuoted = true;
          this.quoteAt = base + q;
        }
        i = q + 1;
      }
    }
    if (n > 0) this.#prev = chunk.charCodeAt(n - 1);
    this.length += n;
  }

  /** Decides what the quote just before `i` meant (we are in a quoted field); returns where to go on. */
  #afterQuote(chunk: string, i: number): number {
    const c = chunk.charCodeAt(i);
    // `""` is an escaped quote.
    if (c === QUOTE) return i + 1;
    // A quote followed by anything else is stray; papaparse keeps the field open, and so do we.
    if (c === this.#delim || c === LF || c === CR) this.inQuoted = false;
    return i;
  }

  /** At the end of the text a pending quote closes its field. */
  end(): void {
    if (this.#quoteAtEnd) {
      this.#quoteAtEnd = false;
      this.inQuoted = false;
    }
  }

  /** Forgets the first `n` characters (they were consumed); offsets shift accordingly. */
  consume(n: number): void {
    this.length -= n;
    this.boundary = Math.max(0, this.boundary - n);
    this.quoteAt -= n;
  }

  /** Starts afresh at a record start, outside any field, with nothing scanned. */
  reset(): void {
    this.length = 0;
    this.boundary = 0;
    this.inQuoted = false;
    this.quoteAt = -1;
    this.#quoteAtEnd = false;
    this.#prev = LF;
  }
}
