/**
 * The user's own text with matched phrases marked. A measure supplies items shaped
 * `{ where, text, matches }`: `text` is the user's own words (a headline, a post), `matches` the matched
 * phrases as lower-case words separated by spaces, several joined by "|" (e.g. "team player|passionate").
 * The report only locates them for display; the counts stay the measure's. Every piece goes through
 * the escaping template, so the text can never become markup.
 */
import { html, type SafeHtml } from '../html.ts';

/** Longest text shown whole; longer text keeps the context around each match. */
export const maxTextChars = 420;
/** Characters of context kept on each side of a match in long text. */
export const contextChars = 80;

export interface Segment {
  readonly text: string;
  readonly marked: boolean;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The phrases of a `matches` value, longest first so "proven track record" wins over "track record". */
export function parseMatches(matches: string): string[] {
  const forms = [...new Set(matches.split('|').map((m) => m.trim().toLowerCase()).filter((m) => /\p{L}/u.test(m)))];
  return forms.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

/**
 * Splits text into marked and unmarked runs. A phrase matches as whole words, case-insensitively, with
 * any run of non-letters between its words (the tokeniser splits "results-oriented" the same way);
 * words inside a #hashtag or @handle do not match, as the tokeniser drops those.
 */
export function segment(text: string, matches: string): Segment[] {
  const t = text.normalize('NFC');
  const forms = parseMatches(matches);
  if (forms.length === 0 || t.length === 0) return t.length === 0 ? [] : [{ text: t, marked: false }];
  const alternatives = forms.map((f) => f.split(/\s+/).map(escapeRegExp).join('[^\\p{L}\\p{M}\\p{N}]+'));
  const re = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}_#@'])(?:${alternatives.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'giu');
  const out: Segment[] = [];
  let last = 0;
  for (const m of t.matchAll(re)) {
    const start = m.index;
    if (start > last) out.push({ text: t.slice(last, start), marked: false });
    out.push({ text: m[0], marked: true });
    last = start + m[0].length;
  }
  if (last < t.length) out.push({ text: t.slice(last), marked: false });
  return out;
}

// Cut context at a word boundary when there is one nearby, so an excerpt never starts or ends mid-word.
const tail = (s: string): string => {
  const t = s.slice(-contextChars);
  const space = t.search(/\s/);
  return space >= 0 && space < contextChars / 2 ? t.slice(space) : t;
};
const head = (s: string): string => {
  const h = s.slice(0, contextChars);
  const space = h.search(/\s\S*$/);
  return space > contextChars / 2 ? h.slice(0, space + 1) : h;
};

/** Shortens the unmarked runs of a long text to the context around its marks. */
export function shorten(segments: readonly Segment[]): Segment[] {
  const total = segments.reduce((n, s) => n + s.text.length, 0);
  if (total <= maxTextChars) return [...segments];
  if (!segments.some((s) => s.marked)) return [{ text: `${segments.map((s) => s.text).join('').slice(0, maxTextChars)}…`, marked: false }];
  return segments.map((s, i) => {
    if (s.marked) return s;
    const first = i === 0;
    const lastOne = i === segments.length - 1;
    if (first) return s.text.length > contextChars ? { text: `…${tail(s.text)}`, marked: false } : s;
    if (lastOne) return s.text.length > contextChars ? { text: `${head(s.text)}…`, marked: false } : s;
    return s.text.length > 2 * contextChars + 3 ? { text: `${head(s.text)} … ${tail(s.text)}`, marked: false } : s;
  });
}

/** True for an item that carries text to highlight rather than a row for the items table. */
export function isHighlightItem(item: Readonly<Record<string, string | number>>): boolean {
  return typeof item['text'] === 'string' && typeof item['matches'] === 'string';
}

/** One text with its matches in `<mark>`. */
export function renderHighlighted(text: string, matches: string): SafeHtml {
  return html`${shorten(segment(text, matches)).map((s) => (s.marked ? html`<mark>${s.text}</mark>` : s.text))}`;
}

/** The highlight items as a list: where the text is from, then the text with its matches marked. */
export function renderHighlights(items: ReadonlyArray<Readonly<Record<string, string | number>>>, max: number): SafeHtml {
  if (items.length === 0) return html``;
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  return html`<p class="label highlights-label">Where they appear in your own words</p>
<ul class="highlights">${shown.map((it) => html`<li>${it['where'] !== undefined ? html`<span class="where">${String(it['where'])}</span>` : ''}${renderHighlighted(String(it['text']), String(it['matches']))}</li>`)}</ul>${rest > 0 ? html`<p class="more">and ${rest} more not shown here.</p>` : ''}`;
}
