/**
 * Node edge: writes generated sample files as a deflated zip (yazl) or as an unpacked folder.
 * Output is deterministic: fixed entry order, fixed mode and a fixed DOS timestamp.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import yazl from 'yazl';
import type { MemoryFile } from '../archive/memory.ts';
import { normaliseEntryPath } from '../archive/paths.ts';

/**
 * 2026-01-01 00:00:00 built from local fields: yazl writes DOS date/time from the local clock
 * fields, so constructing the date locally gives the same bytes in every time zone.
 */
function fixedMtime(): Date {
  return new Date(2026, 0, 1, 0, 0, 0);
}

function safePath(path: string): string {
  const p = normaliseEntryPath(path);
  if (p === undefined) throw new Error(`unsafe archive path: ${JSON.stringify(path)}`);
  return p;
}

/** Writes the files into one deflated zip at `outFile` (entries sorted by path). */
export async function writeZip(files: readonly MemoryFile[], outFile: string): Promise<void> {
  const zip = new yazl.ZipFile();
  const sorted = files.map((f) => ({ path: safePath(f.path), bytes: f.bytes })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  // Only the extended-timestamp field varies with the zone; forcing the DOS timestamp keeps bytes stable.
  const options = { mtime: fixedMtime(), mode: 0o100644, compress: true, forceDosTimestamp: true, compressionLevel: 6 };
  for (const f of sorted) zip.addBuffer(Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength), f.path, options);
  await mkdir(dirname(resolve(outFile)), { recursive: true });
  await endZipInto(zip, outFile);
}

/** Ends a yazl zip whose entries are added and writes it to `outFile`; resolves when the file is closed. */
export async function endZipInto(zip: yazl.ZipFile, outFile: string): Promise<void> {
  await new Promise<void>((done, fail) => {
    const out = createWriteStream(outFile);
    out.on('close', () => done());
    out.on('error', fail);
    zip.outputStream.on('error', fail);
    zip.outputStream.pipe(out);
    zip.end();
  });
}

/** Writes the files unpacked under `outDir`; refuses any path that would land outside it. */
export async function writeFolder(files: readonly MemoryFile[], outDir: string): Promise<void> {
  const root = resolve(outDir);
  for (const f of files) {
    const target = resolve(root, safePath(f.path));
    const rel = relative(root, target);
    if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) throw new Error(`path leaves the output folder: ${JSON.stringify(f.path)}`);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, f.bytes);
  }
}
