/** Table of contents: the five tensions with their two sides, then the closing sections. */
import { html, type SafeHtml } from '../html.ts';
import type { TensionGroup } from '../order.ts';
import { capitalise } from '../format.ts';
import type { AuditResult } from '../../pipeline/types.ts';

/** Renders the contents `<nav>`. */
export function renderToc(groups: readonly TensionGroup[], result?: Pick<AuditResult, 'reconnect' | 'aims' | 'boundaries' | 'identity'>): SafeHtml {
  return html`<nav class="toc" aria-labelledby="toc-title">
<h2 id="toc-title">Contents</h2>
<ol>
<li><a href="#overview">At a glance</a></li>
${groups.map(
    (g) => html`<li><a href="#tension-${g.tension.id}">${g.tension.title}</a> <span class="toc-sides">${capitalise(g.sides[0].side)} · ${capitalise(g.sides[1].side)}</span></li>`,
  )}
${result?.reconnect !== undefined ? html`<li><a href="#reconnect">People worth a message</a></li>` : ''}
${result !== undefined ? html`<li><a href="#aims">Your aims</a></li>` : ''}
${result?.boundaries !== undefined ? html`<li><a href="#boundaries">Boundaries and confidentiality</a></li>` : ''}
${result?.identity !== undefined ? html`<li><a href="#identity">Same people across platforms</a></li>` : ''}
<li><a href="#data-quality">What was read, and what went wrong</a></li>
<li><a href="#limits">What this report cannot show</a></li>
</ol>
</nav>`;
}
