/** Table of contents: the five tensions with their two sides, then the closing sections. */
import { html, type SafeHtml } from '../html.ts';
import type { TensionGroup } from '../order.ts';
import { capitalise } from '../format.ts';

/** Renders the contents `<nav>`. */
export function renderToc(groups: readonly TensionGroup[]): SafeHtml {
  return html`<nav class="toc" aria-labelledby="toc-title">
<h2 id="toc-title">Contents</h2>
<ol>${groups.map(
    (g) => html`<li><a href="#tension-${g.tension.id}">${g.tension.title}</a> <span class="toc-sides">${capitalise(g.sides[0].side)} · ${capitalise(g.sides[1].side)}</span></li>`,
  )}
<li><a href="#data-quality">What was read, and what went wrong</a></li>
<li><a href="#limits">What this report cannot show</a></li>
</ol>
</nav>`;
}
