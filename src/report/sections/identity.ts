/** "Same people across platforms": merges with their reasons, and same-name near-misses left apart. */
import { html, type SafeHtml } from '../html.ts';
import type { IdentitySummary } from '../../pipeline/types.ts';
import { platformName } from '../../model/platform-name.ts';


/** Renders `<section id="identity">` when several platforms were read. */
export function renderIdentity(identity: IdentitySummary | undefined): SafeHtml {
  if (identity === undefined) return html``;
  return html`<section class="extra" id="identity" aria-labelledby="identity-title">
<h2 id="identity-title">Same people across platforms</h2>
<p class="lede">flipside treats two accounts as one person only on strong evidence, never on a name alone. Counts in this report are never added across platforms. Correct a match with <code>--identities identities.yaml</code>.</p>
${
  identity.groups.length === 0
    ? html`<p>No one was matched across platforms.</p>`
    : html`<ul class="merges">${identity.groups.map(
        (g) => html`<li>${g.people.map((p) => `${p.name} (${platformName(p.platform)})`).join(' = ')}<br><span class="small">${g.reasons.join('; ')}</span></li>`,
      )}</ul>`
}
${
  identity.nearMisses.length === 0
    ? html``
    : html`<h3>Same name, not matched</h3><ul class="near-misses">${identity.nearMisses.map(
        (n) => html`<li>${n.name}: ${n.platforms.map((p) => platformName(p)).join(' and ')}. <span class="small">${n.why}</span></li>`,
      )}</ul>`
}
</section>`;
}
