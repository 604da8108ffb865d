/** Regression: central-directory entries sharing one local entry (an overlapping zip bomb) are refused at listing. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openZipArchive } from '../../src/node/zip-archive.ts';
import { buildZip, fileEntry } from '../hostile/zip-bytes.ts';

describe('overlapping zip entries', () => {
  it('keeps the first entry at an offset and refuses every other one with archive.overlap', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'flipside-overlap-'));
    const file = join(dir, 'bomb.zip');
    const bomb = fileEntry('messages.csv', new Uint8Array(1 << 20).fill(0x61));
    const copies = Array.from({ length: 50 }, (_, i) => ({ ...bomb, name: `copy-${i}/messages.csv`, shareLocalOf: 0 }));
    await writeFile(file, buildZip([bomb, ...copies, fileEntry('Profile.csv', new TextEncoder().encode('First Name\nAda\n'))]));
    const archive = await openZipArchive(file);
    try {
      expect(archive.entries.map((e) => e.path)).toEqual(['messages.csv', 'Profile.csv']);
      const overlap = archive.diagnostics.filter((d) => d.code === 'archive.overlap');
      expect(overlap).toHaveLength(50);
      expect(overlap[0]).toMatchObject({ severity: 'error', file, params: { name: 'copy-0/messages.csv' } });
    } finally {
      await archive.close();
    }
  });

  it('keeps the rest of a zip of 140,000 entries in which two overlap (no argument-list overflow)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'flipside-overlap-'));
    const file = join(dir, 'many.zip');
    const small = fileEntry('Profile.csv', new TextEncoder().encode('First Name\nAda\n'));
    const many = Array.from({ length: 140_000 }, (_, i) => ({ ...small, name: `n/${i}.csv` }));
    await writeFile(file, buildZip([small, { ...small, name: 'copy/Profile.csv', shareLocalOf: 0 }, ...many]));
    const archive = await openZipArchive(file);
    try {
      expect(archive.entries).toHaveLength(140_001);
      expect(archive.diagnostics.map((d) => d.code)).toEqual(['archive.overlap']);
    } finally {
      await archive.close();
    }
  });

  it('a normal zip has no overlap diagnostics', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'flipside-overlap-'));
    const file = join(dir, 'ok.zip');
    await writeFile(file, buildZip([fileEntry('a.csv', new Uint8Array(10)), fileEntry('b.csv', new Uint8Array(0), true)]));
    const archive = await openZipArchive(file);
    expect(archive.entries.map((e) => e.path)).toEqual(['a.csv', 'b.csv']);
    expect(archive.diagnostics).toEqual([]);
    await archive.close();
  });
});
