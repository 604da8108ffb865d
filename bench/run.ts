/**
 * `npm run bench`: generates a large LinkedIn persona, then times the full audit against the floor
 * (inflate + CSV parse of the same entries with the same libraries) measured in the same run, each in
 * a fresh process, median of N runs. Both are wall times from spawn to exit of a plain `node` process:
 * the audit runs the bundled CLI (dist/, as installed), the floor a plain script. Writes bench/results/latest.json and prints a Markdown table.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSample } from '../src/sample/generate.ts';
import { writeZip } from '../src/node/write-zip.ts';

const runs = Number(process.env['BENCH_RUNS'] ?? 3);
const scale = Number(process.env['BENCH_SCALE'] ?? 34);

interface Sample {
  ms: number;
  maxRssKiB: number;
}

/** Runs a plain-JS child and returns its report, with `ms` replaced by the wall time from spawn to exit. */
function child(script: string, archive: string): Sample & Record<string, number> {
  const t0 = performance.now();
  const out = execFileSync(process.execPath, [script, archive], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const wall = performance.now() - t0;
  return { ...(JSON.parse(out.trim().split('\n').pop()!) as Sample & Record<string, number>), ms: wall };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const dir = await mkdtemp(join(tmpdir(), 'flipside-bench-'));
try {
  const t0 = performance.now();
  const sample = generateSample({ persona: 'broadcaster', seed: 7, scale });
  const archive = join(dir, sample.archiveName);
  await writeZip(sample.files, archive);
  const genMs = performance.now() - t0;
  const zipBytes = (await stat(archive)).size;
  const counts = Object.fromEntries(
    ['Connections.csv', 'messages.csv', 'Reactions.csv'].map((n) => {
      const f = sample.files.find((x) => x.path.endsWith(n));
      let rows = 0;
      if (f) for (const b of f.bytes) if (b === 10) rows++;
      return [n, rows];
    }),
  );
  process.stderr.write(`generated ${archive} (${(zipBytes / 1e6).toFixed(1)} MB zip) in ${(genMs / 1000).toFixed(1)} s; lines: ${JSON.stringify(counts)}\n`);

  const floor: Sample[] = [];
  const audit: Sample[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const f = child('bench/floor.mjs', archive);
    bytes = f['bytes'] ?? 0;
    floor.push(f);
    audit.push(child('bench/audit-once.mjs', archive));
    process.stderr.write(`run ${i + 1}/${runs}: floor ${f.ms.toFixed(0)} ms, audit ${audit[i]!.ms.toFixed(0)} ms\n`);
  }
  const floorMs = median(floor.map((s) => s.ms));
  const auditMs = median(audit.map((s) => s.ms));
  const result = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
    persona: 'broadcaster',
    scale,
    csvLines: counts,
    uncompressedMB: bytes / 1e6,
    zipMB: zipBytes / 1e6,
    runs,
    floor: { medianMs: floorMs, MBps: bytes / 1e6 / (floorMs / 1000), maxRssMiB: Math.max(...floor.map((s) => s.maxRssKiB)) / 1024 },
    audit: { medianMs: auditMs, MBps: bytes / 1e6 / (auditMs / 1000), maxRssMiB: Math.max(...audit.map((s) => s.maxRssKiB)) / 1024 },
    ratio: auditMs / floorMs,
    target: 2,
  };
  await mkdir('bench/results', { recursive: true });
  await writeFile('bench/results/latest.json', `${JSON.stringify(result, null, 2)}\n`);
  const f1 = (n: number) => n.toFixed(1);
  process.stdout.write(
    [
      `| measure | floor (inflate + parse) | audit | audit / floor |`,
      `|---|---|---|---|`,
      `| wall time (process spawn to exit), median of ${runs} | ${f1(floorMs / 1000)} s | ${f1(auditMs / 1000)} s | **${result.ratio.toFixed(2)}×** (target ≤ ${result.target}×) |`,
      `| throughput (uncompressed CSV) | ${f1(result.floor.MBps)} MB/s | ${f1(result.audit.MBps)} MB/s | |`,
      `| peak RSS | ${f1(result.floor.maxRssMiB)} MiB | ${f1(result.audit.maxRssMiB)} MiB | |`,
      ``,
      `${f1(result.uncompressedMB)} MB of CSV (${f1(result.zipMB)} MB zipped); ${JSON.stringify(counts)} lines; ${result.machine.cpus} × ${result.machine.cpu}, ${result.machine.memGiB} GiB, Node ${result.machine.node}.`,
      '',
    ].join('\n'),
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
