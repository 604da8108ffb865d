import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openArchive } from '../../src/node/open-archive.ts';
import { openZipArchive } from '../../src/node/zip-archive.ts';
import { findByName } from '../../src/archive/paths.ts';
import { readAllText } from '../../src/archive/text.ts';
import { ArchiveReadError, defaultLimits } from '../../src/archive/types.ts';
import { UserError } from '../../src/diagnostics/errors.ts';
import { makeZip, renameInZip } from '../helpers/zip.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flipside-zip-'));
});

async function drain(it: AsyncIterable<Uint8Array>): Promise<number> {
  let n = 0;
  for await (const c of it) n += c.length;
  return n;
}

describe('zip archives', () => {
  it('lists entries, finds files by name anywhere and case-insensitively, and streams text', async () => {
    const file = join(dir, 'ok.zip');
    await makeZip(file, [
      { name: 'Complete_LinkedInDataExport_01-01-2024/Connections.csv', data: 'First Name\nAda\n' },
      { name: 'Complete_LinkedInDataExport_01-01-2024/Jobs/Job Applications.csv', data: 'x' },
    ]);
    const a = await openArchive(file);
    expect(a.kind).toBe('zip');
    expect(a.entries.map((e) => e.path)).toEqual([
      'Complete_LinkedInDataExport_01-01-2024/Connections.csv',
      'Complete_LinkedInDataExport_01-01-2024/Jobs/Job Applications.csv',
    ]);
    const [conn] = findByName(a, 'connections.CSV');
    expect(conn?.path).toBe('Complete_LinkedInDataExport_01-01-2024/Connections.csv');
    expect((await readAllText(a.read(conn!))).text).toBe('First Name\nAda\n');
    await a.close();
  });

  it('refuses zip-slip and absolute entry names with a diagnostic but keeps the safe entries', async () => {
    const file = join(dir, 'slip.zip');
    await makeZip(file, [
      { name: 'xx/evil.txt', data: 'pwned' },
      { name: 'aetc/passwd', data: 'root' },
      { name: 'Connections.csv', data: 'ok' },
    ]);
    await renameInZip(file, 'xx/evil.txt', '../evil.txt');
    await renameInZip(file, 'aetc/passwd', '/etc/passwd');
    const a = await openZipArchive(file);
    expect(a.entries.map((e) => e.path)).toEqual(['Connections.csv']);
    expect(a.diagnostics.map((d) => [d.code, d.params?.['name']])).toEqual([
      ['archive.unsafe-path', '../evil.txt'],
      ['archive.unsafe-path', '/etc/passwd'],
    ]);
    await a.close();
  });

  it('ignores symbolic-link entries', async () => {
    const file = join(dir, 'link.zip');
    await makeZip(file, [
      { name: 'link', data: '/etc/passwd', mode: 0o120777 },
      { name: 'a.csv', data: 'x' },
    ]);
    const a = await openZipArchive(file);
    expect(a.entries.map((e) => e.path)).toEqual(['a.csv']);
    expect(a.diagnostics[0]?.code).toBe('archive.symlink');
    await a.close();
  });

  it('stops an entry that inflates past the compression-ratio cap (zip bomb)', async () => {
    const file = join(dir, 'bomb.zip');
    await makeZip(file, [{ name: 'messages.csv', data: Buffer.alloc(20 * 2 ** 20, 0x41) }]);
    const a = await openZipArchive(file, { ...defaultLimits, ratioGraceBytes: 2 ** 20, maxRatio: 100 });
    const entry = a.entries[0]!;
    expect(entry.compressedSize).toBeLessThan(entry.size / 100);
    const err = await drain(a.read(entry)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ArchiveReadError);
    expect((err as ArchiveReadError).code).toBe('archive.ratio');
    await a.close();
  });

  it('stops an entry larger than the size cap before inflating it', async () => {
    const file = join(dir, 'big.zip');
    await makeZip(file, [{ name: 'big.csv', data: Buffer.alloc(3 * 2 ** 20, 0x42) }]);
    const a = await openZipArchive(file, { ...defaultLimits, maxEntryBytes: 2 ** 20 });
    const err = await drain(a.read(a.entries[0]!)).catch((e: unknown) => e);
    expect((err as ArchiveReadError).code).toBe('archive.too-large');
    await a.close();
  });

  it('names the file in a one-line UserError for a truncated zip, an empty zip, a PDF and an empty file', async () => {
    const good = join(dir, 'good.zip');
    await makeZip(good, [{ name: 'Connections.csv', data: 'First Name,Last Name\n'.repeat(1000) }]);
    const bytes = await readFile(good);
    const truncated = join(dir, 'truncated.zip');
    await writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const empty = join(dir, 'empty.zip');
    await writeFile(empty, Buffer.concat([Buffer.from([0x50, 0x4b, 0x05, 0x06]), Buffer.alloc(18)]));
    const pdf = join(dir, 'cv.pdf');
    await writeFile(pdf, '%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n');
    const nothing = join(dir, 'nothing.zip');
    await writeFile(nothing, '');
    for (const [file, words] of [
      [truncated, 'not a readable zip archive'],
      [empty, 'the zip archive is empty'],
      [pdf, 'PDF'],
      [nothing, 'empty'],
    ] as const) {
      const err = await openArchive(file).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UserError);
      const msg = (err as UserError).message;
      expect(msg.startsWith(file)).toBe(true);
      expect(msg).toContain(words);
      expect(msg).not.toContain('\n');
      expect((err as UserError).exitCode).toBe(2);
    }
  });

  it('says a missing path does not exist', async () => {
    const err = (await openArchive(join(dir, 'nope.zip')).catch((e: unknown) => e)) as UserError;
    expect(err.message).toMatch(/no such file or folder$/);
  });
});
