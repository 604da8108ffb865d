/**
 * `npm run fuzz`: the whole hostile corpus (every hand-made case and, by default, 1,000 seeded
 * mutations of each platform's generated archive) through the real CLI, two children at a time.
 * Prints the counts and exits non-zero when any case crashed, hung, escaped or went over memory.
 *
 *   npm run fuzz -- [--per-platform 1000] [--seed 1] [--parallel 2] [--timeout 30000] [--bin]
 *
 * `--bin` runs bin/flipside.mjs (tsx, ~3 s a case) instead of an esbuild bundle of the same sources.
 * A failing case's folder (input and output) is kept and printed, to replay by hand.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { handmadeCases, mutationCases } from '../test/hostile/corpus.ts';
import { bundleCli, repoRoot, runCases, type CaseResult } from '../test/hostile/run-case.ts';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(v) || v < 0) throw new Error(`--${name} expects a number`);
  return v;
}

const perPlatform = arg('per-platform', 1000);
const seed = arg('seed', 1);
const parallel = arg('parallel', 2);
const timeoutMs = arg('timeout', 30_000);
const useBin = process.argv.includes('--bin');

const workRoot = await mkdtemp(join(tmpdir(), 'flipside-fuzz-'));
const cli = useBin ? join(repoRoot, 'bin', 'flipside.mjs') : await bundleCli(join(workRoot, 'bundle'));
await mkdir(join(workRoot, 'cases'), { recursive: true });
const cases = [...handmadeCases(seed), ...mutationCases(perPlatform, seed)];
process.stderr.write(`fuzz: ${cases.length} cases (seed ${seed}, ${perPlatform} mutations per platform), ${parallel} at a time, in ${workRoot}\n`);

const started = performance.now();
const failures: CaseResult[] = [];
const count = { read: 0, readWithDiagnostics: 0, refused: 0, crash: 0, hang: 0, escape: 0, memory: 0 };
let peakMb = 0;
let peakCase = '';
const results = await runCases(cases, join(workRoot, 'cases'), {
  cli,
  parallel,
  timeoutMs,
  onResult: (r, done) => {
    count[r.outcome]++;
    if (r.outcome === 'read' && r.diagnostics.length > 0) count.readWithDiagnostics++;
    if (r.outcome !== 'read' && r.outcome !== 'refused') {
      failures.push(r);
      process.stderr.write(`  ${r.outcome}: ${r.id}: ${r.detail}\n`);
    }
    if ((r.maxRssMb ?? 0) > peakMb) {
      peakMb = r.maxRssMb ?? 0;
      peakCase = r.id;
    }
    if (done % 100 === 0 || done === cases.length) {
      const s = Math.round((performance.now() - started) / 1000);
      process.stderr.write(`  ${done}/${cases.length} in ${s}s: ${JSON.stringify(count)}, peak ${peakMb} MiB\n`);
    }
  },
});

const seconds = Math.round((performance.now() - started) / 1000);
const summary = {
  casesRun: results.length,
  read: count.read,
  readWithDiagnostics: count.readWithDiagnostics,
  refused: count.refused,
  crashes: count.crash,
  hangs: count.hang,
  escapes: count.escape,
  overMemory: count.memory,
  peakMemoryMiB: peakMb,
  peakMemoryCase: peakCase,
  seconds,
  failures: failures.map((f) => ({ id: f.id, outcome: f.outcome, detail: f.detail, stderr: f.stderr.split('\n').slice(0, 3).join(' | ') })),
};
await writeFile(join(workRoot, 'summary.json'), `${JSON.stringify({ ...summary, results }, null, 2)}\n`);
process.stdout.write(
  [
    `cases run:            ${summary.casesRun}`,
    `read:                 ${summary.read} (${summary.readWithDiagnostics} with diagnostics)`,
    `refused:              ${summary.refused}`,
    `crashes:              ${summary.crashes}`,
    `hangs:                ${summary.hangs}`,
    `escapes:              ${summary.escapes}`,
    `over memory:          ${summary.overMemory}`,
    `peak memory:          ${summary.peakMemoryMiB} MiB (${summary.peakMemoryCase})`,
    `time:                 ${seconds} s`,
    `details:              ${join(workRoot, 'summary.json')}`,
    '',
  ].join('\n'),
);
process.exitCode = failures.length === 0 ? 0 : 1;
