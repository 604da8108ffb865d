/** One audit of an archive, timed from opening to the written report. Prints { ms, maxRssKiB, events }. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditCommand } from '../src/cli/commands/audit.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: audit-once.ts ARCHIVE.zip');
const out = await mkdtemp(join(tmpdir(), 'flipside-bench-out-'));
const t0 = performance.now();
const written = await auditCommand([file], { out, json: true, tz: 'UTC', quiet: true, debug: false });
const ms = performance.now() - t0;
process.stdout.write(`${JSON.stringify({ ms, maxRssKiB: process.resourceUsage().maxRSS, findings: written.findings })}\n`);
await rm(out, { recursive: true, force: true });
