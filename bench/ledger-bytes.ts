/**
 * How compact the ledger is: imports the archives given and builds the ledger with the project's own
 * modules (run from source through tsx: the dist bundle exposes only the CLI's `main`, and source or
 * bundle build the same objects), with `global.gc()` before and after. Prints one JSON line:
 * { importMs, events, ties, people, heapBytes, externalBytes, bytesPerEvent } where the deltas count
 * everything the ledger keeps (events, ties, people, columns) and bytesPerEvent = heapBytes / events.
 * Run as: node --expose-gc --import tsx bench/ledger-bytes.ts ARCHIVE...
 */
import { DiagnosticSink } from '../src/diagnostics/diagnostic.ts';
import { importers } from '../src/importers/index.ts';
import { recognize } from '../src/importers/recognize.ts';
import { buildLedger, type ImportBatch } from '../src/model/build.ts';
import type { Ledger } from '../src/model/types.ts';
import { openArchive } from '../src/node/open-archive.ts';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const files = process.argv.slice(2);
if (files.length === 0) throw new Error('usage: ledger-bytes.ts ARCHIVE...');

/** Imports every archive and builds the ledger; nothing else stays reachable. */
async function load(paths: readonly string[]): Promise<Ledger> {
  const batches: ImportBatch[] = [];
  for (const p of paths) {
    const archive = await openArchive(p);
    try {
      const match = recognize(archive, importers);
      if (!match) throw new Error(`${p}: not recognised`);
      batches.push(await match.importer.read(archive, { diagnostics: new DiagnosticSink() }));
    } finally {
      await archive.close();
    }
  }
  return buildLedger(batches);
}

gc();
gc();
const before = process.memoryUsage();
const t0 = performance.now();
const ledger = await load(files);
const importMs = performance.now() - t0;
gc();
gc();
const after = process.memoryUsage();
const events = ledger.events.length;
const heapBytes = after.heapUsed - before.heapUsed;
// `external` already includes `arrayBuffers` (the event columns are typed arrays).
const externalBytes = after.external - before.external;
process.stdout.write(
  `${JSON.stringify({ importMs, events, ties: ledger.ties.length, people: ledger.people.size, heapBytes, externalBytes, bytesPerEvent: events > 0 ? heapBytes / events : null, maxRssKiB: process.resourceUsage().maxRSS })}\n`,
);
