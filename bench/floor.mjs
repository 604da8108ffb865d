/**
 * The floor for the audit benchmark: inflate and parse every entry the importers read, in every
 * archive given, with the same libraries and doing nothing else with what was parsed:
 * CSV with papaparse (streaming); X `.js` data files (after the `=`) with a plain byte splitter +
 * `JSON.parse` per element; the X manifest and `.json` files with one `JSON.parse`; a Bluesky CAR
 * with @ipld/car + @ipld/dag-cbor decode per block. Zips are inflated with yauzl.
 * Plain JavaScript run by node directly, so its start-up is as light as the library imports allow.
 * Prints one JSON line: { ms, bytes, items, maxRssKiB, perKind }.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import Papa from 'papaparse';
import yauzl from 'yauzl';
import { parseJsonArray } from './plain-split.mjs';

const files = process.argv.slice(2);
if (files.length === 0) throw new Error('usage: floor.mjs ARCHIVE...');

/** Which parser an entry gets, by name; null for entries no importer reads (HTML, media, text). */
function kindOf(path) {
  const name = path.toLowerCase().split('/').pop() ?? '';
  if (name.endsWith('.csv')) return 'csv';
  if (name === 'manifest.js') return 'json';
  if (name.endsWith('.js')) return 'json-array';
  if (name.endsWith('.json')) return 'json';
  return null;
}

/** Reads a whole stream into one Buffer. */
async function readAll(stream) {
  const parts = [];
  for await (const c of stream) parts.push(c);
  return Buffer.concat(parts);
}

/** Parses a CSV stream with papaparse; returns the row count. */
function parseCsv(stream) {
  return new Promise((res, rej) => {
    let rows = 0;
    const parser = Papa.parse(Papa.NODE_STREAM_INPUT, {});
    parser.on('data', () => rows++);
    parser.on('end', () => res(rows));
    parser.on('error', rej);
    stream.pipe(parser);
  });
}

/** Parses a whole JSON (or `window.X = {…}`) entry; returns 1. */
async function parseJson(stream, path) {
  let text = (await readAll(stream)).toString('utf8');
  if (path.endsWith('.js')) text = text.slice(text.indexOf('=') + 1);
  JSON.parse(text);
  return 1;
}

/** Iterates a CAR's blocks and decodes each as DAG-CBOR; returns the block count. */
async function parseCar(path) {
  const { CarBlockIterator } = await import('@ipld/car');
  const { decode } = await import('@ipld/dag-cbor');
  const it = await CarBlockIterator.fromIterable(createReadStream(path));
  let blocks = 0;
  for await (const block of it) {
    try {
      decode(block.bytes);
    } catch {
      // A raw (non-CBOR) block; the importer skips those too.
    }
    blocks++;
  }
  return blocks;
}

const perKind = {};
let bytes = 0;
let items = 0;
const count = (kind, size, n) => {
  const k = (perKind[kind] ??= { bytes: 0, items: 0 });
  k.bytes += size;
  k.items += n;
  bytes += size;
  items += n;
};

const t0 = performance.now();
for (const file of files) {
  const fh = await open(file);
  const magic = Buffer.alloc(4);
  await fh.read(magic, 0, 4, 0);
  const { size } = await fh.stat();
  await fh.close();
  if (magic[0] !== 0x50 || magic[1] !== 0x4b) {
    count('car', size, await parseCar(file));
    continue;
  }
  const zip = await new Promise((res, rej) => yauzl.open(file, { lazyEntries: true, autoClose: false }, (e, z) => (e ? rej(e) : res(z))));
  const entries = [];
  await new Promise((res, rej) => {
    zip.on('entry', (e) => {
      if (kindOf(e.fileName)) entries.push(e);
      zip.readEntry();
    });
    zip.on('end', res);
    zip.on('error', rej);
    zip.readEntry();
  });
  for (const e of entries) {
    const stream = await new Promise((res, rej) => zip.openReadStream(e, (err, s) => (err ? rej(err) : res(s))));
    const kind = kindOf(e.fileName);
    const n = kind === 'csv' ? await parseCsv(stream) : kind === 'json' ? await parseJson(stream, e.fileName) : await parseJsonArray(stream);
    // Drain what a parser did not read (an array's trailing bytes).
    stream.resume();
    count(kind, e.uncompressedSize, n);
  }
  zip.close();
}
const ms = performance.now() - t0;
process.stdout.write(`${JSON.stringify({ ms, bytes, items, maxRssKiB: process.resourceUsage().maxRSS, perKind })}\n`);
