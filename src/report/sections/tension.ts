/** One tension: its title, the essay's line, and its two sides side by side. */
import { capitalise } from '../format.ts';
import { html, type SafeHtml } from '../html.ts';
import type { SideGroup, TensionGroup } from '../order.ts';
import { renderIndicator } from './indicator.ts';
import { drawInThread, type SvgSource } from '../charts/figure.ts';

async function renderSide(group: SideGroup, position: 'first' | 'second', draw: SvgSource): Promise<SafeHtml> {
  const cards = await Promise.all(group.findings.map((f) => renderIndicator(f, draw)));
  const name = capitalise(group.side);
  return html`<div class="side side-${position}" role="group" aria-label="${name}">
<p class="side-name">${name}</p>
${cards.length > 0 ? cards : html`<p class="empty">No indicator for this side was computed from these exports.</p>`}
</div>`;
}

/** Renders `<section id="tension-<id>">`. */
export async function renderTension(g: TensionGroup, draw: SvgSource = drawInThread): Promise<SafeHtml> {
  const [a, b] = g.sides;
  const [first, second] = await Promise.all([renderSide(a, 'first', draw), renderSide(b, 'second', draw)]);
  return html`<section class="tension" id="tension-${g.tension.id}" aria-labelledby="tension-${g.tension.id}-title">
<h2 id="tension-${g.tension.id}-title">${g.tension.title}</h2>
<p class="essay">${g.tension.essay}</p>
<div class="sides">
${first}
<div class="versus" aria-hidden="true">versus</div>
${second}
</div>
</section>`;
}
