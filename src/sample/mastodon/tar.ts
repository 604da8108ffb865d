/**
 * A minimal ustar writer, so the sample can imitate a pre-4.1 Mastodon archive
 * (`archive-YYYYMMDDHHMMSS-<hex32>.tar.gz`, written by Ruby's Gem::Package::TarWriter). The caller
 * gzips the result; this stays pure and platform-neutral.
 */
import type { MemoryFile } from '../../archive/memory.ts';

const BLOCK = 512;
const encoder = new TextEncoder();

export interface TarWriteEntry {
  readonly path: string;
  readonly bytes?: Uint8Array;
  /** ustar type flag: `0` file (default), `2` symlink, `1` hard link, `5` directory. */
  readonly type?: '0' | '1' | '2' | '5';
  readonly linkTarget?: string;
}

function put(h: Uint8Array, at: number, length: number, value: string): void {
  const b = encoder.encode(value);
  if (b.length > length) throw new Error(`tar header field too long: ${value}`);
  h.set(b, at);
}

function octal(h: Uint8Array, at: number, length: number, value: number): void {
  put(h, at, length, `${value.toString(8).padStart(length - 1, '0')}\0`);
}

/** Splits a long name into ustar prefix (≤155 bytes) and name (≤100 bytes) at a slash. */
function splitName(path: string): { prefix: string; name: string } {
  if (encoder.encode(path).length <= 100) return { prefix: '', name: path };
  for (let i = path.lastIndexOf('/'); i > 0; i = path.lastIndexOf('/', i - 1)) {
    const prefix = path.slice(0, i);
    const name = path.slice(i + 1);
    if (encoder.encode(prefix).length <= 155 && encoder.encode(name).length <= 100) return { prefix, name };
  }
  throw new Error(`tar path too long for ustar: ${path}`);
}

function header(entry: TarWriteEntry, size: number, mtime: number): Uint8Array {
  const h = new Uint8Array(BLOCK);
  const { prefix, name } = splitName(entry.path);
  put(h, 0, 100, name);
  octal(h, 100, 8, entry.type === '5' ? 0o755 : 0o644);
  octal(h, 108, 8, 0);
  octal(h, 116, 8, 0);
  octal(h, 124, 12, size);
  octal(h, 136, 12, mtime);
  h.fill(32, 148, 156);
  put(h, 156, 1, entry.type ?? '0');
  if (entry.linkTarget !== undefined) put(h, 157, 100, entry.linkTarget);
  put(h, 257, 6, 'ustar\0');
  put(h, 263, 2, '00');
  put(h, 345, 155, prefix);
  let sum = 0;
  for (const b of h) sum += b;
  put(h, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  return h;
}

/** Packs entries into one tar byte array (two zero blocks at the end); `mtime` is epoch seconds, fixed for determinism. */
export function packTar(entries: readonly TarWriteEntry[], mtime = 0): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const e of entries) {
    const data = e.type === undefined || e.type === '0' ? (e.bytes ?? new Uint8Array(0)) : new Uint8Array(0);
    parts.push(header(e, data.length, mtime));
    if (data.length > 0) {
      const padded = new Uint8Array(Math.ceil(data.length / BLOCK) * BLOCK);
      padded.set(data);
      parts.push(padded);
    }
  }
  parts.push(new Uint8Array(2 * BLOCK));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Packs memory files as regular tar entries, in the given order. */
export function packFiles(files: readonly MemoryFile[], mtime = 0): Uint8Array {
  return packTar(files.map((f) => ({ path: f.path, bytes: f.bytes })), mtime);
}
