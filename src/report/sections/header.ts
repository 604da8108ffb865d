/** The page header: what this is, which archives were read, the export date and time zone, the framing. */
import type { AuditResult } from '../../pipeline/types.ts';
import { formatInstant, platformName } from '../format.ts';
import { html, type SafeHtml } from '../html.ts';

/** Renders the `<header>` with the page's only h1. */
export function renderHeader(r: AuditResult): SafeHtml {
  const read = r.archives.filter((a) => a.platform !== undefined);
  return html`<header class="page-header">
<p class="kicker">flipside · a personal report</p>
<h1>Five tensions in your career traces${r.ownerName ? html`<span class="owner">: ${r.ownerName}</span>` : ''}</h1>
<p class="lede">This report reads your own social-media data exports, on your own computer, and sets out both sides of five tensions a careers adviser asks about. It is a mirror, not a score: each side is shown next to its opposite, with what the numbers cannot tell you, and nothing is added up into a grade.</p>
<dl class="facts">
<div><dt>Archives read</dt><dd>${
    read.length > 0
      ? html`<ul>${read.map((a) => html`<li>${a.platform ? platformName(a.platform) : ''} <span class="path">${a.name}</span></li>`)}</ul>`
      : 'none could be read'
  }</dd></div>
<div><dt>Export date</dt><dd>${formatInstant(r.asOf, r.timeZone)}</dd></div>
<div><dt>Time zone</dt><dd>${r.timeZone}</dd></div>
</dl>
</header>`;
}
