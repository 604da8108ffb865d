/** Static SVG from a vega-lite spec, via vega's headless renderer (no canvas, no DOM, no network). */
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { VlSpec } from './spec.ts';
import { vegaTextWidth } from './text-width.ts';

const { parse, View } = vega;

// Vega measures text through this one hook (a documented extension point: vl-convert sets it too);
// without a canvas it would guess 0.8 em per character. Set once, for every chart this module draws.
(vega as unknown as { textMetrics: { width: typeof vegaTextWidth } }).textMetrics.width = vegaTextWidth;

/**
 * Renders a spec to an SVG string whose root scales to its container (fixed width/height replaced by the
 * viewBox). `idPrefix` scopes the SVG's internal ids (vega numbers gradients and clips from a process-wide
 * counter, so without it the same report would differ between runs and two charts could share an id).
 */
export async function renderSvg(spec: VlSpec, idPrefix = 'chart'): Promise<string> {
  const view = new View(parse(compile(spec as unknown as TopLevelSpec).spec), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    return scopeIds(responsiveRoot(withoutAria(svg)), idPrefix);
  } finally {
    view.finalize();
  }
}

/**
 * Drops vega's own ARIA attributes (a chart title's "Title text '…'" label, roles): the root is hidden
 * from assistive technology and the figure around it carries the description, so they only repeat
 * archive text inside the markup. Only inside tags: vega escapes `<` in text and `<`, `>` and `"` in
 * attribute values, so a tag is `<…>` and a value ends at the next quote, while a label's text (which
 * may hold a raw `role="…"`) is left as it is.
 */
export function withoutAria(svg: string): string {
  return svg.replace(/<[^>]*>/g, (tag) => tag.replace(/\s(?:aria-label|aria-roledescription|role)="[^"]*"/g, ''));
}

/** Upscaling beyond this makes chart text louder than the page's own text. */
const maxScale = 1.2;

/**
 * Drops the root's fixed width and height so CSS can size it (the viewBox keeps the aspect ratio), caps
 * how far it may grow, and hides it from assistive technology: the figure's aria-label carries the text.
 */
export function responsiveRoot(svg: string): string {
  const end = svg.indexOf('>');
  if (end < 0) return svg;
  const head = svg.slice(0, end);
  const viewWidth = Number(/\sviewBox="[\d.-]+ [\d.-]+ ([\d.]+) [\d.]+"/.exec(head)?.[1]);
  const cap = Number.isFinite(viewWidth) && viewWidth > 0 ? ` style="max-width:${Math.round(viewWidth * maxScale)}px"` : '';
  const root = head
    .replace(/\s(width|height)="[^"]*"/g, '')
    .replace(/\sclass="[^"]*"/, ` class="marks" aria-hidden="true" focusable="false"${cap}`);
  return root + svg.slice(end);
}

/** Renames every `id` (and its `url(#id)` references) to `<prefix>-<n>` in order of appearance. */
export function scopeIds(svg: string, prefix: string): string {
  const safe = prefix.replace(/[^A-Za-z0-9_-]/g, '_');
  const ids = new Map<string, string>();
  for (const m of svg.matchAll(/\sid="([^"]*)"/g)) {
    const id = m[1] ?? '';
    if (!ids.has(id)) ids.set(id, `${safe}-${ids.size}`);
  }
  if (ids.size === 0) return svg;
  return svg
    .replace(/(\sid=")([^"]*)"/g, (_m, head: string, id: string) => `${head}${ids.get(id) ?? id}"`)
    .replace(/url\(#([^)]*)\)/g, (m, id: string) => (ids.has(id) ? `url(#${ids.get(id)})` : m));
}
