/**
 * Allow-list check for chart SVG before it is admitted as markup. Vega escapes text and attribute
 * values itself; this is the second line of defence, so a regression in a chart library (or a
 * renderer bug of ours) degrades to a data table instead of live markup.
 */

const allowedElements = new Set([
  'svg', 'g', 'path', 'rect', 'line', 'circle', 'ellipse', 'polyline', 'polygon', 'text', 'tspan',
  'title', 'desc', 'defs', 'clippath', 'lineargradient', 'radialgradient', 'stop',
]);

const allowedAttributes = new Set([
  'xmlns', 'xmlns:xlink', 'version', 'class', 'width', 'height', 'viewbox', 'x', 'y', 'x1', 'x2', 'y1', 'y2',
  'cx', 'cy', 'r', 'rx', 'ry', 'd', 'points', 'transform', 'fill', 'fill-opacity', 'stroke', 'stroke-width',
  'stroke-opacity', 'stroke-miterlimit', 'stroke-linecap', 'stroke-linejoin', 'stroke-dasharray',
  'stroke-dashoffset', 'opacity', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor',
  'dominant-baseline', 'dx', 'dy', 'role', 'aria-label', 'aria-roledescription', 'aria-hidden', 'focusable',
  'pointer-events', 'clip-path', 'id', 'offset', 'stop-color', 'stop-opacity', 'gradientunits',
  'preserveaspectratio', 'shape-rendering', 'paint-order', 'style', 'display', 'visibility', 'letter-spacing',
  'font-variant', 'fill-rule', 'clip-rule', 'cursor', 'aria-description',
]);

const paintAttributes = new Set(['fill', 'stroke', 'clip-path', 'style']);

// One tag with double-quoted attributes only; anything else (comments, CDATA, unquoted values) fails.
const tagPattern = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<>]*")*)\s*(\/?)>/y;
const attrPattern = /\s+([\w:-]+)="([^"<>]*)"/g;

export interface SvgCheck {
  readonly ok: boolean;
  /** Why it failed, for tests and debugging. */
  readonly problem?: string;
}

/** Checks that a string is one SVG element tree built only from allow-listed elements and attributes, with no URLs. */
export function checkSvg(svg: string): SvgCheck {
  if (!svg.startsWith('<svg')) return { ok: false, problem: 'does not start with <svg' };
  let i = 0;
  const open: string[] = [];
  while (i < svg.length) {
    const lt = svg.indexOf('<', i);
    if (lt < 0) break;
    tagPattern.lastIndex = lt;
    const m = tagPattern.exec(svg);
    if (!m) return { ok: false, problem: `unparseable markup at ${lt}` };
    const [whole, closing, rawName, attrs = '', selfClosing] = m;
    const name = (rawName ?? '').toLowerCase();
    if (!allowedElements.has(name)) return { ok: false, problem: `element <${name}>` };
    for (const a of attrs.matchAll(attrPattern)) {
      const attr = (a[1] ?? '').toLowerCase();
      const value = (a[2] ?? '').toLowerCase();
      if (!allowedAttributes.has(attr)) return { ok: false, problem: `attribute ${attr}` };
      // Only paint and clip attributes can fetch; they may point at an in-document fragment (url(#id)), nothing else.
      if (paintAttributes.has(attr) && (/url\(\s*['"]?(?!#)/.test(value) || /expression\(|@import|\\/.test(value))) {
        return { ok: false, problem: `value of ${attr}` };
      }
    }
    if (closing) {
      if (open.pop() !== name) return { ok: false, problem: `mismatched </${name}>` };
    } else if (!selfClosing) open.push(name);
    i = lt + whole.length;
  }
  if (open.length > 0) return { ok: false, problem: 'unclosed elements' };
  return { ok: true };
}
