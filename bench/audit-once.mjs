/**
 * One audit through the CLI as a user runs it (the bundled `flipside audit`) over every archive
 * given, in this process, so its peak memory can be read at the end. Prints
 * { ms, maxRssKiB, records, files }: `records` sums the JSON report's per-file record counts
 * (events and ties alike). Wall time is also measured by the parent from spawn to exit.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const files = process.argv.slice(2);
if (files.length === 0) throw new Error('usage: audit-once.mjs ARCHIVE...');
const out = await mkdtemp(join(tmpdir(), 'flipside-bench-out-'));
try {
  const t0 = performance.now();
  const { main } = await import('../dist/cli.js');
  const code = await main(['audit', ...files, '--out', out, '--json', '--tz', 'UTC', '--quiet']);
  const ms = performance.now() - t0;
  const maxRssKiB = process.resourceUsage().maxRSS;
  if (code !== 0) throw new Error(`audit exited with ${code}`);
  const report = JSON.parse(await readFile(join(out, 'flipside-report.json'), 'utf8'));
  const records = report.files.reduce((n, f) => n + f.records, 0);
  process.stdout.write(`${JSON.stringify({ ms, maxRssKiB, records, files: report.files.length })}\n`);
} finally {
  await rm(out, { recursive: true, force: true });
}
