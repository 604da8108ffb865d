/**
 * One audit through the CLI as a user runs it (the bundled `flipside audit`), in this process, so
 * its peak memory can be read at the end. Prints { ms, maxRssKiB }; wall time is also measured by
 * the parent from spawn to exit.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const file = process.argv[2];
if (!file) throw new Error('usage: audit-once.mjs ARCHIVE');
const out = await mkdtemp(join(tmpdir(), 'flipside-bench-out-'));
const t0 = performance.now();
const { main } = await import('../dist/cli.js');
const code = await main(['audit', file, '--out', out, '--json', '--tz', 'UTC', '--quiet']);
const ms = performance.now() - t0;
await rm(out, { recursive: true, force: true });
if (code !== 0) throw new Error(`audit exited with ${code}`);
process.stdout.write(`${JSON.stringify({ ms, maxRssKiB: process.resourceUsage().maxRSS })}\n`);
