/**
 * Zip64 (PKWARE APPNOTE 4.3.14 and 4.5.3): archives past 4 GiB or 65,535 entries carry their sizes
 * and offsets in zip64 records. yazl writes those records on request for small entries too, so the
 * reader's zip64 path is tested here without writing gigabytes; zip64-over-4gib.test.ts has an archive
 * really past 4 GiB (sparse on disk), and the huge bench scale reads a real 870 MB entry.
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yazl from 'yazl';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../src/node/open-archive.ts';
import { importers } from '../../src/importers/index.ts';
import { runAudit } from '../../src/pipeline/audit.ts';
import { generateSample } from '../../src/sample/generate.ts';

async function writeZip64(file: string, files: readonly { path: string; bytes: Uint8Array }[]): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const f of files) zip.addBuffer(Buffer.from(f.bytes), f.path, { forceZip64Format: true, mtime: new Date(2026, 0, 1) });
  await new Promise<void>((done, fail) => {
    const out = createWriteStream(file);
    out.on('close', () => done());
    out.on('error', fail);
    zip.outputStream.pipe(out);
    zip.end({ forceZip64Format: true, comment: '' });
  });
}

describe('zip64 archives', () => {
  it('are read entry by entry with the sizes from the zip64 records, and audit like the plain zip', async () => {
    const sample = generateSample({ persona: 'connector', seed: 5, scale: 1 });
    const file = join(await mkdtemp(join(tmpdir(), 'flipside-zip64-')), sample.archiveName);
    await writeZip64(file, sample.files);
    const bytes = await readFile(file);
    // The zip64 end-of-central-directory record and its locator are really there.
    expect(bytes.includes(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBe(true);
    expect(bytes.includes(Buffer.from([0x50, 0x4b, 0x06, 0x07]))).toBe(true);
    const archive = await openArchive(file);
    expect(archive.kind).toBe('zip');
    expect(archive.entries.length).toBe(sample.files.length);
    for (const f of sample.files) expect(archive.entries.find((e) => e.path.endsWith(f.path))?.size).toBe(f.bytes.length);
    const { result } = await runAudit({ archives: [archive], registry: importers, options: { timeZone: 'UTC' } });
    await archive.close();
    const connections = result.files.find((f) => f.kind === 'connections');
    const lines = new TextDecoder().decode(sample.files.find((f) => f.path.endsWith('Connections.csv'))!.bytes).trim().split('\n').length;
    // Three preamble lines and a header precede the rows.
    expect(connections?.records).toBe(lines - 4);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
