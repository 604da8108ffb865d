/**
 * The floor for the audit benchmark: inflate every CSV entry of the archive with yauzl and parse it
 * with papaparse (the same libraries the importer uses), doing nothing else with the rows.
 * Plain JavaScript run by node directly, so its start-up is as light as the library imports allow.
 * Prints one JSON line: { ms, bytes, rows, maxRssKiB }.
 */
import Papa from 'papaparse';
import yauzl from 'yauzl';

const file = process.argv[2];
if (!file) throw new Error('usage: floor.ts ARCHIVE.zip');

const t0 = performance.now();
const zip = await new Promise((res, rej) => yauzl.open(file, { lazyEntries: true, autoClose: false }, (e, z) => (e ? rej(e) : res(z))));
const entries = [];
await new Promise((res, rej) => {
  zip.on('entry', (e) => {
    if (e.fileName.toLowerCase().endsWith('.csv')) entries.push(e);
    zip.readEntry();
  });
  zip.on('end', res);
  zip.on('error', rej);
  zip.readEntry();
});
let bytes = 0;
let rows = 0;
for (const e of entries) {
  const stream = await new Promise((res, rej) => zip.openReadStream(e, (err, s) => (err ? rej(err) : res(s))));
  bytes += e.uncompressedSize;
  await new Promise((res, rej) => {
    const parser = Papa.parse(Papa.NODE_STREAM_INPUT, {});
    parser.on('data', () => rows++);
    parser.on('end', res);
    parser.on('error', rej);
    stream.pipe(parser);
  });
}
zip.close();
const ms = performance.now() - t0;
process.stdout.write(`${JSON.stringify({ ms, bytes, rows, maxRssKiB: process.resourceUsage().maxRSS })}\n`);
