/** One chart as report markup: a figure with a text alternative, and the numbers as a table for print and screen readers. */
import type { ChartData } from '../../measures/measure.ts';
import { html, safeSvg, type SafeHtml } from '../html.ts';
import { chartSpec } from './spec.ts';

/**
 * Draws one chart's SVG; `key` scopes the SVG's ids. The report draws in this thread unless its
 * caller passes another source: the CLI hands the charts to a worker thread that loaded vega while
 * the archives were being read, so drawing them costs the audit almost no time.
 */
export type SvgSource = (chart: ChartData, key: string) => Promise<string>;

/** Draws with vega in this thread; vega is loaded on the first chart, not when the report module is. */
export const drawInThread: SvgSource = async (chart, key) => (await import('./render-svg.ts')).renderSvg(chartSpec(chart), key);

/** The page-unique key of a measure's chart: its SVG ids are scoped by it. */
export function chartKey(measureId: string, index: number): string {
  return `${measureId}-chart-${index}`;
}

function dataTable(c: ChartData): SafeHtml {
  const columns: string[] = [];
  for (const r of c.rows) for (const k of Object.keys(r)) if (!columns.includes(k)) columns.push(k);
  return html`<details class="chart-data"><summary>The numbers behind “${c.title}”</summary>
<div class="table-wrap" role="region" aria-label="${c.title}" tabindex="0"><table><thead><tr>${columns.map((k) => html`<th scope="col">${k}</th>`)}</tr></thead>
<tbody>${c.rows.map((r) => html`<tr>${columns.map((k) => html`<td>${r[k] ?? ''}</td>`)}</tr>`)}</tbody></table></div></details>`;
}

/**
 * Renders a chart; `key` must be unique in the page (it scopes the SVG's ids). If the SVG fails the
 * safety check (a library regression), only the text and the table are shown.
 */
export async function renderChart(c: ChartData, key = 'chart', draw: SvgSource = drawInThread): Promise<SafeHtml> {
  // Nothing to draw: the description already says so ("None of the listed buzzwords appear…").
  if (c.rows.length === 0) return html`<p class="chart-empty"><strong>${c.title}.</strong> ${c.description}</p>`;
  const svg = safeSvg(await draw(c, key));
  const alt = `${c.title}. ${c.description}`;
  return html`<figure class="chart" role="img" aria-label="${alt}">
${svg ?? html`<p class="chart-missing">Chart not drawn.</p>`}
<figcaption><strong>${c.title}.</strong> ${c.description}</figcaption>
</figure>
${dataTable(c)}`;
}
