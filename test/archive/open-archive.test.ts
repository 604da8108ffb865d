import { copyFile, mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openArchive, sniffMagic } from '../../src/node/open-archive.ts';

const BLUESKY = fileURLToPath(new URL('../../../shared/fixtures/real/bluesky/bluesky-social__indigo/', import.meta.url));

describe('opening what the user passed, by magic bytes', () => {
  it('recognises Bluesky CAR files by their bytes, even without an extension', async () => {
    for (const name of await readdir(BLUESKY)) {
      const head = (await readFile(join(BLUESKY, name))).subarray(0, 512);
      expect(sniffMagic(head)).toBe('car');
    }
    const dir = await mkdtemp(join(tmpdir(), 'flipside-car-'));
    const bare = join(dir, 'repo-export');
    await copyFile(join(BLUESKY, 'paul_staging.repo.car'), bare);
    const a = await openArchive(bare);
    expect(a.kind).toBe('file');
    expect(a.entries).toEqual([{ path: 'repo-export', size: 137662, magic: 'car' }]);
  });

  it.each([
    [[0x50, 0x4b, 0x03, 0x04], 'zip'],
    [[0x50, 0x4b, 0x05, 0x06], 'empty-zip'],
    [[0x1f, 0x8b, 0x08, 0x00], 'gzip'],
    [[...Buffer.from('%PDF-1.7')], 'pdf'],
    [[...Buffer.from('First Name,Last Name\n')], 'text'],
    [[], 'empty'],
    [[0x00, 0xff, 0x13, 0x37, 0x80, 0x81, 0x82, 0x83], 'unknown'],
  ] as const)('%j is %s', (bytes, want) => expect(sniffMagic(new Uint8Array(bytes))).toBe(want));
});

describe('tar archives (Mastodon before 4.1)', () => {
  it('opens a .tar.gz and a plain .tar written by the system tar, streaming entries', async () => {
    const { execFileSync } = await import('node:child_process');
    const { mkdir, writeFile } = await import('node:fs/promises');
    const dir = await mkdtemp(join(tmpdir(), 'flipside-tar-'));
    await mkdir(join(dir, 'src'));
    await writeFile(join(dir, 'src', 'outbox.json'), '{"orderedItems":[]}');
    await writeFile(join(dir, 'src', 'actor.json'), '{"type":"Person"}');
    execFileSync('tar', ['-czf', join(dir, 'archive.tar.gz'), '-C', join(dir, 'src'), 'outbox.json', 'actor.json']);
    execFileSync('tar', ['-cf', join(dir, 'archive.tar'), '-C', join(dir, 'src'), 'outbox.json', 'actor.json']);
    for (const name of ['archive.tar.gz', 'archive.tar']) {
      const a = await openArchive(join(dir, name));
      expect(a.kind).toBe('tar');
      expect(a.entries.map((e) => e.path).sort()).toEqual(['actor.json', 'outbox.json']);
      const outbox = a.entries.find((e) => e.path === 'outbox.json')!;
      let text = '';
      for await (const c of a.read(outbox)) text += Buffer.from(c).toString('utf8');
      expect(text).toBe('{"orderedItems":[]}');
      await a.close();
    }
  });
});
