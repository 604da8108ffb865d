/**
 * Runs one hostile case through the real command line in a child process and classifies what
 * happened: `read` or `refused` are the promised outcomes; `crash`, `hang`, `escape` and `memory`
 * are failures. The child reports its own peak RSS (VmHWM) through a tiny wrapper on fd 3, so no
 * `/usr/bin/time` is needed.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { lstat, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HostileCase, Outcome } from './corpus.ts';

export type Failure = 'crash' | 'hang' | 'escape' | 'memory';
export type CaseOutcome = Outcome | Failure;

export interface CaseResult {
  readonly id: string;
  readonly outcome: CaseOutcome;
  readonly exitCode: number | null;
  readonly signal: string | null;
  readonly ms: number;
  /** Peak resident set of the child, in MiB, as it reported at exit (absent when it was killed). */
  readonly maxRssMb?: number;
  /** Diagnostic codes in the JSON report (read cases only). */
  readonly diagnostics: readonly string[];
  readonly stderr: string;
  /** Why a failure was classified so. */
  readonly detail: string;
}

export interface RunOptions {
  /** The CLI entry script: `bin/flipside.mjs`, or a bundle of the same sources (see `bundleCli`). */
  readonly cli: string;
  readonly timeoutMs?: number;
  /** V8 heap cap given to the child (`--max-old-space-size`). */
  readonly maxOldSpaceMb?: number;
  /** Peak RSS above which a case counts as `memory`. */
  readonly maxRssMb?: number;
  /** Keep the case folder (inputs and outputs) for inspection; default: removed unless it failed. */
  readonly keep?: boolean;
}

export const repoRoot = resolve(fileURLToPath(new URL('../../', import.meta.url)));

/** Absolute places a zip-slip name in the corpus aims at; none may appear during a run. */
const ABSOLUTE_CANARIES = ['/etc/x', '/etc/xx', '/x', '/tmp/flipside-slip', '/tmp/x'];

const WRAPPER = `// Runs the CLI entry given as the first argument and reports peak RSS on fd 3 at exit.
import { readFileSync, writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
// VmHWM, not resourceUsage().maxRSS: Linux carries the parent's peak across fork+exec into ru_maxrss.
const peakKb = () => { try { return Number(/VmHWM:\\s*(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]); } catch { return process.resourceUsage().maxRSS; } };
process.on('exit', () => { try { writeSync(3, JSON.stringify({ maxRSS: peakKb() })); } catch {} });
const [entry, ...rest] = process.argv.slice(2);
process.argv = [process.argv[0], entry, ...rest];
await import(pathToFileURL(entry).href);
`;

/** Writes the RSS-reporting wrapper into `workRoot` once and returns its path. */
export async function writeWrapper(workRoot: string): Promise<string> {
  const path = join(workRoot, 'rss-wrapper.mjs');
  if (!existsSync(path)) await writeFile(path, WRAPPER);
  return path;
}

/**
 * Bundles the CLI sources (src/cli/main.ts and everything it imports) into one ESM file with
 * esbuild. Same code as bin/flipside.mjs, without tsx transpiling ~300 modules at every start: a
 * case then costs ~0.4 s instead of ~3 s, which is what makes thousands of cases affordable.
 */
export async function bundleCli(outDir: string): Promise<string> {
  const { build } = await import('esbuild');
  await mkdir(outDir, { recursive: true });
  const entry = join(outDir, 'cli-entry.mjs');
  const mainTs = join(repoRoot, 'src', 'cli', 'main.ts');
  await writeFile(entry, `import { main } from ${JSON.stringify(mainTs)};\nprocess.exitCode = await main(process.argv.slice(2));\n`);
  const outfile = join(outDir, 'flipside-cli.mjs');
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
    // CommonJS dependencies call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __flipsideRequire } from 'node:module'; const require = __flipsideRequire(import.meta.url);" },
  });
  return outfile;
}

/** Writes the case into a fresh folder under `workRoot`, runs the CLI on it and classifies the outcome. */
export async function runCase(c: HostileCase, workRoot: string, opts: RunOptions): Promise<CaseResult> {
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const rssBound = opts.maxRssMb ?? 1024;
  const wrapper = await writeWrapper(workRoot);
  const caseDir = await mkdtemp(join(workRoot, 'case-'));
  const input = await c.write(join(caseDir, 'in'));
  const out = join(caseDir, 'out');
  const before = new Set(await listTree(caseDir));
  const canariesBefore = ABSOLUTE_CANARIES.filter((p) => existsSync(p));
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [`--max-old-space-size=${opts.maxOldSpaceMb ?? 768}`, wrapper, opts.cli, 'audit', input, '--out', out, '--quiet', '--json'],
    { cwd: caseDir, stdio: ['ignore', 'pipe', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', TZ: 'UTC', FORCE_COLOR: '0' } },
  );
  const collect = (s: NodeJS.ReadableStream | null | undefined, cap: number) => {
    const parts: Buffer[] = [];
    let n = 0;
    s?.on('data', (b: Buffer) => {
      if (n < cap) parts.push(b);
      n += b.length;
    });
    return () => Buffer.concat(parts).toString('utf8');
  };
  const stdout = collect(child.stdout, 1 << 20);
  const stderr = collect(child.stderr, 1 << 20);
  const report = collect(child.stdio[3] as NodeJS.ReadableStream | null, 4096);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, timeoutMs);
  const { code, signal } = await new Promise<{ code: number | null; signal: string | null }>((done) => child.on('close', (code, signal) => done({ code, signal })));
  clearTimeout(timer);
  const ms = Math.round(performance.now() - started);
  let maxRssMb: number | undefined;
  try {
    maxRssMb = Math.round((JSON.parse(report()) as { maxRSS: number }).maxRSS / 1024);
  } catch {
    maxRssMb = undefined;
  }
  const err = stderr();
  const escaped = (await listTree(caseDir)).filter((p) => !before.has(p) && !isInside(p, 'out'));
  const canaries = ABSOLUTE_CANARIES.filter((p) => existsSync(p) && !canariesBefore.includes(p));
  const diagnostics = code === 0 ? await jsonDiagnostics(join(out, 'flipside-report.json')) : [];
  const base = { id: c.id, exitCode: code, signal, ms, ...(maxRssMb !== undefined ? { maxRssMb } : {}), diagnostics, stderr: err.slice(0, 4000) };
  const result = (outcome: CaseOutcome, detail: string): CaseResult => ({ ...base, outcome, detail });

  let r: CaseResult;
  if (timedOut) r = result('hang', `no exit after ${timeoutMs} ms`);
  else if (escaped.length > 0 || canaries.length > 0) r = result('escape', `created outside out/: ${[...escaped, ...canaries].slice(0, 5).join(', ')}`);
  else if (/heap out of memory|Allocation failed/i.test(err) || (maxRssMb ?? 0) > rssBound) r = result('memory', `peak RSS ${maxRssMb ?? '?'} MiB (bound ${rssBound} MiB)`);
  else if (/^\s+at /m.test(err)) r = result('crash', `stack trace on stderr (exit ${code})`);
  else if (code === 0) {
    const html = join(out, 'flipside-report.html');
    const printed = stdout().trim().split('\n')[0] ?? '';
    if (!existsSync(html)) r = result('crash', 'exit 0 without a report');
    else if (!isInsideDir(resolve(caseDir, printed), out)) r = result('escape', `report path printed outside out/: ${printed}`);
    else r = result('read', '');
  } else if (code === 2) {
    const lines = err.trimEnd().split('\n');
    if (lines.length !== 1) r = result('crash', `exit 2 with ${lines.length} stderr lines`);
    else if (!lines[0]?.includes(input)) r = result('crash', 'exit 2 without naming the input');
    else r = result('refused', '');
  } else r = result('crash', `exit ${code ?? signal}: ${err.split('\n')[0] ?? ''}`);

  if (!opts.keep && (r.outcome === 'read' || r.outcome === 'refused')) await rm(caseDir, { recursive: true, force: true });
  return r;
}

/** Runs cases with at most `parallel` children at a time, in order of completion through `onResult`. */
export async function runCases(
  cases: readonly HostileCase[],
  workRoot: string,
  opts: RunOptions & { parallel?: number; onResult?: (r: CaseResult, done: number) => void },
): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  let next = 0;
  const worker = async () => {
    for (;;) {
      const i = next++;
      const c = cases[i];
      if (!c) return;
      const r = await runCase(c, workRoot, opts);
      results[i] = r;
      opts.onResult?.(r, results.filter(Boolean).length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.parallel ?? 2) }, worker));
  return results;
}

async function jsonDiagnostics(file: string): Promise<string[]> {
  try {
    const j = JSON.parse(await readFile(file, 'utf8')) as { diagnostics?: { counts?: Record<string, number> } };
    return Object.keys(j.diagnostics?.counts ?? {}).sort();
  } catch {
    return [];
  }
}

/** Every path under `dir` (relative, `/`-separated), symlinks listed but not followed. */
async function listTree(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string) => {
    let items;
    try {
      items = await readdir(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const it of items) {
      const full = join(d, it.name);
      out.push(relative(dir, full).split(sep).join('/'));
      if (it.isDirectory() && !(await lstat(full)).isSymbolicLink()) await walk(full);
    }
  };
  await walk(dir);
  return out;
}

function isInside(rel: string, top: string): boolean {
  return rel === top || rel.startsWith(`${top}/`);
}

function isInsideDir(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep);
}
