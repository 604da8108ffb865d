/** The smaller pieces of an indicator: parts table, per-platform values, item lists and notes. */
import type { Unit } from '../../measures/measure.ts';
import { platforms, type Platform } from '../../model/types.ts';
import { formatPart, formatValue, humanise, platformName } from '../format.ts';
import { html, type SafeHtml } from '../html.ts';
import { isHighlightItem, renderHighlights } from './highlight.ts';

/** Most lists (dormant ties, employers) are useful in their first rows; the JSON carries no items at all. */
export const maxItems = 15;

/** Parts as a two-column table, in the order the measure gave them. */
export function renderParts(parts: Readonly<Record<string, number>> | undefined): SafeHtml {
  const entries = Object.entries(parts ?? {});
  if (entries.length === 0) return html``;
  return html`<table class="parts"><caption>How the number is made up</caption><tbody>${entries.map(
    ([k, v]) => html`<tr><th scope="row">${partLabel(k)}</th><td>${formatPart(v)}</td></tr>`,
  )}</tbody></table>`;
}

/**
 * A part's row label: the key in words, with the platform id that leads or ends a per-platform key
 * by its name (`linkedin_login_days` → "LinkedIn login days", `follow_back_x` → "follow back (X)").
 */
export function partLabel(key: string): string {
  const first = platforms.find((p) => key.startsWith(`${p}_`));
  if (first) return `${platformName(first)} ${humanise(key.slice(first.length + 1))}`;
  const last = platforms.find((p) => key.endsWith(`_${p}`));
  if (last) return `${humanise(key.slice(0, -last.length - 1))} (${platformName(last)})`;
  return humanise(key);
}

/** Per-platform values, never summed (CODEBOOK ground rule 4). */
export function renderByPlatform(byPlatform: Readonly<Partial<Record<Platform, number>>> | undefined, unit: Unit): SafeHtml {
  const entries = platforms.filter((p) => byPlatform?.[p] !== undefined).map((p) => [p, byPlatform?.[p] ?? 0] as const);
  if (entries.length === 0) return html``;
  return html`<p class="by-platform"><span class="label">By platform (not added together):</span> ${entries.map(
    ([p, v], i) => html`${i > 0 ? ', ' : ''}${platformName(p)} ${formatValue(v, unit)}`,
  )}</p>`;
}

/** Items as a table with the union of their keys as columns; values are text, never links. */
export function renderItems(all: ReadonlyArray<Readonly<Record<string, string | number>>> | undefined): SafeHtml {
  if (!all || all.length === 0) return html``;
  // Items carrying the user's own text with matched phrases are shown as marked text, not table rows.
  const highlights = all.filter(isHighlightItem);
  const items = all.filter((it) => !isHighlightItem(it));
  if (items.length === 0) return renderHighlights(highlights, maxItems);
  const shown = items.slice(0, maxItems);
  const columns: string[] = [];
  for (const it of shown) for (const k of Object.keys(it)) if (!columns.includes(k)) columns.push(k);
  const rest = items.length - shown.length;
  return html`<div class="table-wrap" role="region" aria-label="List" tabindex="0"><table class="items"><thead><tr>${columns.map((c) => html`<th scope="col">${humanise(c)}</th>`)}</tr></thead>
<tbody>${shown.map((it) => html`<tr>${columns.map((c) => {
    const v = it[c];
    return html`<td>${typeof v === 'number' ? formatPart(v) : (v ?? '')}</td>`;
  })}</tr>`)}</tbody></table></div>${rest > 0 ? html`<p class="more">and ${rest} more not listed here.</p>` : ''}${renderHighlights(highlights, maxItems)}`;
}

/** Notes about this user's data (e.g. scaling). */
export function renderNotes(notes: readonly string[] | undefined): SafeHtml {
  if (!notes || notes.length === 0) return html``;
  return html`<ul class="notes">${notes.map((n) => html`<li>${n}</li>`)}</ul>`;
}
