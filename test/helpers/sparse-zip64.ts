/**
 * Writes a zip64 archive larger than 4 GiB to disk without writing gigabytes: an entry of zeros is
 * left as a hole in a sparse file (the file system reads it back as zeros), so an archive with a
 * 4+ GiB video and data entries beyond the 4 GiB offset costs a few megabytes of disk.
 * Every entry is stored (method 0) with a zip64 extra field; the archive ends with the zip64
 * end-of-central-directory record and its locator (PKWARE APPNOTE 6.3.10: 4.3.7 local header,
 * 4.3.12 central header, 4.3.14-15 zip64 end records, 4.5.3 zip64 extra field).
 */
import { closeSync, ftruncateSync, openSync, writeSync } from 'node:fs';
import { crc32 } from 'node:zlib';

export type SparseEntry = { readonly name: string; readonly bytes: Uint8Array } | { readonly name: string; readonly zeros: number };

export interface WrittenEntry {
  readonly name: string;
  readonly size: number;
  readonly offset: number;
}

const zeroBlock = new Uint8Array(64 * 2 ** 20);

/** CRC-32 of `n` zero bytes. */
function crcOfZeros(n: number): number {
  let crc = 0;
  for (let left = n; left > 0; left -= zeroBlock.length) crc = crc32(left >= zeroBlock.length ? zeroBlock : zeroBlock.subarray(0, left), crc);
  return crc >>> 0;
}

function u64(v: DataView, at: number, n: number): void {
  v.setBigUint64(at, BigInt(n), true);
}

/** Writes the entries in order to `file`; returns where each one's local header starts. */
export function writeSparseZip64(file: string, entries: readonly SparseEntry[]): WrittenEntry[] {
  const fd = openSync(file, 'w');
  let pos = 0;
  const put = (b: Uint8Array) => {
    writeSync(fd, b, 0, b.length, pos);
    pos += b.length;
  };
  const written: (WrittenEntry & { crc: number; name8: Uint8Array })[] = [];
  try {
    for (const e of entries) {
      const name8 = new TextEncoder().encode(e.name);
      const size = 'bytes' in e ? e.bytes.length : e.zeros;
      const crc = 'bytes' in e ? crc32(e.bytes) >>> 0 : crcOfZeros(e.zeros);
      const h = new DataView(new ArrayBuffer(30 + name8.length + 20));
      h.setUint32(0, 0x04034b50, true);
      h.setUint16(4, 45, true);
      h.setUint16(6, 0x0800, true);
      h.setUint16(8, 0, true);
      h.setUint16(12, 0x5c21, true); // 2026-01-01
      h.setUint32(14, crc, true);
      h.setUint32(18, 0xffffffff, true);
      h.setUint32(22, 0xffffffff, true);
      h.setUint16(26, name8.length, true);
      h.setUint16(28, 20, true);
      new Uint8Array(h.buffer).set(name8, 30);
      const x = 30 + name8.length;
      h.setUint16(x, 0x0001, true);
      h.setUint16(x + 2, 16, true);
      u64(h, x + 4, size);
      u64(h, x + 12, size);
      written.push({ name: e.name, size, offset: pos, crc, name8 });
      put(new Uint8Array(h.buffer));
      if ('bytes' in e) put(e.bytes);
      else pos += e.zeros; // a hole: nothing is written, the file system returns zeros
    }
    const cdStart = pos;
    for (const e of written) {
      const h = new DataView(new ArrayBuffer(46 + e.name8.length + 28));
      h.setUint32(0, 0x02014b50, true);
      h.setUint16(4, 0x032d, true); // made by Unix, spec 4.5
      h.setUint16(6, 45, true);
      h.setUint16(8, 0x0800, true);
      h.setUint16(14, 0x5c21, true);
      h.setUint32(16, e.crc, true);
      h.setUint32(20, 0xffffffff, true);
      h.setUint32(24, 0xffffffff, true);
      h.setUint16(28, e.name8.length, true);
      h.setUint16(30, 28, true);
      h.setUint32(38, (0o100644 << 16) >>> 0, true);
      h.setUint32(42, 0xffffffff, true);
      new Uint8Array(h.buffer).set(e.name8, 46);
      const x = 46 + e.name8.length;
      h.setUint16(x, 0x0001, true);
      h.setUint16(x + 2, 24, true);
      u64(h, x + 4, e.size);
      u64(h, x + 12, e.size);
      u64(h, x + 20, e.offset);
      put(new Uint8Array(h.buffer));
    }
    const cdSize = pos - cdStart;
    const end64At = pos;
    const r = new DataView(new ArrayBuffer(56 + 20 + 22));
    r.setUint32(0, 0x06064b50, true);
    u64(r, 4, 44);
    r.setUint16(12, 0x032d, true);
    r.setUint16(14, 45, true);
    u64(r, 24, written.length);
    u64(r, 32, written.length);
    u64(r, 40, cdSize);
    u64(r, 48, cdStart);
    r.setUint32(56, 0x07064b50, true);
    u64(r, 64, end64At);
    r.setUint32(72, 1, true);
    r.setUint32(76, 0x06054b50, true);
    r.setUint16(84, 0xffff, true);
    r.setUint16(86, 0xffff, true);
    r.setUint32(88, 0xffffffff, true);
    r.setUint32(92, 0xffffffff, true);
    put(new Uint8Array(r.buffer));
    ftruncateSync(fd, pos);
  } finally {
    closeSync(fd);
  }
  return written.map(({ name, size, offset }) => ({ name, size, offset }));
}
