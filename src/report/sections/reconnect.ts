/** "People worth a message": the reconnect list, with when and where the last real exchange was. */
import { html, type SafeHtml } from '../html.ts';
import type { ReconnectItem } from '../../pipeline/types.ts';

/** Renders `<section id="reconnect">`, or a short note when no once-real tie has gone quiet. */
export function renderReconnect(items: readonly ReconnectItem[] | undefined): SafeHtml {
  if (items === undefined) return html``;
  return html`<section class="extra" id="reconnect" aria-labelledby="reconnect-title">
<h2 id="reconnect-title">People worth a message</h2>
<p class="lede">Once-real ties that went quiet, strongest first: people you exchanged messages with, who answered, and whom you have not written to for a year (lapsed) or three (dormant). Reconnected dormant ties can bring both fresh information and old trust (Levin, Walter &amp; Murnighan 2011).</p>
${
  items.length === 0
    ? html`<p>No once-real tie has gone quiet in these exports.</p>`
    : html`<div class="table-wrap" tabindex="0"><table>
<thead><tr><th scope="col">Who</th><th scope="col">Last real exchange</th><th scope="col">Where</th><th scope="col">Messages</th><th scope="col">Then</th><th scope="col">Now at</th></tr></thead>
<tbody>${items.map(
        (i) => html`<tr><td>${i.name}</td><td>${i.lastExchange}</td><td>${i.where}</td><td class="num">${i.messages}</td><td>${i.layer === 'dormant' ? 'dormant (3+ years)' : 'lapsed (1–3 years)'}, strength ${i.pastStrength.toFixed(2)}</td><td>${[i.role, i.organisation].filter(Boolean).join(', ') || '–'}</td></tr>`,
      )}</tbody></table></div>
<p class="question-inline"><em>Who on this list knows something about your field that you don't, and what would a two-line message to them say?</em></p>`
}
</section>`;
}
