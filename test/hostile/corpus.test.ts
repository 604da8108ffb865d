/** The corpus is reproducible and its hand-crafted zips say what they claim to say. */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import type { Entry } from 'yauzl';
import { handmadeCases, mutationCases, writeMutation } from './corpus.ts';
import { mutate } from './mutate.ts';
import { buildZip, fileEntry } from './zip-bytes.ts';
import { createRng } from '../../src/sample/random.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flipside-corpus-'));
});

/** Every central-directory entry as yauzl sees it, names undecoded. */
async function centralEntries(file: string): Promise<Entry[]> {
  const zip = await new Promise<yauzl.ZipFile>((ok, fail) => yauzl.open(file, { lazyEntries: true, decodeStrings: false, validateEntrySizes: false }, (e, z) => (e ? fail(e) : ok(z))));
  const out: Entry[] = [];
  await new Promise<void>((ok, fail) => {
    zip.on('entry', (e: Entry) => {
      out.push(e);
      zip.readEntry();
    });
    zip.on('end', () => ok());
    zip.on('error', fail);
    zip.readEntry();
  });
  zip.close();
  return out;
}

const names = (es: Entry[]) => es.map((e) => (e.fileNameRaw as Buffer).toString('utf8'));

describe('hostile corpus', () => {
  it('writes the same bytes for the same seed and different bytes for another', async () => {
    const a = await readFile(await writeMutation(join(dir, 'a'), 'linkedin', 1, 7));
    const b = await readFile(await writeMutation(join(dir, 'b'), 'linkedin', 1, 7));
    const c = await readFile(await writeMutation(join(dir, 'c'), 'linkedin', 2, 7));
    expect(a.equals(b)).toBe(true);
    expect(a.equals(c)).toBe(false);
  });

  it('has unique case ids, 86 hand-made cases and n mutations per platform', () => {
    const hand = handmadeCases(1);
    const all = [...hand, ...mutationCases(3, 1)];
    expect(hand.length).toBe(86);
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    expect(mutationCases(3, 1).filter((c) => c.id.startsWith('mutation/bluesky/'))).toHaveLength(3);
    expect(mutationCases(0, 1)).toEqual([]);
  });

  it('mutates an empty input into one byte and keeps the input unchanged', () => {
    const rng = createRng(1);
    expect(mutate(new Uint8Array(0), rng).bytes).toHaveLength(1);
    const input = Uint8Array.of(1, 2, 3, 4);
    mutate(input, rng, 'flip');
    expect([...input]).toEqual([1, 2, 3, 4]);
    expect(mutate(input, createRng(2), 'truncate').bytes.length).toBeLessThan(4);
  });

  it('the overlap bomb lists 1,003 central entries, 1,001 of them at one local header offset', async () => {
    const c = handmadeCases(1).find((x) => x.id === 'overlap-bomb');
    const es = await centralEntries(await c!.write(join(dir, 'bomb')));
    expect(es).toHaveLength(1003);
    const atZero = es.filter((e) => e.relativeOffsetOfLocalHeader === 0);
    expect(atZero).toHaveLength(1001);
    expect(atZero[0]!.uncompressedSize / atZero[0]!.compressedSize).toBeGreaterThan(250);
  });

  it('the hand-built zips carry the hostile names, modes, flags and sizes unchanged', async () => {
    const file = join(dir, 'raw.zip');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(
      file,
      buildZip([
        fileEntry('../x', new Uint8Array([1])),
        fileEntry('C:\\x', new Uint8Array([2])),
        { ...fileEntry('link', new TextEncoder().encode('/etc/passwd'), true), mode: 0o120777 },
        { ...fileEntry('secret.csv', new Uint8Array([3])), flags: 1 },
        { ...fileEntry('big.csv', new Uint8Array([4])), size: 10 * 2 ** 30, zip64: true },
      ]),
    );
    const es = await centralEntries(file);
    expect(names(es)).toEqual(['../x', 'C:\\x', 'link', 'secret.csv', 'big.csv']);
    expect((es[2]!.externalFileAttributes >>> 16) & 0o170000).toBe(0o120000);
    expect(es[3]!.isEncrypted()).toBe(true);
    expect(es[4]!.uncompressedSize).toBe(10 * 2 ** 30);
  });
});
