/**
 * `npm run bench`: the three-scale benchmark (small, large, huge; `BENCH_SCALES=small,large` picks).
 * For each scale it times the full audit (the bundled CLI over all the scale's archives) against the
 * floor measured in the same run (inflate + parse of the same entries with the same libraries and
 * nothing else), each in a fresh process, wall time from spawn to exit, median of `BENCH_RUNS`
 * (default 3; the huge scale 1). It also measures the ledger's bytes per event at every scale.
 * Then `--help` start-up. Writes bench/results/latest.json and latest.md and prints the Markdown.
 * Exit 0 when everything ran (missed targets are reported, not failures); 1 when a floor, audit or
 * ledger run failed or the huge audit's peak RSS passed 1.5 GB (the bounded-memory check of the
 * 600 MB+ single JSON entry).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { prepareScale, SCALE_NAMES, type Composition, type ScaleName } from './scales.ts';

const TARGET_RATIO = 1.5;
/** Issue 2's target for the LinkedIn broadcaster (the large scale). */
const TARGET_RATIO_LARGE = 2;
/** 1.5 GB, decimal (the stricter reading). */
const TARGET_HUGE_RSS_BYTES = 1.5e9;
const TARGET_HELP_MS = 300;

interface Sample {
  ms: number;
  maxRssKiB: number;
  [key: string]: unknown;
}

/** Runs a node child and returns its last stdout line as JSON, with `ms` replaced by the wall time from spawn to exit. */
function child(args: readonly string[]): Sample {
  const t0 = performance.now();
  const out = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
  const wall = performance.now() - t0;
  return { ...(JSON.parse(out.trim().split('\n').pop()!) as Sample), ms: wall };
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mib = (kib: number) => kib / 1024;
const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => n.toFixed(2);
const log = (s: string) => process.stderr.write(`${s}\n`);

/** Why a child failed, in one line (its stderr's last line when it has one). */
function failure(e: unknown): string {
  const stderr = (e as { stderr?: string }).stderr;
  const last = typeof stderr === 'string' ? stderr.trim().split('\n').filter(Boolean).slice(-3).join(' | ') : '';
  return `${e instanceof Error ? e.message.split('\n')[0] : String(e)}${last ? ` — ${last}` : ''}`;
}

interface Side {
  medianMs: number;
  MBps: number;
  maxRssMiB: number;
  runsMs: number[];
}

interface ScaleResult {
  scale: ScaleName;
  composition: Omit<Composition, 'archives'> & { archives: { file: string; platform: string; zipBytes: number; entries: Record<string, number> }[] };
  generatedNowMs?: number;
  runs: number;
  /** Bytes the floor parsed (the entries importers read): the basis of MB/s for both sides. */
  parsedBytes?: number;
  floorItems?: number;
  /** Sum of the audit JSON report's files[].records (events and ties; the report has no event count). */
  auditRecords?: number;
  floor?: Side;
  audit?: Side;
  ratio?: number;
  /** audit / floor of each run, floor and audit run back to back: the spread the machine's noise gives. */
  runRatios?: number[];
  ledger?: { importMs: number; events: number; ties: number; people: number; heapBytes: number; externalBytes: number; bytesPerEvent: number | null; maxRssKiB: number };
  targets: { name: string; target: string; value: string; met: boolean }[];
  errors: string[];
}

const side = (samples: readonly Sample[], bytes: number): Side => {
  const ms = median(samples.map((s) => s.ms));
  return { medianMs: ms, MBps: bytes / 1e6 / (ms / 1000), maxRssMiB: mib(Math.max(...samples.map((s) => s.maxRssKiB))), runsMs: samples.map((s) => s.ms) };
};

/** Runs one scale: prepare (or reuse) its archives, then floor and audit N times, then the ledger at huge. */
async function runScale(scale: ScaleName): Promise<ScaleResult> {
  const t0 = performance.now();
  const prepared = await prepareScale(scale);
  const c = prepared.composition;
  if (prepared.generatedMs !== undefined) log(`${scale}: generated ${c.archives.length} archive(s) in ${f1(prepared.generatedMs / 1000)} s`);
  else log(`${scale}: reusing cached archives (generated in ${f1(c.generatedMs / 1000)} s; loaded in ${f1((performance.now() - t0) / 1000)} s)`);
  log(`${scale}: ${f1(c.bytes / 1e6)} MB uncompressed, ${f1(c.zipBytes / 1e6)} MB on disk — ${c.notes}`);
  const runs = Number(process.env['BENCH_RUNS'] ?? (scale === 'huge' ? 1 : 3));
  const r: ScaleResult = { scale, composition: c, runs, targets: [], errors: [], ...(prepared.generatedMs !== undefined ? { generatedNowMs: prepared.generatedMs } : {}) };
  const floor: Sample[] = [];
  const audit: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    try {
      const f = child(['bench/floor.mjs', ...prepared.archives]);
      floor.push(f);
      r.parsedBytes = f['bytes'] as number;
      r.floorItems = f['items'] as number;
    } catch (e) {
      r.errors.push(`floor: ${failure(e)}`);
    }
    try {
      const a = child(['bench/audit-once.mjs', ...prepared.archives]);
      audit.push(a);
      r.auditRecords = a['records'] as number;
    } catch (e) {
      r.errors.push(`audit: ${failure(e)}`);
    }
    const f = floor[i];
    const a = audit[i];
    log(`${scale} run ${i + 1}/${runs}: floor ${f ? `${f1(f.ms / 1000)} s` : 'FAILED'}, audit ${a ? `${f1(a.ms / 1000)} s, ${f1(mib(a.maxRssKiB))} MiB` : 'FAILED'}`);
    if (r.errors.length > 0) break;
  }
  const bytes = r.parsedBytes ?? c.bytes;
  if (floor.length > 0) r.floor = side(floor, bytes);
  if (audit.length > 0) r.audit = side(audit, bytes);
  if (r.floor && r.audit) {
    r.ratio = r.audit.medianMs / r.floor.medianMs;
    r.runRatios = audit.flatMap((a, i) => (floor[i] ? [a.ms / floor[i].ms] : []));
    r.targets.push({ name: 'audit / floor', target: `≤ ${TARGET_RATIO}×`, value: `${f2(r.ratio)}×`, met: r.ratio <= TARGET_RATIO });
    if (scale === 'large') r.targets.push({ name: 'audit / floor (issue 2)', target: `≤ ${TARGET_RATIO_LARGE}×`, value: `${f2(r.ratio)}×`, met: r.ratio <= TARGET_RATIO_LARGE });
  }
  if (scale === 'huge') {
    const tweets = c.archives.flatMap((a) => Object.entries(a.entries)).filter(([p]) => p.endsWith('tweets.js'));
    const biggest = Math.max(0, ...tweets.map(([, n]) => n));
    r.targets.push({ name: 'text across platforms', target: '≥ 1 GB', value: `${f1(c.bytes / 1e6)} MB`, met: c.bytes >= 1e9 });
    r.targets.push({ name: 'one single JSON entry', target: '> 600 MB', value: `${f1(biggest / 1e6)} MB`, met: biggest > 600e6 });
    if (r.audit) {
      const rss = r.audit.maxRssMiB * 2 ** 20;
      r.targets.push({ name: 'audit peak RSS (bounded memory)', target: '≤ 1.5 GB (1.5e9 B = 1430.5 MiB)', value: `${f1(rss / 1e6)} MB (${f1(r.audit.maxRssMiB)} MiB)`, met: rss <= TARGET_HUGE_RSS_BYTES });
    }
  }
  // The ledger's size at every scale; the ≥ 1M events target applies to the huge one.
  try {
    const l = child(['--expose-gc', '--import', 'tsx', 'bench/ledger-bytes.ts', ...prepared.archives]);
    r.ledger = l as unknown as NonNullable<ScaleResult['ledger']>;
    log(`${scale} ledger: ${r.ledger.events} events, ${f1(r.ledger.heapBytes / 1e6)} MB heap → ${f1(r.ledger.bytesPerEvent ?? NaN)} B/event`);
    if (scale === 'huge') r.targets.push({ name: 'ledger events', target: '≥ 1,000,000', value: String(r.ledger.events), met: r.ledger.events >= 1e6 });
  } catch (e) {
    r.errors.push(`ledger-bytes: ${failure(e)}`);
  }
  return r;
}

/** Median wall time from spawn to exit of `node ARGS`, over 5 runs. */
function startup(args: readonly string[]): { medianMs: number; runsMs: number[] } {
  const runsMs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    execFileSync(process.execPath, args, { stdio: 'ignore' });
    runsMs.push(performance.now() - t0);
  }
  return { medianMs: median(runsMs), runsMs };
}

/**
 * `node bin/flipside.mjs --help` as a user runs it, and the bundle's `main(['--help'])` directly:
 * bin falls back to the sources through tsx when any src/ file is newer than the bundle (another
 * edit during the run), which the direct figure is immune to. The target is judged on bin when it
 * used the bundle, else on the direct figure.
 */
function helpStartup(): { medianMs: number; runsMs: number[]; bundleFresh: boolean; bundleDirect: { medianMs: number; runsMs: number[] }; met: boolean } {
  const newest = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce((m, e) => Math.max(m, e.isDirectory() ? newest(join(dir, e.name)) : e.name.endsWith('.ts') ? statSync(join(dir, e.name)).mtimeMs : 0), 0);
  const bundleFresh = statSync('dist/cli.js').mtimeMs >= newest('src');
  const bin = startup(['bin/flipside.mjs', '--help']);
  const bundleDirect = startup(['--input-type=module', '-e', "const { main } = await import('./dist/cli.js'); process.exitCode = await main(['--help']);"]);
  return { ...bin, bundleFresh, bundleDirect, met: (bundleFresh ? bin.medianMs : bundleDirect.medianMs) < TARGET_HELP_MS };
}

/** The Markdown tables of the results. */
function markdown(results: readonly ScaleResult[], help: ReturnType<typeof helpStartup>, machine: Record<string, unknown>): string {
  const lines: string[] = [`# flipside benchmark`, '', `${machine['cores']} × ${machine['cpu']}, ${machine['memGiB']} GiB, Node ${machine['node']}; ${new Date().toISOString()}.`, ''];
  for (const r of results) {
    const c = r.composition;
    lines.push(`## ${r.scale}: ${c.notes}`, '');
    lines.push(
      `${f1(c.bytes / 1e6)} MB uncompressed in ${c.archives.length} archive(s) (${f1(c.zipBytes / 1e6)} MB on disk); floor parsed ${f1((r.parsedBytes ?? 0) / 1e6)} MB, ${r.floorItems ?? '?'} items; audit read ${r.auditRecords ?? '?'} records (events + ties, from the JSON report). Generated in ${f1(c.generatedMs / 1000)} s${r.generatedNowMs !== undefined ? ' (this run)' : ' (cached)'}.`,
      '',
    );
    if (r.floor && r.audit) {
      lines.push(
        `| measure | floor (inflate + parse) | audit | audit / floor |`,
        `|---|---|---|---|`,
        `| wall time (spawn to exit), median of ${r.runs} | ${f1(r.floor.medianMs / 1000)} s | ${f1(r.audit.medianMs / 1000)} s | **${f2(r.ratio!)}×** |`,
        `| throughput (parsed bytes) | ${f1(r.floor.MBps)} MB/s | ${f1(r.audit.MBps)} MB/s | |`,
        `| peak RSS | ${f1(r.floor.maxRssMiB)} MiB | ${f1(r.audit.maxRssMiB)} MiB | |`,
        '',
      );
      if ((r.runRatios?.length ?? 0) > 1) lines.push(`Audit / floor run by run (each floor and audit back to back): ${r.runRatios!.map((x) => `${f2(x)}×`).join(', ')}.`, '');
    }
    const big = c.archives.flatMap((a) => Object.entries(a.entries).filter(([, n]) => n >= 1e6).map(([p, n]) => `${a.platform} \`${p}\` ${f1(n / 1e6)} MB`));
    if (big.length > 0) lines.push(`Entries of 1 MB or more: ${big.join(', ')}.`, '');
    if (r.ledger) {
      lines.push(
        `Ledger: ${r.ledger.events} events, ${r.ledger.ties} ties, ${r.ledger.people} people; heap ${f1(r.ledger.heapBytes / 1e6)} MB + external ${f1(r.ledger.externalBytes / 1e6)} MB after gc → **${f1(r.ledger.bytesPerEvent ?? NaN)} bytes per event** (heap / events; ties and people included). Import + ledger build alone (sources via tsx, one process): ${f1(r.ledger.importMs / 1000)} s.`,
        '',
      );
    }
    if (r.targets.length > 0) {
      lines.push(`| target | wanted | got | |`, `|---|---|---|---|`);
      for (const t of r.targets) lines.push(`| ${t.name} | ${t.target} | ${t.value} | ${t.met ? 'met' : '**missed**'} |`);
      lines.push('');
    }
    if (r.scale === 'huge') {
      const rss = r.targets.find((t) => t.name.startsWith('audit peak RSS'));
      lines.push(`**Single 600 MB+ JSON entry, bounded memory: ${rss && rss.met && r.errors.length === 0 ? 'PASS' : 'FAIL'}**`, '');
    }
    for (const e of r.errors) lines.push(`- ERROR ${e}`);
    if (r.errors.length > 0) lines.push('');
  }
  lines.push(
    `## start-up`,
    '',
    `| measure | median of 5 | target | |`,
    `|---|---|---|---|`,
    `| \`node bin/flipside.mjs --help\` (${help.bundleFresh ? 'ran the bundle' : 'ran the sources via tsx: a src/ file was newer than the bundle'}) | ${Math.round(help.medianMs)} ms | < ${TARGET_HELP_MS} ms | ${help.bundleFresh ? (help.met ? 'met' : '**missed**') : ''} |`,
    `| bundle \`main(['--help'])\` in a fresh \`node\` | ${Math.round(help.bundleDirect.medianMs)} ms | < ${TARGET_HELP_MS} ms | ${help.bundleFresh ? '' : help.met ? 'met' : '**missed**'} |`,
    '',
  );
  return lines.join('\n');
}

const wanted = (process.env['BENCH_SCALES'] ?? SCALE_NAMES.join(',')).split(',').map((s) => s.trim()).filter(Boolean);
const unknown = wanted.filter((s) => !(SCALE_NAMES as readonly string[]).includes(s));
if (unknown.length > 0) throw new Error(`BENCH_SCALES: unknown scale(s) ${unknown.join(', ')} (known: ${SCALE_NAMES.join(', ')})`);

const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memGiB: Math.round(totalmem() / 2 ** 30), node: process.version };
const results: ScaleResult[] = [];
for (const s of SCALE_NAMES.filter((n) => wanted.includes(n))) results.push(await runScale(s));
const help = helpStartup();
log(`--help: bin median ${Math.round(help.medianMs)} ms (bundle fresh: ${help.bundleFresh}), bundle direct ${Math.round(help.bundleDirect.medianMs)} ms`);

const failed = results.some((r) => r.errors.length > 0 || r.targets.some((t) => t.name.startsWith('audit peak RSS') && !t.met));
const result = { date: new Date().toISOString(), machine, scales: results, help, ok: !failed };
await mkdir('bench/results', { recursive: true });
await writeFile('bench/results/latest.json', `${JSON.stringify(result, null, 2)}\n`);
const md = markdown(results, help, machine);
await writeFile('bench/results/latest.md', md);
process.stdout.write(md);
if (failed) {
  log('bench: FAILED (a run failed or the huge audit passed 1.5 GB peak RSS; see above)');
  process.exitCode = 1;
}
