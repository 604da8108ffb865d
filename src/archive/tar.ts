/**
 * A tar archive (ustar, pax and GNU long-name extensions) over an already-decompressed byte stream:
 * Mastodon exports before 4.1 are `.tar.gz` (Ruby's Gem::Package::TarWriter inside
 * Zlib::GzipWriter, mastodon backup_service.rb). The Node edge gunzips; this module only reads
 * tar, so it stays platform-neutral. Listing is one pass over the stream that records each entry's
 * data offset and keeps the bytes of small data files (JSON, JS, CSV, text); reading a kept entry
 * costs nothing, any other re-opens the stream and skips ahead to its offset.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { formatBytes } from './format-bytes.ts';
import { normaliseEntryPath } from './paths.ts';
import { ArchiveReadError, defaultLimits, type Archive, type ArchiveEntry, type ArchiveLimits } from './types.ts';

const BLOCK = 512;

/** An entry found while listing: where its data starts in the decompressed stream, and its bytes when kept. */
export interface TarIndexEntry extends ArchiveEntry {
  readonly offset: number;
  readonly kept?: Uint8Array;
}

/**
 * Mastodon's writer puts the media between outbox.json and likes.json, bookmarks.json and actor.json:
 * without keeping those, each read would gunzip every photo and video again. Kept are data files up
 * to `KEEP_ENTRY_BYTES`, until `KEEP_TOTAL_BYTES` are held.
 */
const KEEP_ENTRY_BYTES = 16 * 2 ** 20;
const KEEP_TOTAL_BYTES = 64 * 2 ** 20;
const DATA_FILE = /\.(json|js|csv|txt|html?)$/i;
/** A kept entry is read back in slices of this size, as a stream would deliver it. */
const KEPT_SLICE = 256 * 1024;

export interface TarListing {
  readonly entries: readonly TarIndexEntry[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Pulls exact byte counts out of a chunked stream, counting the position. */
class ByteCursor {
  position = 0;
  #buf: Uint8Array = new Uint8Array(0);
  #at = 0;
  readonly #it: AsyncIterator<Uint8Array>;
  #done = false;

  constructor(source: AsyncIterable<Uint8Array>) {
    this.#it = source[Symbol.asyncIterator]();
  }

  /** Exactly `n` bytes, or fewer when the stream ends first. */
  async take(n: number): Promise<Uint8Array> {
    if (this.#buf.length - this.#at >= n) {
      const out = this.#buf.subarray(this.#at, this.#at + n);
      this.#at += n;
      this.position += n;
      return out;
    }
    const out = new Uint8Array(n);
    let filled = 0;
    while (filled < n) {
      if (this.#at >= this.#buf.length && !(await this.#fill())) break;
      const k = Math.min(n - filled, this.#buf.length - this.#at);
      out.set(this.#buf.subarray(this.#at, this.#at + k), filled);
      this.#at += k;
      filled += k;
    }
    this.position += filled;
    return filled === n ? out : out.subarray(0, filled);
  }

  /** Skips `n` bytes; returns how many were skipped (fewer at the end of the stream). */
  async skip(n: number): Promise<number> {
    let left = n;
    while (left > 0) {
      if (this.#at >= this.#buf.length && !(await this.#fill())) break;
      const k = Math.min(left, this.#buf.length - this.#at);
      this.#at += k;
      left -= k;
    }
    this.position += n - left;
    return n - left;
  }

  /** Yields up to `n` bytes as they arrive, without copying whole chunks. */
  async *stream(n: number): AsyncGenerator<Uint8Array> {
    let left = n;
    while (left > 0) {
      if (this.#at >= this.#buf.length && !(await this.#fill())) return;
      const k = Math.min(left, this.#buf.length - this.#at);
      const piece = this.#buf.subarray(this.#at, this.#at + k);
      this.#at += k;
      this.position += k;
      left -= k;
      yield piece;
    }
  }

  async close(): Promise<void> {
    if (!this.#done) {
      this.#done = true;
      await this.#it.return?.();
    }
  }

  async #fill(): Promise<boolean> {
    while (!this.#done) {
      const r = await this.#it.next();
      if (r.done) {
        this.#done = true;
        return false;
      }
      if (r.value.length === 0) continue;
      this.#buf = r.value;
      this.#at = 0;
      return true;
    }
    return false;
  }
}

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');

/** A NUL-terminated header field; names are UTF-8 in practice (GNU tar, Ruby's writer). */
function text(h: Uint8Array, start: number, length: number): string {
  const field = h.subarray(start, start + length);
  const nul = field.indexOf(0);
  return utf8.decode(nul < 0 ? field : field.subarray(0, nul));
}

/** An octal number field, or base-256 when the top bit is set (GNU, for sizes of 8 GiB and more). */
function number(h: Uint8Array, start: number, length: number): number | undefined {
  const field = h.subarray(start, start + length);
  if (((field[0] ?? 0) & 0x80) !== 0) {
    let v = (field[0] ?? 0) & 0x7f;
    for (let i = 1; i < field.length; i++) v = v * 256 + (field[i] ?? 0);
    return v;
  }
  const s = latin1.decode(field).replace(/\0.*$/s, '').trim();
  if (s === '') return 0;
  return /^[0-7]+$/.test(s) ? Number.parseInt(s, 8) : undefined;
}

function checksumOk(h: Uint8Array): boolean {
  const stored = number(h, 148, 8);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : (h[i] ?? 0);
  return stored === sum;
}

/** Pax extended header records: `<length> <key>=<value>\n`. */
function paxRecords(data: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  let i = 0;
  while (i < data.length) {
    const space = data.indexOf(0x20, i);
    if (space < 0) break;
    const len = Number.parseInt(latin1.decode(data.subarray(i, space)), 10);
    if (!Number.isFinite(len) || len <= 0 || i + len > data.length) break;
    const record = utf8.decode(data.subarray(space + 1, i + len - 1));
    const eq = record.indexOf('=');
    if (eq > 0) out.set(record.slice(0, eq), record.slice(eq + 1));
    i += len;
  }
  return out;
}

const TYPE_NAMES: Readonly<Record<string, string>> = { '3': 'character device', '4': 'block device', '6': 'named pipe' };

/** Lists a tar stream's regular files with their data offsets; damage ends the listing with a diagnostic, never a throw. */
export async function listTar(source: AsyncIterable<Uint8Array>, name: string, limits: ArchiveLimits = defaultLimits): Promise<TarListing> {
  const cursor = new ByteCursor(source);
  const entries: TarIndexEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  const damaged = (reason: string) => diagnostics.push(diagnostic('archive.tar-damaged', 'error', { file: name }, { count: entries.length, reason }));
  let longName: string | undefined;
  let pax = new Map<string, string>();
  let keptBytes = 0;
  try {
    for (;;) {
      const h = await cursor.take(BLOCK);
      if (h.length === 0 && cursor.position === 0) {
        damaged('the archive is empty');
        break;
      }
      if (cursor.position <= BLOCK && h[0] === 0x1f && h[1] === 0x8b) {
        damaged('it is still gzip-compressed');
        break;
      }
      if (h.length < BLOCK) {
        damaged('it ends in the middle of a header (truncated download?)');
        break;
      }
      if (h.every((b) => b === 0)) break; // End-of-archive marker (two zero blocks; one is enough to stop).
      if (!checksumOk(h)) {
        damaged(cursor.position === BLOCK ? 'it is not a tar archive' : 'a header checksum does not match');
        break;
      }
      const type = String.fromCharCode(h[156] ?? 0);
      const declared = number(h, 124, 12);
      if (declared === undefined) {
        damaged('a header has an unreadable size');
        break;
      }
      const paxSize = pax.get('size');
      const size = paxSize !== undefined && /^\d+$/.test(paxSize) ? Number(paxSize) : declared;
      const padded = Math.ceil(size / BLOCK) * BLOCK;
      if (type === 'x' || type === 'g' || type === 'L') {
        // Extension headers describe the next entry; their bodies are small.
        if (size > 16 * 2 ** 20) {
          damaged('an extended header is implausibly large');
          break;
        }
        const body = await cursor.take(padded);
        if (body.length < padded) {
          damaged('it ends inside an extended header');
          break;
        }
        const data = body.subarray(0, size);
        // Global pax headers ('g') set defaults we have no use for (times, owners): skipped.
        if (type === 'x') pax = paxRecords(data);
        else if (type === 'L') longName = text(data, 0, data.length);
        continue;
      }
      const prefix = text(h, 345, 155);
      const ustar = text(h, 257, 6) === 'ustar';
      const headerName = ustar && prefix !== '' ? `${prefix}/${text(h, 0, 100)}` : text(h, 0, 100);
      const rawName = pax.get('path') ?? longName ?? headerName;
      pax = new Map();
      longName = undefined;
      const offset = cursor.position;
      const keep = (type === '0' || type === '\0' || type === '7') && size <= KEEP_ENTRY_BYTES && keptBytes + size <= KEEP_TOTAL_BYTES && DATA_FILE.test(rawName);
      // A copy: the cursor's chunks belong to the stream.
      const kept = keep ? (await cursor.take(size)).slice() : undefined;
      if ((kept ? kept.length + (await cursor.skip(padded - size)) : await cursor.skip(padded)) < size) {
        damaged('it ends inside an entry (truncated download?)');
        break;
      }
      if (type === '5' || rawName.endsWith('/')) continue;
      const path = normaliseEntryPath(rawName);
      if (path === undefined) {
        diagnostics.push(diagnostic('archive.unsafe-path', 'error', { file: name }, { name: rawName.slice(0, 200) }));
        continue;
      }
      if (type === '2') {
        diagnostics.push(diagnostic('archive.symlink', 'warning', { file: name }, { name: path }));
        continue;
      }
      if (type === '1') {
        diagnostics.push(diagnostic('archive.special-file', 'warning', { file: name }, { name: path, type: 'hard link' }));
        continue;
      }
      if (type !== '0' && type !== '\0' && type !== '7') {
        diagnostics.push(diagnostic('archive.special-file', 'warning', { file: name }, { name: path, type: TYPE_NAMES[type] ?? `type ${type}` }));
        continue;
      }
      if (seen.has(path)) {
        diagnostics.push(diagnostic('archive.duplicate', 'warning', { file: name }, { name: path }));
        continue;
      }
      if (entries.length >= limits.maxEntries) continue;
      seen.add(path);
      if (kept) keptBytes += kept.length;
      entries.push(kept ? { path, size, offset, kept } : { path, size, offset });
      if (cursor.position > limits.maxTotalBytes) {
        diagnostics.push(diagnostic('archive.too-large', 'error', { file: name }, { limit: formatBytes(limits.maxTotalBytes) }));
        break;
      }
    }
  } catch (e) {
    // The decompressor failing mid-stream (bad gzip data) is damage, not a bug.
    damaged(e instanceof Error ? e.message : String(e));
  } finally {
    await cursor.close();
  }
  return { entries, diagnostics };
}

/**
 * Makes an Archive (kind `tar`) from a function that re-opens the decompressed stream. Listing
 * reads the stream once; a kept entry is served from memory, any other `read` opens the stream
 * again and skips to the entry.
 */
export async function createTarArchive(name: string, open: () => AsyncIterable<Uint8Array>, limits: ArchiveLimits = defaultLimits): Promise<Archive> {
  const listing = await listTar(open(), name, limits);
  const byPath = new Map(listing.entries.map((e) => [e.path, e]));
  let totalRead = 0;
  return {
    name,
    kind: 'tar',
    entries: listing.entries.map(({ path, size }) => ({ path, size })),
    diagnostics: listing.diagnostics,
    async *read(entry: ArchiveEntry) {
      const e = byPath.get(entry.path);
      if (!e) return;
      if (e.size > limits.maxEntryBytes) throw new ArchiveReadError('archive.too-large', { limit: formatBytes(limits.maxEntryBytes) });
      if (e.kept) {
        totalRead += e.kept.length;
        if (totalRead > limits.maxTotalBytes) throw new ArchiveReadError('archive.too-large', { limit: formatBytes(limits.maxTotalBytes) });
        for (let i = 0; i < e.kept.length; i += KEPT_SLICE) yield e.kept.subarray(i, Math.min(e.kept.length, i + KEPT_SLICE));
        return;
      }
      const cursor = new ByteCursor(open());
      try {
        let skipped: number;
        try {
          skipped = await cursor.skip(e.offset);
        } catch (err) {
          throw new ArchiveReadError('archive.corrupt-entry', { reason: err instanceof Error ? err.message : String(err) });
        }
        if (skipped < e.offset) throw new ArchiveReadError('archive.corrupt-entry', { reason: 'the archive changed since it was listed' });
        let read = 0;
        const it = cursor.stream(e.size);
        for (;;) {
          let r: IteratorResult<Uint8Array>;
          try {
            r = await it.next();
          } catch (err) {
            throw new ArchiveReadError('archive.corrupt-entry', { reason: err instanceof Error ? err.message : String(err) });
          }
          if (r.done) break;
          read += r.value.length;
          totalRead += r.value.length;
          if (totalRead > limits.maxTotalBytes) throw new ArchiveReadError('archive.too-large', { limit: formatBytes(limits.maxTotalBytes) });
          yield r.value;
        }
        if (read < e.size) throw new ArchiveReadError('archive.corrupt-entry', { reason: 'the entry ends early' });
      } finally {
        await cursor.close();
      }
    },
    async close() {},
  };
}
