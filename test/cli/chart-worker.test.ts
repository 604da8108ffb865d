/**
 * The CLI draws charts in a worker thread; the report must be the same string as when every chart
 * is drawn in this thread, and a worker that cannot start must change nothing but the speed.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryArchive } from '../../src/archive/memory.ts';
import { importers } from '../../src/importers/index.ts';
import type { Finding } from '../../src/measures/measure.ts';
import { startChartDrawer } from '../../src/node/chart-drawer.ts';
import { runAudit } from '../../src/pipeline/audit.ts';
import { renderReportHtml } from '../../src/report/index.ts';
import { generateSample } from '../../src/sample/generate.ts';

// Inside the repository, so the bundle's `vega` import resolves from node_modules.
const dir = resolve('.artifacts/chart-worker-test');
const workerFile = resolve(dir, 'chart-worker.mjs');

beforeAll(async () => {
  await build({ entryPoints: ['src/node/chart-worker.ts'], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', outfile: workerFile, logLevel: 'warning' });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function audit(onFinding?: (f: Finding) => void) {
  const sample = generateSample({ persona: 'connector', seed: 3, scale: 1 });
  const { result } = await runAudit({
    archives: [createMemoryArchive(sample.archiveName, sample.files)],
    registry: importers,
    options: { timeZone: 'UTC' },
    asOf: Date.UTC(2026, 0, 31),
    ...(onFinding ? { onFinding } : {}),
  });
  return result;
}

describe('charts drawn in a worker thread', () => {
  it('give the same report, byte for byte, with every chart drawn by the worker', async () => {
    const inThread = await renderReportHtml(await audit());
    const drawer = startChartDrawer(pathToFileURL(workerFile));
    try {
      const result = await audit(drawer.submit);
      const html = await renderReportHtml(result, { draw: drawer.draw });
      const charts = result.findings.flatMap((f) => (f.result.status === 'ok' ? (f.result.charts ?? []) : [])).filter((c) => c.rows.length > 0).length;
      expect(charts).toBeGreaterThan(10);
      expect(drawer.drawn()).toEqual({ inWorker: charts, inThread: 0 });
      expect(html).toBe(inThread);
    } finally {
      await drawer.close();
    }
  }, 60_000);

  it('fall back to this thread when the worker cannot start, with the same report', async () => {
    const inThread = await renderReportHtml(await audit());
    const drawer = startChartDrawer(pathToFileURL(resolve(dir, 'no-such-worker.mjs')));
    try {
      const html = await renderReportHtml(await audit(drawer.submit), { draw: drawer.draw });
      expect(html).toBe(inThread);
      expect(drawer.drawn().inWorker).toBe(0);
      expect(drawer.drawn().inThread).toBeGreaterThan(10);
    } finally {
      await drawer.close();
    }
  }, 60_000);
});

describe('closing the chart worker', () => {
  it('drops charts still pending instead of drawing them in this thread', async () => {
    const drawer = startChartDrawer(pathToFileURL(workerFile));
    const sample = generateSample({ persona: 'connector', seed: 3, scale: 1 });
    const { result } = await runAudit({ archives: [createMemoryArchive(sample.archiveName, sample.files)], registry: importers, options: { timeZone: 'UTC' }, onFinding: drawer.submit });
    expect(result.findings.length).toBe(30);
    await drawer.close();
    expect(drawer.drawn().inThread).toBe(0);
  }, 60_000);
});

describe('the built CLI', () => {
  // npm test builds dist/ before the tests; a tree never built has nothing to check.
  it.skipIf(!existsSync('dist/cli.js'))('ships the worker beside the audit command, where the drawer looks for it', () => {
    expect(existsSync('dist/chart-worker.js')).toBe(true);
    const chunks = readdirSync('dist').filter((f) => f.endsWith('.js') && readFileSync(`dist/${f}`, 'utf8').includes('startChartDrawer'));
    expect(chunks.length).toBeGreaterThan(0);
    for (const f of chunks) expect(readFileSync(`dist/${f}`, 'utf8')).toContain('./chart-worker.js');
  });
});
