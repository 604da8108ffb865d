import { describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yauzl from 'yauzl';
import { writeFolder, writeZip } from '../node/write-zip.ts';
import { generateSample } from './generate.ts';

async function zipEntries(file: string): Promise<Map<string, Buffer>> {
  const zip = await new Promise<yauzl.ZipFile>((ok, fail) => yauzl.open(file, { lazyEntries: true }, (e, z) => (e ? fail(e) : ok(z))));
  const out = new Map<string, Buffer>();
  await new Promise<void>((ok, fail) => {
    zip.on('end', ok);
    zip.on('error', fail);
    zip.on('entry', (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (err, stream) => {
        if (err) return fail(err);
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          out.set(entry.fileName, Buffer.concat(chunks));
          zip.readEntry();
        });
      });
    });
    zip.readEntry();
  });
  zip.close();
  return out;
}

describe('writeZip / writeFolder', () => {
  it('writes a deterministic deflated zip whose entries round-trip', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'flipside-zip-'));
    try {
      const g = generateSample({ persona: 'connector', seed: 'zip', topFolder: 'Complete_LinkedInDataExport_02-02-2026' });
      await writeZip(g.files, join(dir, 'a.zip'));
      await writeZip(g.files, join(dir, 'b.zip'));
      const a = await readFile(join(dir, 'a.zip'));
      const b = await readFile(join(dir, 'b.zip'));
      expect(a.equals(b)).toBe(true);
      const entries = await zipEntries(join(dir, 'a.zip'));
      expect([...entries.keys()].sort()).toEqual(g.files.map((f) => f.path).sort());
      for (const f of g.files) expect(entries.get(f.path)?.equals(Buffer.from(f.bytes))).toBe(true);
      const total = g.files.reduce((s, f) => s + f.bytes.length, 0);
      expect(a.length).toBeLessThan(total);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('writes an empty zip for no files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'flipside-zip-'));
    try {
      await writeZip([], join(dir, 'empty.zip'));
      expect((await zipEntries(join(dir, 'empty.zip'))).size).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('writes files unpacked and refuses paths that leave the folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'flipside-folder-'));
    try {
      const one = [{ path: 'Jobs/Saved Jobs.csv', bytes: new TextEncoder().encode('Saved Date,Job Url,Job Title,Company Name\n') }];
      await writeFolder(one, dir);
      expect(await readFile(join(dir, 'Jobs', 'Saved Jobs.csv'), 'utf8')).toBe('Saved Date,Job Url,Job Title,Company Name\n');
      for (const bad of ['../escape.csv', '/etc/x.csv', 'a/../../x.csv', 'C:/x.csv', 'a\\b.csv']) {
        await expect(writeFolder([{ path: bad, bytes: new Uint8Array(1) }], join(dir, 'inner'))).rejects.toThrow(/unsafe archive path|leaves the output folder/);
      }
      expect(await readdir(dir)).toEqual(['Jobs']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
