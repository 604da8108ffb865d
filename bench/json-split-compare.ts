/**
 * Compares the importers' JSON array splitter (src/importers/_shared/json-array.ts) with the floor's
 * plain one on one zip entry: inflate only, then each splitter twice, alternating, in this process.
 * Usage: tsx bench/json-split-compare.ts ARCHIVE.zip [ENTRY=data/tweets.js]
 * Prints one JSON line of { mode: ms } and elements per splitter.
 */
import yauzl from 'yauzl';
import type { Readable } from 'node:stream';
import { splitJsonArrayBatches } from '../src/importers/_shared/json-array.ts';
// @ts-expect-error: a plain-JS module without types.
import { parseJsonArray } from './plain-split.mjs';

const [file, entryName = 'data/tweets.js'] = process.argv.slice(2);
if (!file) throw new Error('usage: json-split-compare.ts ARCHIVE.zip [ENTRY]');

/** A fresh inflating stream of the entry. */
async function open(): Promise<Readable> {
  const zip = await new Promise<yauzl.ZipFile>((res, rej) => yauzl.open(file!, { lazyEntries: true }, (e, z) => (e ? rej(e) : res(z))));
  return new Promise((res, rej) => {
    zip.on('entry', (e: yauzl.Entry) => {
      if (e.fileName !== entryName) return zip.readEntry();
      zip.openReadStream(e, (err, s) => (err ? rej(err) : res(s)));
    });
    zip.on('end', () => rej(new Error(`${entryName} not in ${file}`)));
    zip.readEntry();
  });
}

const modes: Record<string, () => Promise<number>> = {
  inflate: async () => {
    let n = 0;
    for await (const c of await open()) n += (c as Buffer).length;
    return n;
  },
  plain: async () => (await parseJsonArray(await open())) as number,
  ours: async () => {
    let n = 0;
    for await (const batch of splitJsonArrayBatches(await open(), { file: entryName })) n += batch.length;
    return n;
  },
};

const out: Record<string, number[]> = {};
const counts: Record<string, number> = {};
for (const mode of ['inflate', 'plain', 'ours', 'plain', 'ours']) {
  const t0 = performance.now();
  counts[mode] = await modes[mode]!();
  (out[mode] ??= []).push(Math.round(performance.now() - t0));
}
process.stdout.write(`${JSON.stringify({ entry: entryName, ms: out, counts })}\n`);
