/**
 * The promise for bad input, checked through the real command line: every hand-made hostile case
 * and a seeded sample of mutations ends in `read` (report written inside out/) or `refused` (one
 * line naming the input, exit 2), never a crash, a hang, a file outside out/ or memory past a bound.
 * The full corpus (1,000 mutations per platform) runs with `npm run fuzz`.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handmadeCases, mutationCases, type HostileCase } from './corpus.ts';
import { bundleCli, repoRoot, runCase, runCases, type CaseResult } from './run-case.ts';

/** Mutations per platform in `npm test`; with 86 hand-made cases this keeps the file near two minutes on 2 cores. */
const MUTATIONS_PER_PLATFORM = 15;

let workRoot: string;
let cli: string;
let cases: HostileCase[];
const results = new Map<string, CaseResult>();

beforeAll(async () => {
  workRoot = await mkdtemp(join(tmpdir(), 'flipside-hostile-'));
  cli = await bundleCli(join(workRoot, 'bundle'));
  cases = [...handmadeCases(1), ...mutationCases(MUTATIONS_PER_PLATFORM, 1)];
  for (const r of await runCases(cases, workRoot, { cli, parallel: 2, timeoutMs: 30_000, maxRssMb: 1024 })) results.set(r.id, r);
}, 900_000);

afterAll(async () => {
  // Failing cases keep their folder for inspection; everything else was already removed.
  if ([...results.values()].every((r) => r.outcome === 'read' || r.outcome === 'refused')) await rm(workRoot, { recursive: true, force: true });
});

const failures = (kind: string) => [...results.values()].filter((r) => r.outcome === kind).map((r) => `${r.id}: ${r.detail} ${r.stderr.split('\n')[0] ?? ''}`);

describe('hostile inputs through the CLI', () => {
  it('ran every case of the reduced corpus', () => {
    expect(results.size).toBe(cases.length);
    expect(cases.length).toBeGreaterThanOrEqual(86 + 6 * MUTATIONS_PER_PLATFORM);
  });

  it('0 crashes, 0 hangs, 0 escapes, 0 over memory', () => {
    expect(failures('crash')).toEqual([]);
    expect(failures('hang')).toEqual([]);
    expect(failures('escape')).toEqual([]);
    expect(failures('memory')).toEqual([]);
  });

  it('every case is read or refused', () => {
    const other = [...results.values()].filter((r) => r.outcome !== 'read' && r.outcome !== 'refused');
    expect(other.map((r) => r.id)).toEqual([]);
  });

  it('cases with a known outcome end in it, with the diagnostic that names the attack', () => {
    const wrong: string[] = [];
    for (const c of cases) {
      if (!c.expect) continue;
      const r = results.get(c.id);
      if (r?.outcome !== c.expect.outcome) wrong.push(`${c.id}: ${r?.outcome} (expected ${c.expect.outcome}) ${r?.stderr ?? ''}`);
      else if (c.expect.diagnostic && !r.diagnostics.includes(c.expect.diagnostic)) wrong.push(`${c.id}: diagnostics ${r.diagnostics.join(', ')} lack ${c.expect.diagnostic}`);
    }
    expect(wrong).toEqual([]);
  });

  it('names the specific outcomes the promise lists', () => {
    const diag = (id: string) => results.get(id)?.diagnostics ?? [];
    expect(diag('zip-slip')).toContain('archive.unsafe-path');
    expect(diag('absolute-paths')).toContain('archive.unsafe-path');
    expect(diag('tar-slip/mastodon')).toContain('archive.unsafe-path');
    expect(diag('symlink-entry')).toContain('archive.symlink');
    expect(diag('overlap-bomb')).toContain('archive.overlap');
    expect(diag('ratio-bomb/x')).toContain('archive.ratio');
    expect(diag('declared-10gb')).toContain('archive.too-large');
    expect(diag('encrypted')).toContain('archive.encrypted');
    expect(diag('csv-giant-field/linkedin')).toContain('csv.giant-field');
    for (const id of ['empty-file', 'empty-zip', 'pdf', 'random-bytes', 'wrong-magic']) expect(results.get(id)?.outcome, id).toBe('refused');
  });

  it('refusals are one line that names the input, without a stack', () => {
    const refused = [...results.values()].filter((r) => r.outcome === 'refused');
    expect(refused.length).toBeGreaterThan(10);
    for (const r of refused) {
      expect(r.exitCode).toBe(2);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^flipside: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('stays within time and memory on the bombs', () => {
    for (const id of ['overlap-bomb', 'ratio-bomb/x', 'nested-zip-bomb', 'gzip-bomb', 'declared-10gb']) {
      const r = results.get(id);
      expect(r?.ms, id).toBeLessThan(30_000);
      expect(r?.maxRssMb ?? 0, id).toBeLessThan(1024);
    }
  });

  it('bin/flipside.mjs gives the same outcome as the bundle the corpus runs', async () => {
    const bin = join(repoRoot, 'bin', 'flipside.mjs');
    for (const id of ['zip-slip', 'pdf']) {
      const c = cases.find((x) => x.id === id);
      if (!c) throw new Error(`no case ${id}`);
      const r = await runCase(c, workRoot, { cli: bin, timeoutMs: 60_000 });
      expect(r.outcome, id).toBe(results.get(id)?.outcome);
      expect(r.diagnostics, id).toEqual(results.get(id)?.diagnostics);
    }
    expect(existsSync(join(workRoot, 'escaped'))).toBe(false);
  }, 180_000);
});
