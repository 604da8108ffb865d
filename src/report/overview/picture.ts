/**
 * The overview picture of one tension: its two sides as poles, and each indicator placed between them,
 * on its own side, with its value (or why it has none). Position says only which side an indicator
 * belongs to; nothing is added up, ranked or scored. Shares get a neutral 0–100% gauge because a
 * higher share is not "more" of its side (a high share of never-messaged connections is not depth).
 */
import type { Finding } from '../../measures/measure.ts';
import { chartBackground, mutedTextColour, sideColours, textColour } from '../charts/palette.ts';
import { formatValue } from '../format.ts';
import type { TensionGroup } from '../order.ts';
import { el, serialise, txt, wrapText, type SvgNode } from './svg-builder.ts';

/** The picture's natural width: about a phone's width, so its text stays legible at 360 px. */
export const pictureWidth = 340;
const mid = pictureWidth / 2;
const textInset = 14;
const lineHeight = 14;
const titleChars = 25;
const titleLines = 3;
const headerHeight = 34;
const gaugeWidth = 56;
const gaugeTrack = '#e3e3e3';
const dividerColour = '#c8c8c8';

/** The short value text an indicator shows in the picture. */
export function pictureValue(f: Finding): string {
  switch (f.result.status) {
    case 'ok':
      return formatValue(f.result.value, f.meta.unit);
    case 'insufficient':
      return 'too little data';
    case 'not-available':
      return 'not available';
  }
}

function gaugeShare(f: Finding): number | undefined {
  const r = f.result;
  if (r.status !== 'ok' || !(f.meta.unit === 'proportion' || f.meta.unit === 'similarity') || !Number.isFinite(r.value)) return undefined;
  return Math.min(1, Math.max(0, r.value));
}

function cell(f: Finding, first: boolean, top: number, colour: string): { nodes: SvgNode[]; height: number } {
  const lines = wrapText(f.meta.title, titleChars, titleLines);
  const anchor = first ? 'end' : 'start';
  const x = first ? mid - textInset : mid + textInset;
  const ok = f.result.status === 'ok';
  const valueY = top + lines.length * lineHeight + 16;
  const nodes: SvgNode[] = [
    el(
      'text',
      { x, y: top + 10, 'font-size': 12, fill: textColour, 'text-anchor': anchor },
      lines.map((l, i) => el('tspan', { x, dy: i === 0 ? 0 : lineHeight }, [txt(l)])),
    ),
    el('text', ok ? { x, y: valueY, 'font-size': 15, 'font-weight': 'bold', fill: textColour, 'text-anchor': anchor } : { x, y: valueY, 'font-size': 11, 'font-style': 'italic', fill: mutedTextColour, 'text-anchor': anchor }, [txt(pictureValue(f))]),
    el('circle', { cx: first ? mid - 6 : mid + 6, cy: valueY - 4, r: 4, fill: ok ? colour : chartBackground, stroke: ok ? colour : mutedTextColour, 'stroke-width': 1.5 }),
  ];
  const share = gaugeShare(f);
  if (share !== undefined) {
    const gx = first ? 0 : pictureWidth - gaugeWidth;
    nodes.push(el('rect', { x: gx, y: valueY - 8, width: gaugeWidth, height: 6, fill: gaugeTrack }));
    nodes.push(el('rect', { x: gx, y: valueY - 8, width: gaugeWidth * share, height: 6, fill: mutedTextColour }));
  }
  return { nodes, height: valueY - top + 12 };
}

function emptyCell(first: boolean, top: number): { nodes: SvgNode[]; height: number } {
  const x = first ? mid - textInset : mid + textInset;
  return { nodes: [el('text', { x, y: top + 10, 'font-size': 11, 'font-style': 'italic', fill: mutedTextColour, 'text-anchor': first ? 'end' : 'start' }, [txt('no indicator')])], height: 20 };
}

/** The SVG of one tension's overview picture (root sized by its viewBox only, hidden from assistive tech). */
export function tensionPicture(g: TensionGroup): string {
  const [a, b] = g.sides;
  const [colourA, colourB] = sideColours;
  const nodes: SvgNode[] = [
    el('text', { x: 0, y: 15, 'font-size': 13, 'font-weight': 'bold', fill: colourA }, [txt(a.side.toUpperCase())]),
    el('text', { x: pictureWidth, y: 15, 'font-size': 13, 'font-weight': 'bold', fill: colourB, 'text-anchor': 'end' }, [txt(b.side.toUpperCase())]),
    el('line', { x1: 0, y1: 24, x2: mid - 1, y2: 24, stroke: colourA, 'stroke-width': 3 }),
    el('line', { x1: mid + 1, y1: 24, x2: pictureWidth, y2: 24, stroke: colourB, 'stroke-width': 3 }),
  ];
  let top = headerHeight;
  const rows = Math.max(a.findings.length, b.findings.length, 1);
  for (let i = 0; i < rows; i++) {
    const fa = a.findings[i];
    const fb = b.findings[i];
    const left = fa ? cell(fa, true, top, colourA) : i === 0 ? emptyCell(true, top) : { nodes: [], height: 0 };
    const right = fb ? cell(fb, false, top, colourB) : i === 0 ? emptyCell(false, top) : { nodes: [], height: 0 };
    nodes.push(...left.nodes, ...right.nodes);
    top += Math.max(left.height, right.height) + 6;
  }
  const height = Math.ceil(top);
  nodes.splice(4, 0, el('line', { x1: mid, y1: 30, x2: mid, y2: height - 4, stroke: dividerColour, 'stroke-width': 1 }));
  const root = el(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', class: 'overview-picture', viewBox: `0 0 ${pictureWidth} ${height}`, 'aria-hidden': 'true', focusable: 'false', 'font-family': 'sans-serif' },
    [el('rect', { x: 0, y: 0, width: pictureWidth, height, fill: chartBackground }), ...nodes],
  );
  return serialise(root);
}

/** The picture's text alternative: every indicator on each side with its value, in report order. */
export function pictureAlt(g: TensionGroup): string {
  const side = (s: TensionGroup['sides'][number]): string =>
    `${s.side.charAt(0).toUpperCase()}${s.side.slice(1)} side: ${s.findings.length === 0 ? 'no indicator' : s.findings.map((f) => `${f.meta.title}, ${pictureValue(f)}`).join('; ')}.`;
  return `${g.tension.title}. ${side(g.sides[0])} ${side(g.sides[1])}`;
}
