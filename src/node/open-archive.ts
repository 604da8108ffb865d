/** Node edge: decides how to open a path the user gave (zip, folder or loose file) from its magic bytes, not its extension. */
import { open, stat } from 'node:fs/promises';
import type { Archive, ArchiveLimits } from '../archive/types.ts';
import { defaultLimits } from '../archive/types.ts';
import { UserError } from '../diagnostics/errors.ts';
import { openZipArchive } from './zip-archive.ts';
import { openFolderArchive, openSingleFileArchive } from './folder-archive.ts';
import { openTarArchive } from './tar-archive.ts';

/** What the first bytes of a file say it is. */
export type Magic = 'zip' | 'empty-zip' | 'gzip' | 'tar' | 'pdf' | 'car' | 'text' | 'empty' | 'unknown';

export function sniffMagic(head: Uint8Array): Magic {
  if (head.length === 0) return 'empty';
  const b = (i: number) => head[i] ?? -1;
  if (b(0) === 0x50 && b(1) === 0x4b && b(2) === 0x03 && b(3) === 0x04) return 'zip';
  if (b(0) === 0x50 && b(1) === 0x4b && b(2) === 0x05 && b(3) === 0x06) return 'empty-zip';
  if (b(0) === 0x1f && b(1) === 0x8b) return 'gzip';
  if (b(0) === 0x25 && b(1) === 0x50 && b(2) === 0x44 && b(3) === 0x46) return 'pdf';
  // POSIX tar: "ustar" at offset 257 of the first header block.
  if (head.length >= 262 && new TextDecoder('latin1').decode(head.subarray(257, 262)) === 'ustar') return 'tar';
  // CAR v1: a varint header length followed by a DAG-CBOR map containing "roots" and "version".
  if (b(1) === 0xa2 || b(2) === 0xa2) {
    const s = new TextDecoder('latin1').decode(head.subarray(0, 64));
    if (s.includes('roots') && s.includes('version')) return 'car';
  }
  let printable = 0;
  const n = Math.min(head.length, 512);
  for (let i = 0; i < n; i++) {
    const c = head[i] ?? 0;
    if (c === 9 || c === 10 || c === 13 || (c >= 32 && c !== 127) || c === 0) printable++;
  }
  return printable / n > 0.95 ? 'text' : 'unknown';
}

/** Opens what the user passed; anything that cannot be an export is a one-line UserError naming it. */
export async function openArchive(path: string, limits: ArchiveLimits = defaultLimits): Promise<Archive> {
  let st;
  try {
    st = await stat(path);
  } catch {
    throw new UserError(`${path}: no such file or folder`);
  }
  if (st.isDirectory()) return openFolderArchive(path, limits);
  // A named pipe blocks the first read until a writer appears; a device (/dev/zero) never ends.
  // An export is a regular file or a folder, so anything else is refused before it is opened.
  if (!st.isFile()) throw new UserError(`${path}: not a regular file or folder (a pipe or a device cannot be an export)`);
  const fh = await open(path, 'r');
  const head = new Uint8Array(512);
  const { bytesRead } = await fh.read(head, 0, 512, 0);
  await fh.close();
  const magic = sniffMagic(head.subarray(0, bytesRead));
  switch (magic) {
    case 'zip':
      return openZipArchive(path, limits);
    case 'empty-zip':
      throw new UserError(`${path}: the zip archive is empty`);
    case 'empty':
      throw new UserError(`${path}: the file is empty`);
    case 'pdf':
      throw new UserError(`${path}: this is a PDF document, not a data export; flipside reads the zip archive a platform sends you`);
    case 'text':
      return openSingleFileArchive(path, limits);
    case 'gzip':
      // Mastodon exports before 4.1 are .tar.gz; a gzip of anything else lists no entries and no importer claims it.
      return openTarArchive(path, true, limits);
    case 'tar':
      return openTarArchive(path, false, limits);
    case 'car':
      // A Bluesky repository export is one CAR file, often without an extension: say what we saw.
      return openSingleFileArchive(path, limits, 'car');
    default:
      throw new UserError(`${path}: not an archive flipside can read (expected a zip file or a folder of an export)`);
  }
}
