/**
 * A streaming CSV record reader for export files. Text arrives in chunks; about a batch's worth at a
 * time is parsed with papaparse's core parser, which stops after the last complete record, and the
 * open one is carried into the next parse, so peak memory follows the batch size, not the file size.
 * Bad rows become diagnostics and the read goes on.
 */
import Papa from 'papaparse';
import { diagnostic, type DiagnosticSink } from '../../diagnostics/diagnostic.ts';
import { matchHeaderLine, type CsvHeader } from './csv-header.ts';

export type { CsvHeader } from './csv-header.ts';
export { headerKey } from './csv-header.ts';

export interface CsvOptions {
  /** Entry path, for diagnostics. */
  readonly file: string;
  /** Column names that must all appear in the header line; lines before it are a preamble. */
  readonly expect: readonly string[];
  readonly sink: DiagnosticSink;
  /**
   * `backslash`: quotes inside fields may be written `\"` (LinkedIn Comments.csv, 2025 export) as
   * well as `""`; both are read as one quote.
   */
  readonly escape?: 'rfc' | 'backslash';
  /**
   * A row for which this returns true is not a record but the next line of the previous record's
   * last field, which the exporter forgot to quote (LinkedIn Comments.csv 2022/2024).
   */
  readonly isContinuation?: (fields: readonly string[]) => boolean;
  /** Longer fields are cut (default 1 Mi characters). */
  readonly maxFieldChars?: number;
  /**
   * Target batch size in characters (default 256 Ki). Rows of a batch wait on the young heap while it
   * is handled, and every garbage collection meanwhile copies them: 1 Mi batches doubled that work.
   * Much smaller ones would put the batch text itself on the young heap (strings under 128 KiB),
   * where the events' slices of it keep it alive and so copied.
   */
  readonly batchChars?: number;
  /** A record still open after this many characters is declared malformed (default 16 Mi; noticed by the time twice that is read). */
  readonly maxRecordChars?: number;
  /** Give up looking for the header after this many lines (default 50). */
  readonly maxPreambleLines?: number;
}

export interface CsvRow {
  /** 1-based data row: records after the header, blank lines not counted. */
  readonly row: number;
  readonly fields: string[];
}

export interface CsvTable {
  readonly header: CsvHeader;
  /** Batches of rows, in file order; iterate once. */
  readonly batches: AsyncIterable<readonly CsvRow[]>;
  /** Rows skipped as malformed so far (each one also a diagnostic). */
  malformed(): number;
}

const HEADER_SCAN_LIMIT = 1 << 20;

/**
 * Finds the header and returns the table, or undefined (plus a `csv.missing-header` diagnostic)
 * when no line within the first ones carries the expected columns, e.g. an empty or foreign file.
 */
export async function openCsv(chunks: AsyncIterable<string>, opts: CsvOptions): Promise<CsvTable | undefined> {
  const source = new ChunkSource(chunks, opts.escape === 'backslash');
  const maxPreamble = opts.maxPreambleLines ?? 50;
  let header: CsvHeader | undefined;
  let lineStart = 0;
  let lines = 0;
  while (header === undefined && lines <= maxPreamble) {
    const nl = source.buf.indexOf('\n', lineStart);
    if (nl < 0) {
      if (source.done || source.buf.length - lineStart > HEADER_SCAN_LIMIT) {
        // A header-only file may lack a final newline.
        if (source.done && lineStart < source.buf.length) {
          header = matchHeaderLine(stripCr(source.buf.slice(lineStart)), opts.expect, lines);
          if (header) lineStart = source.buf.length;
        }
        break;
      }
      await source.pull();
      continue;
    }
    header = matchHeaderLine(stripCr(source.buf.slice(lineStart, nl)), opts.expect, lines);
    lineStart = nl + 1;
    if (!header) lines++;
  }
  if (!header) {
    opts.sink.add(diagnostic('csv.missing-header', 'warning', { file: opts.file }, { expected: opts.expect.join(', ') }));
    return undefined;
  }
  if (header.preambleLines > 0) {
    opts.sink.add(diagnostic('csv.preamble', 'info', { file: opts.file }, { lines: header.preambleLines }));
  }
  const reader = new RowReader(source, source.buf.slice(lineStart), header, opts);
  source.buf = '';
  return { header, batches: reader.batches(), malformed: () => reader.malformed };
}

function stripCr(line: string): string {
  return line.charCodeAt(line.length - 1) === 13 ? line.slice(0, -1) : line;
}

/** Decoded chunks, with `\"` rewritten to `""` in backslash mode; `buf` is used only while looking for the header. */
class ChunkSource {
  buf = '';
  done = false;
  #carry = '';
  readonly #it: AsyncIterator<string>;
  readonly #backslash: boolean;

  constructor(chunks: AsyncIterable<string>, backslash: boolean) {
    this.#it = chunks[Symbol.asyncIterator]();
    this.#backslash = backslash;
  }

  /** The next chunk, or undefined at the end of the stream. */
  async next(): Promise<string | undefined> {
    if (this.done) return undefined;
    const r = await this.#it.next();
    if (r.done) {
      this.done = true;
      const tail = this.#carry;
      this.#carry = '';
      return tail === '' ? undefined : tail;
    }
    let s = this.#carry + r.value;
    this.#carry = '';
    if (this.#backslash) {
      // A backslash at the very end may escape a quote in the next chunk.
      if (s.endsWith('\\')) {
        this.#carry = '\\';
        s = s.slice(0, -1);
      }
      // Rewriting to the RFC form lets one parser read both `\"` and `""` in the same file.
      if (s.includes('\\"')) s = s.replaceAll('\\"', '""');
    }
    return s;
  }

  /** Appends the next chunk to `buf`; false at the end of the stream. */
  async pull(): Promise<boolean> {
    const s = await this.next();
    if (s === undefined) return false;
    this.buf += s;
    return true;
  }
}

/** The shape of what Papa.Parser#parse returns; the typings leave it `any`. */
interface ParserResult {
  readonly data: string[][];
  readonly errors: readonly { readonly code: string; readonly row?: number }[];
  readonly meta: { readonly cursor: number };
}

const QUOTE = 34;

class RowReader {
  malformed = 0;
  #row = 0;
  #pending: CsvRow | undefined;
  #skipLine = false;
  /** The start of a record that was still open at the last parse; it is parsed again with what follows. */
  #carry = '';
  /** Text received since the last parse, in arrival order. */
  #queued: string[] = [];
  #queuedChars = 0;
  readonly #parser: Papa.Parser;
  readonly #width: number;
  readonly #maxField: number;
  readonly #batchChars: number;
  readonly #maxRecord: number;

  constructor(
    private readonly source: ChunkSource,
    initial: string,
    private readonly header: CsvHeader,
    private readonly opts: CsvOptions,
  ) {
    // One core parser for the whole file: Papa.parse() would build a handle, a streamer and a config copy per batch.
    this.#parser = new Papa.Parser({ delimiter: header.delimiter, newline: '\n', quoteChar: '"' });
    this.#width = header.names.length;
    this.#maxField = opts.maxFieldChars ?? 1 << 20;
    this.#batchChars = opts.batchChars ?? 1 << 18;
    this.#maxRecord = opts.maxRecordChars ?? 16 << 20;
    this.#queue(initial);
  }

  async *batches(): AsyncGenerator<readonly CsvRow[]> {
    for (;;) {
      try {
        // A long open record is parsed again with each batch; waiting for at least its own length
        // of new text keeps that linear (a record near maxRecordChars would otherwise be re-read ~64 times).
        while (this.#queuedChars < Math.max(this.#batchChars, this.#carry.length) && !this.source.done) {
          const chunk = await this.source.next();
          if (chunk !== undefined) this.#queue(chunk);
        }
      } catch (e) {
        // The stream broke (e.g. a corrupt zip entry): complete records read so far still count.
        const partial: CsvRow[] = [];
        this.#parse(false, partial);
        if (this.#pending) partial.push(this.#pending);
        this.#pending = undefined;
        if (partial.length) yield partial;
        throw e;
      }
      const out: CsvRow[] = [];
      const done = this.source.done;
      this.#parse(done, out);
      if (done) {
        if (this.#pending) out.push(this.#pending);
        this.#pending = undefined;
        if (out.length) yield out;
        return;
      }
      if (out.length) yield out;
    }
  }

  /** Queues a chunk (dropping the rest of a discarded line first). */
  #queue(text: string): void {
    let t = text;
    if (this.#skipLine) {
      // The rest of a dropped over-long record's line is still arriving: discard it.
      const nl = t.indexOf('\n');
      if (nl < 0) return;
      this.#skipLine = false;
      t = t.slice(nl + 1);
    }
    if (t.length === 0) return;
    this.#queued.push(t);
    this.#queuedChars += t.length;
  }

  /**
   * Parses the carried and queued text. Complete records go to `out`; the open last one is carried
   * (papaparse's own streamer does the same with `ignoreLastRow` and `meta.cursor`), except at the
   * end of the stream (`final`), where it is read as the last record.
   */
  #parse(final: boolean, out: CsvRow[]): void {
    const q = this.#queued;
    // One join, carry included: `carry + joined` would be a rope that the parser flattens, a second copy.
    if (this.#carry !== '') q.unshift(this.#carry);
    let text = q.length === 1 ? q[0]! : q.join('');
    this.#queued = [];
    this.#queuedChars = 0;
    this.#carry = '';
    while (text !== '') {
      const res = this.#parser.parse(text, 0, true) as ParserResult;
      this.#acceptAll(res, out);
      const cursor = res.meta.cursor;
      // Where papaparse stopped: just after the opening quote when the last field is an open quoted one.
      const stop = this.#parser.getCharIndex();
      const quoteAt = stop > cursor && text.charCodeAt(stop - 1) === QUOTE ? stop - 1 : -1;
      const rest = cursor === 0 ? text : text.slice(cursor);
      if (!final) {
        if (quoteAt >= 0 && rest.length > this.#maxRecord) {
          // A stray opening quote would otherwise swallow the rest of the file into memory.
          text = this.#dropBrokenRecord(text, quoteAt, `record longer than ${this.#maxRecord} characters`);
          continue;
        }
        this.#carry = rest;
        return;
      }
      if (rest === '') return;
      const tail = this.#parser.parse(rest, 0, false) as ParserResult;
      if (quoteAt >= 0 && tail.errors.some((e) => e.code === 'MissingQuotes')) {
        // The last open quote never closed: everything before its record is fine.
        text = this.#dropBrokenRecord(text, quoteAt, 'unterminated quoted field');
        continue;
      }
      this.#acceptAll(tail, out);
      return;
    }
  }

  #acceptAll(res: ParserResult, out: CsvRow[]): void {
    let bad: Map<number, string> | undefined;
    for (const e of res.errors) {
      if (e.row === undefined) continue;
      (bad ??= new Map()).set(e.row, e.code);
    }
    const rows = res.data;
    for (let i = 0; i < rows.length; i++) this.#accept(rows[i]!, bad?.get(i), out);
  }

  /**
   * Reports and drops the open record (up to the end of the line holding its opening quote at
   * `quoteAt`); returns the text after it, to be parsed afresh ('' when that line is still arriving).
   */
  #dropBrokenRecord(text: string, quoteAt: number, reason: string): string {
    const nl = text.indexOf('\n', quoteAt);
    this.#malformedRow(++this.#row, reason);
    if (nl < 0) {
      this.#skipLine = true;
      return '';
    }
    return text.slice(nl + 1);
  }

  #malformedRow(row: number, reason: string): void {
    this.malformed++;
    this.opts.sink.add(diagnostic('csv.malformed-row', 'warning', { file: this.opts.file, row }, { reason }));
  }

  #accept(fields: string[], error: string | undefined, out: CsvRow[]): void {
    const lastIx = fields.length - 1;
    const last = fields[lastIx]!;
    // Papaparse splits on \n only, so CRLF files leave a \r on the last field.
    if (last.charCodeAt(last.length - 1) === 13) fields[lastIx] = last.slice(0, -1);
    if (lastIx === 0 && fields[0] === '') return;
    if (this.opts.isContinuation && this.#pending && error === undefined && this.opts.isContinuation(fields)) {
      const p = this.#pending.fields;
      const pi = p.length - 1;
      p[pi] = `${p[pi]}\n${fields.join(this.header.delimiter)}`;
      return;
    }
    const row = ++this.#row;
    if (error !== undefined) return this.#malformedRow(row, error);
    if (fields.length !== this.#width) {
      if (fields.length < this.#width || !extrasEmpty(fields, this.#width)) {
        return this.#malformedRow(row, `${fields.length} fields where the header has ${this.#width}`);
      }
      // Excel re-saves add empty trailing cells; they carry nothing.
      fields.length = this.#width;
    }
    for (let i = 0; i < fields.length; i++) {
      if (fields[i]!.length > this.#maxField) {
        fields[i] = fields[i]!.slice(0, this.#maxField);
        this.opts.sink.add(diagnostic('csv.giant-field', 'warning', { file: this.opts.file, row }, { limit: this.#maxField }));
      }
    }
    const rec: CsvRow = { row, fields };
    if (this.opts.isContinuation) {
      if (this.#pending) out.push(this.#pending);
      this.#pending = rec;
    } else out.push(rec);
  }
}

function extrasEmpty(fields: readonly string[], width: number): boolean {
  for (let i = width; i < fields.length; i++) if (fields[i] !== '') return false;
  return true;
}
