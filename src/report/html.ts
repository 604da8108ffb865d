/**
 * The escaping tagged template. Every interpolated value is escaped unless it is a SafeHtml minted
 * here (by `html` itself or by `safeSvg` after the SVG passed the allow-list check), so text from an
 * archive can never become markup.
 */
import { checkSvg } from './svg-check.ts';

const brand = Symbol('SafeHtml');

/** Markup known to be safe: only `html` and `safeSvg` can create one. */
export interface SafeHtml {
  readonly [brand]: true;
  readonly value: string;
}

/** What may be interpolated; `null`, `undefined` and `false` render nothing so conditionals read naturally. */
export type HtmlValue = string | number | SafeHtml | null | undefined | false | readonly HtmlValue[];

const minted = new WeakSet<object>();

function mint(value: string): SafeHtml {
  const s: SafeHtml = Object.freeze({ [brand]: true as const, value });
  minted.add(s);
  return s;
}

/** True only for values minted by this module; a look-alike object with the same shape is still escaped. */
export function isSafeHtml(v: unknown): v is SafeHtml {
  return typeof v === 'object' && v !== null && minted.has(v);
}

const entities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

// Lone surrogates (from truncated emoji in exports) cannot be encoded as UTF-8; C0 controls other than
// tab/newline/return are parse errors in HTML. Both become U+FFFD so the text stays visible and valid.
const illFormed = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Escapes text for use in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(illFormed, '\uFFFD').replace(/[&<>"'`]/g, (c) => entities[c] ?? c);
}

function renderValue(v: HtmlValue): string {
  if (v === null || v === undefined || v === false) return '';
  if (Array.isArray(v)) return (v as readonly HtmlValue[]).map(renderValue).join('');
  if (isSafeHtml(v)) return v.value;
  if (typeof v === 'number') return escapeHtml(Number.isFinite(v) ? String(v) : '–');
  return escapeHtml(String(v));
}

/** Tagged template: `html\`<p>${text}</p>\`` escapes every value that is not already SafeHtml. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += renderValue(values[i]) + (strings[i + 1] ?? '');
  return mint(out);
}

/** Joins fragments with an optional separator (itself escaped unless SafeHtml). */
export function joinHtml(parts: readonly HtmlValue[], separator: HtmlValue = ''): SafeHtml {
  const sep = renderValue(separator);
  return mint(parts.map(renderValue).join(sep));
}

/** Admits an SVG string as markup only if it passes the allow-list check; otherwise returns undefined. */
export function safeSvg(svg: string): SafeHtml | undefined {
  return checkSvg(svg).ok ? mint(svg) : undefined;
}
