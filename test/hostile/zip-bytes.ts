/**
 * A zip writer that does exactly what it is told, including what a well-behaved writer refuses:
 * unsafe names, lying sizes, the encryption bit, symlink modes, central-directory entries that
 * share one local entry. yazl validates names and sizes, so hostile zips are assembled here by hand
 * (PKWARE APPNOTE 6.3.10: local header 4.3.7, central header 4.3.12, zip64 extra 4.5.3, EOCD 4.3.16).
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface RawEntry {
  /** Raw name bytes (a string is written as UTF-8, flag bit 11 set). */
  readonly name: string | Uint8Array;
  /** Bytes as stored: already deflated when `method` is 8. */
  readonly stored: Uint8Array;
  readonly method: 0 | 8;
  readonly crc: number;
  /** Declared uncompressed size (may lie). */
  readonly size: number;
  /** Declared compressed size; default the stored length. */
  readonly compressedSize?: number;
  /** General-purpose flags to add (bit 0 = encrypted). */
  readonly flags?: number;
  /** Unix mode for the upper half of the external attributes; default a regular 0644 file. */
  readonly mode?: number;
  /** Point the central entry at the local entry of this earlier index instead of writing its own. */
  readonly shareLocalOf?: number;
  /** Write the sizes in a zip64 extra field (needed to declare more than 4 GiB). */
  readonly zip64?: boolean;
}

/** A regular entry from plain bytes, deflated unless `store` is set. */
export function fileEntry(name: string | Uint8Array, data: Uint8Array, store = false): RawEntry {
  const stored = store ? data : new Uint8Array(deflateRawSync(data, { level: 6 }));
  return { name, stored, method: store ? 0 : 8, crc: crc32(data) >>> 0, size: data.length };
}

/** Assembles the entries into one zip file's bytes. */
export function buildZip(entries: readonly RawEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  let offset = 0;
  const localOffsets: number[] = [];
  const push = (b: Uint8Array) => {
    parts.push(b);
    offset += b.length;
  };
  entries.forEach((e, i) => {
    if (e.shareLocalOf !== undefined) {
      localOffsets[i] = localOffsets[e.shareLocalOf] ?? 0;
      return;
    }
    localOffsets[i] = offset;
    const name = nameBytes(e.name);
    const extra = e.zip64 ? zip64Extra(e.size, e.compressedSize ?? e.stored.length) : new Uint8Array(0);
    const h = new DataView(new ArrayBuffer(30));
    h.setUint32(0, 0x04034b50, true);
    h.setUint16(4, e.zip64 ? 45 : 20, true);
    h.setUint16(6, flagsOf(e), true);
    h.setUint16(8, e.method, true);
    h.setUint16(10, 0, true);
    h.setUint16(12, 0x5821, true); // 2024-01-01
    h.setUint32(14, e.crc, true);
    h.setUint32(18, e.zip64 ? 0xffffffff : e.compressedSize ?? e.stored.length, true);
    h.setUint32(22, e.zip64 ? 0xffffffff : clamp32(e.size), true);
    h.setUint16(26, name.length, true);
    h.setUint16(28, extra.length, true);
    push(new Uint8Array(h.buffer));
    push(name);
    push(extra);
    push(e.stored);
  });
  const cdStart = offset;
  entries.forEach((e, i) => {
    const source = e.shareLocalOf !== undefined ? entries[e.shareLocalOf] ?? e : e;
    const name = nameBytes(e.name);
    const compressed = source.compressedSize ?? source.stored.length;
    const size = e.shareLocalOf !== undefined ? source.size : e.size;
    const extra = e.zip64 ? zip64Extra(size, compressed) : new Uint8Array(0);
    const h = new DataView(new ArrayBuffer(46));
    h.setUint32(0, 0x02014b50, true);
    h.setUint16(4, 0x031e, true); // made by Unix, spec 3.0: the mode in the external attributes counts
    h.setUint16(6, e.zip64 ? 45 : 20, true);
    h.setUint16(8, flagsOf(e), true);
    h.setUint16(10, source.method, true);
    h.setUint16(12, 0, true);
    h.setUint16(14, 0x5821, true);
    h.setUint32(16, source.crc, true);
    h.setUint32(20, e.zip64 ? 0xffffffff : compressed, true);
    h.setUint32(24, e.zip64 ? 0xffffffff : clamp32(size), true);
    h.setUint16(28, name.length, true);
    h.setUint16(30, extra.length, true);
    h.setUint16(32, 0, true);
    h.setUint16(34, 0, true);
    h.setUint16(36, 0, true);
    h.setUint32(38, ((e.mode ?? 0o100644) << 16) >>> 0, true);
    h.setUint32(42, localOffsets[i] ?? 0, true);
    push(new Uint8Array(h.buffer));
    push(name);
    push(extra);
  });
  const cdSize = offset - cdStart;
  // More than 65,535 entries need the zip64 end record (4.3.14) and its locator (4.3.15); the classic one then says 0xffff.
  const many = entries.length > 0xffff;
  if (many) {
    const z = new DataView(new ArrayBuffer(56 + 20));
    z.setUint32(0, 0x06064b50, true);
    z.setBigUint64(4, 44n, true);
    z.setUint16(12, 45, true);
    z.setUint16(14, 45, true);
    z.setBigUint64(24, BigInt(entries.length), true);
    z.setBigUint64(32, BigInt(entries.length), true);
    z.setBigUint64(40, BigInt(cdSize), true);
    z.setBigUint64(48, BigInt(cdStart), true);
    z.setUint32(56, 0x07064b50, true);
    z.setBigUint64(64, BigInt(offset), true);
    z.setUint32(72, 1, true);
    push(new Uint8Array(z.buffer));
  }
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, many ? 0xffff : entries.length, true);
  end.setUint16(10, many ? 0xffff : entries.length, true);
  end.setUint32(12, cdSize, true);
  end.setUint32(16, cdStart, true);
  push(new Uint8Array(end.buffer));
  const out = new Uint8Array(offset);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Zips plain files (sorted as given), all deflated. */
export function zipFiles(files: readonly { path: string; bytes: Uint8Array }[]): Uint8Array {
  return buildZip(files.map((f) => fileEntry(f.path, f.bytes)));
}

function nameBytes(name: string | Uint8Array): Uint8Array {
  return typeof name === 'string' ? new TextEncoder().encode(name) : name;
}

function flagsOf(e: RawEntry): number {
  return (typeof e.name === 'string' ? 0x0800 : 0) | (e.flags ?? 0);
}

function clamp32(n: number): number {
  return n > 0xffffffff ? 0xffffffff : n;
}

function zip64Extra(size: number, compressed: number): Uint8Array {
  const v = new DataView(new ArrayBuffer(20));
  v.setUint16(0, 0x0001, true);
  v.setUint16(2, 16, true);
  v.setBigUint64(4, BigInt(size), true);
  v.setBigUint64(12, BigInt(compressed), true);
  return new Uint8Array(v.buffer);
}
