/** Test helper: builds zip files with yazl, including deliberately hostile ones. */
import { createWriteStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import yazl from 'yazl';

export interface ZipItem {
  readonly name: string;
  readonly data: Buffer | string;
  readonly mode?: number;
  readonly compress?: boolean;
}

/** Writes a zip with the given entries. */
export async function makeZip(file: string, items: readonly ZipItem[]): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const it of items) {
    const data = typeof it.data === 'string' ? Buffer.from(it.data) : it.data;
    zip.addBuffer(data, it.name, { mtime: new Date(Date.UTC(2024, 0, 1)), compress: it.compress ?? true, ...(it.mode !== undefined ? { mode: it.mode } : {}) });
  }
  zip.end();
  await new Promise<void>((resolve, reject) => {
    const out = createWriteStream(file);
    zip.outputStream.pipe(out).on('close', resolve).on('error', reject);
  });
}

/**
 * Renames entries in place by replacing bytes of the same length in both the local headers and the
 * central directory. yazl refuses unsafe names, and a hostile zip is exactly what we need to test.
 */
export async function renameInZip(file: string, from: string, to: string): Promise<void> {
  if (from.length !== to.length) throw new Error('same length required');
  const buf = await readFile(file);
  const a = Buffer.from(from);
  const b = Buffer.from(to);
  let i = buf.indexOf(a);
  while (i >= 0) {
    b.copy(buf, i);
    i = buf.indexOf(a, i + 1);
  }
  await writeFile(file, buf);
}
