/**
 * Worker-thread entry that draws report charts with vega. Loading vega and its first drawings
 * (compiling the library's code paths) take most of a second; done here, they overlap with the
 * main thread reading the archives. In: `{ key, chart }`; out: `{ key, svg }` or `{ key, error }`.
 */
import { parentPort } from 'node:worker_threads';
import type { ChartData } from '../measures/measure.ts';
import { renderSvg } from '../report/charts/render-svg.ts';
import { chartSpec } from '../report/charts/spec.ts';

export interface ChartRequest {
  readonly key: string;
  readonly chart: ChartData;
}

export type ChartReply = { readonly key: string; readonly svg: string } | { readonly key: string; readonly error: string };

/** One small chart of each kind, drawn and thrown away while the worker waits for real ones. */
function warmUpCharts(): ChartData[] {
  const rows = [
    { a: '2025-01', b: 3, s: 'one' },
    { a: '2025-02', b: 5, s: 'two' },
  ];
  const base = { title: 'warm-up', description: 'warm-up', rows, x: 'a', y: 'b', series: 's' };
  return (['line', 'bar', 'heatmap', 'mirrored-bar', 'rings'] as const).map((kind) => ({ ...base, kind }));
}

const port = parentPort;
if (port) {
  // Requests are queued behind the warm-up, so the first real chart already runs on compiled code.
  let queue: Promise<unknown> = Promise.all(warmUpCharts().map((c, i) => renderSvg(chartSpec(c), `warm-${i}`))).catch(() => undefined);
  port.on('message', (req: ChartRequest) => {
    queue = queue.then(async () => {
      try {
        port.postMessage({ key: req.key, svg: await renderSvg(chartSpec(req.chart), req.key) } satisfies ChartReply);
      } catch (e) {
        port.postMessage({ key: req.key, error: e instanceof Error ? e.message : String(e) } satisfies ChartReply);
      }
    });
  });
}
