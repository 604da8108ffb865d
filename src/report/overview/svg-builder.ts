/**
 * A very small SVG builder for the overview picture: elements from a name, attributes and children,
 * with every attribute value and text node escaped. The result still passes the allow-list check
 * (svg-check.ts) before it is admitted as markup.
 */
import { escapeHtml } from '../html.ts';

/** An SVG node: an element or a text run. */
export type SvgNode = { readonly tag: string; readonly attrs: Readonly<Record<string, string | number>>; readonly children: readonly SvgNode[] } | { readonly text: string };

/** An element; numbers are rounded to two decimals so output is short and stable. */
export function el(tag: string, attrs: Readonly<Record<string, string | number>> = {}, children: readonly SvgNode[] = []): SvgNode {
  return { tag, attrs, children };
}

/** A text node (escaped when serialised). */
export function txt(text: string): SvgNode {
  return { text };
}

function attrValue(v: string | number): string {
  return typeof v === 'number' ? String(Math.round(v * 100) / 100) : escapeHtml(v);
}

/** Serialises a node tree; self-closes empty elements. */
export function serialise(node: SvgNode): string {
  if ('text' in node) return escapeHtml(node.text);
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) => ` ${k}="${attrValue(v)}"`)
    .join('');
  if (node.children.length === 0) return `<${node.tag}${attrs}/>`;
  return `<${node.tag}${attrs}>${node.children.map(serialise).join('')}</${node.tag}>`;
}

/**
 * Breaks text into at most `maxLines` lines of about `width` characters at spaces; a word longer than
 * a line is cut, and text that does not fit ends with an ellipsis.
 */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter((w) => w.length > 0);
  const lines: string[] = [];
  let line = '';
  for (const raw of words) {
    const word = raw.length > width ? `${raw.slice(0, width - 1)}…` : raw;
    const next = line ? `${line} ${word}` : word;
    if (next.length <= width) {
      line = next;
      continue;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  const kept = lines.filter((l) => l.length > 0);
  if (kept.length <= maxLines) return kept;
  const cut = kept.slice(0, maxLines);
  const last = cut[maxLines - 1] ?? '';
  cut[maxLines - 1] = `${last.length >= width ? last.slice(0, width - 1).trimEnd() : last}…`;
  return cut;
}
