/**
 * Worker-thread entry that draws report charts with vega. Loading vega and drawing the charts take
 * about a second; done here, they overlap with the main thread reading the archives and measuring. In: `{ key, chart }`; out: `{ key, svg }` or `{ key, error }`.
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

const port = parentPort;
if (port) {
  // One chart at a time, in the order they come. (Drawing throw-away charts first to warm vega up was
  // measured: it made small audits 0.2 s slower and large ones no faster.)
  let queue: Promise<unknown> = Promise.resolve();
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
