/**
 * Streams a CAR v1 file into a block map with @ipld/car. Block order inside a CAR is not
 * guaranteed (formats/bluesky.md §1: newer PDSes stream commit → tree → records, older ones do not),
 * so every block is kept until the tree walk; blocks are decoded only when the walk reaches them.
 */
import { CarBlockIterator } from '@ipld/car';
import type { CID } from 'multiformats/cid';
import { ArchiveReadError } from '../../archive/types.ts';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { diagnostic } from '../../diagnostics/diagnostic.ts';

export interface CarContents {
  readonly roots: readonly CID[];
  /** Block bytes keyed by `cidKey`. */
  readonly blocks: ReadonlyMap<string, Uint8Array>;
  /** What went wrong part-way (a truncated file, a read limit); the blocks before it are kept. */
  readonly problems: readonly Diagnostic[];
}

/** Map key for a CID: its bytes as a latin1 string, 20× cheaper than `cid.toString()` (DEPS.md §4). */
export function cidKey(cid: CID): string {
  return latin1(cid.bytes);
}

/** Bytes applied at once to String.fromCharCode: far below the argument limit (about 125,000 here). */
const APPLY_CHUNK = 8192;

/**
 * Bytes as a latin1 string, one char per byte. One flat string: a key built char by char is a rope
 * that every Map lookup must flatten again. Long input (a crafted CID or tree key) goes in chunks,
 * since one `apply` over it would overflow the argument list.
 */
export function latin1(bytes: Uint8Array): string {
  if (bytes.length <= APPLY_CHUNK) return String.fromCharCode.apply(null, bytes as unknown as number[]);
  let out = '';
  for (let i = 0; i < bytes.length; i += APPLY_CHUNK) out += String.fromCharCode.apply(null, bytes.subarray(i, i + APPLY_CHUNK) as unknown as number[]);
  return out;
}

/** Largest header we accept: one root CID makes ~60 bytes; a text file's first byte read as a length is bigger. */
const MAX_HEADER = 4096;

/**
 * Reads the whole CAR. Returns a `car.not-car` diagnostic instead of contents when the first bytes
 * are not a CAR header; never throws on bad bytes.
 */
export async function readCar(bytes: AsyncIterable<Uint8Array>, file: string): Promise<CarContents | Diagnostic> {
  const peeked = await peek(bytes, file);
  const reason = headerProblem(peeked.head);
  if (reason !== undefined) return peeked.error ?? diagnostic('car.not-car', 'error', { file }, { reason });
  let iterator: CarBlockIterator;
  try {
    iterator = await CarBlockIterator.fromIterable(peeked.stream);
  } catch (e) {
    if (e instanceof ArchiveReadError) return diagnostic(e.code, 'error', { file }, e.params);
    return diagnostic('car.not-car', 'error', { file }, { reason: message(e) });
  }
  const roots = await iterator.getRoots();
  const blocks = new Map<string, Uint8Array>();
  const problems: Diagnostic[] = [];
  try {
    for await (const block of iterator) blocks.set(cidKey(block.cid), block.bytes);
  } catch (e) {
    if (e instanceof ArchiveReadError) problems.push(diagnostic(e.code, 'error', { file }, e.params));
    else problems.push(diagnostic('car.truncated', 'warning', { file }, { reason: message(e), blocks: blocks.size }));
  }
  return { roots, blocks, problems };
}

/**
 * Why the first bytes cannot start a CAR v1/v2, or undefined when they can: a varint header length
 * (≤ 4 KiB) followed by a CBOR map (major type 5) — `{version, roots}` or the v2 pragma `{version: 2}`.
 */
function headerProblem(head: Uint8Array): string | undefined {
  if (head.length === 0) return 'the file is empty';
  let len = 0;
  let i = 0;
  for (; i < 3; i++) {
    const b = head[i];
    if (b === undefined) return 'the file is too short';
    len |= (b & 0x7f) << (7 * i);
    if ((b & 0x80) === 0) break;
  }
  if (i === 3 || len === 0 || len > MAX_HEADER) return 'it does not start with a CAR header';
  const first = head[i + 1];
  if (first === undefined) return 'the file is too short';
  if (first >> 5 !== 5) return 'it does not start with a CAR header';
  return undefined;
}

/** The first few bytes, and a stream that still yields everything; a read error before any bytes is kept. */
async function peek(bytes: AsyncIterable<Uint8Array>, file: string): Promise<{ head: Uint8Array; stream: AsyncIterable<Uint8Array>; error?: Diagnostic }> {
  const it = bytes[Symbol.asyncIterator]();
  const first: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < 8) {
      const r = await it.next();
      if (r.done) break;
      first.push(r.value);
      size += r.value.length;
    }
  } catch (e) {
    if (!(e instanceof ArchiveReadError)) throw e;
    return { head: new Uint8Array(0), stream: (async function* () {})(), error: diagnostic(e.code, 'error', { file }, e.params) };
  }
  const head = new Uint8Array(size);
  let o = 0;
  for (const c of first) {
    head.set(c, o);
    o += c.length;
  }
  async function* stream(): AsyncGenerator<Uint8Array> {
    if (head.length > 0) yield head;
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      yield r.value;
    }
  }
  return { head, stream: stream() };
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
