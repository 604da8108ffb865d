/**
 * Node edge: draws the report's charts in a worker thread (see chart-worker.ts). The audit starts
 * the worker before it reads the archives and hands it each measure's charts as soon as they are
 * computed, so vega works on the second core while the main thread reads and measures.
 * Anything the worker cannot draw, or a worker that cannot start, falls back to drawing in this thread:
 * the report is the same string either way.
 */
import { Worker } from 'node:worker_threads';
import type { ChartData, Finding } from '../measures/measure.ts';
import { chartKey, drawInThread, type SvgSource } from '../report/charts/figure.ts';
import type { ChartReply, ChartRequest } from './chart-worker.ts';

export interface ChartDrawer {
  /** Hands a finding's charts to the worker now; the report asks for them later by key. */
  readonly submit: (f: Finding) => void;
  /** The report's source of SVG: the worker's drawing when it was submitted, else drawn now. */
  readonly draw: SvgSource;
  /** Stops the worker; charts still pending are dropped (nobody waits for them once the audit is over). */
  readonly close: () => Promise<void>;
  /** How many charts the worker drew, and how many were drawn in this thread. */
  readonly drawn: () => { readonly inWorker: number; readonly inThread: number };
}

/**
 * The bundled worker script beside this module. From the TypeScript sources (tests, `tsx`) there is
 * no bundle to start, so the charts are drawn in this thread.
 */
function workerUrl(): URL | undefined {
  if (!import.meta.url.endsWith('.js')) return undefined;
  return new URL('./chart-worker.js', import.meta.url);
}

/** Starts the worker (or, where it cannot run, a drawer that draws in this thread); `url` overrides the bundled script. */
export function startChartDrawer(url: URL | undefined = workerUrl()): ChartDrawer {
  let worker: Worker | undefined;
  try {
    worker = url ? new Worker(url) : undefined;
  } catch {
    worker = undefined;
  }
  const pending = new Map<string, { chart: ChartData; resolve: (svg: string | Promise<string>) => void }>();
  const results = new Map<string, Promise<string>>();
  let inWorker = 0;
  let inThread = 0;
  const drawHere = (chart: ChartData, key: string): Promise<string> => {
    inThread += 1;
    return drawInThread(chart, key);
  };
  let closed = false;
  const fallBack = () => {
    worker = undefined;
    // After close the audit has ended (perhaps with an error): drawing now would only delay the exit.
    for (const [key, p] of pending) p.resolve(closed ? '' : drawHere(p.chart, key));
    pending.clear();
  };
  if (worker) {
    // The worker must not keep the process alive once the report is written.
    worker.unref();
    worker.on('message', (reply: ChartReply) => {
      const p = pending.get(reply.key);
      if (!p) return;
      pending.delete(reply.key);
      if ('svg' in reply) inWorker += 1;
      p.resolve('svg' in reply ? reply.svg : drawHere(p.chart, reply.key));
    });
    worker.on('error', fallBack);
    worker.on('exit', fallBack);
  }
  const submitOne = (key: string, chart: ChartData): Promise<string> => {
    const existing = results.get(key);
    if (existing) return existing;
    const w = worker;
    const promise = w
      ? new Promise<string>((resolve) => {
          pending.set(key, { chart, resolve });
          w.postMessage({ key, chart } satisfies ChartRequest);
        })
      : drawHere(chart, key);
    results.set(key, promise);
    return promise;
  };
  return {
    submit(f) {
      if (f.result.status !== 'ok') return;
      (f.result.charts ?? []).forEach((c, i) => {
        if (c.rows.length > 0) void submitOne(chartKey(f.meta.id, i), c);
      });
    },
    draw: (chart, key) => submitOne(key, chart),
    async close() {
      closed = true;
      const w = worker;
      worker = undefined;
      if (w) await w.terminate();
    },
    drawn: () => ({ inWorker, inThread }),
  };
}
