/**
 * Reference figures, labelled by CODEBOOK §0.1 evidence. [U] is never shown; [S] is attributed as
 * "reported by"; [D] is labelled a design choice, not a finding.
 */
import type { Reference } from '../../measures/measure.ts';
import { html, type SafeHtml } from '../html.ts';

/** References a user may see: everything except unverified [U] ones. */
export function visibleReferences(refs: readonly Reference[]): readonly Reference[] {
  return refs.filter((r) => r.evidence !== 'U');
}

function renderReference(r: Reference): SafeHtml {
  switch (r.evidence) {
    case 'V':
      return html`<li>${r.claim} <span class="source">— ${r.source}</span></li>`;
    case 'S':
      return html`<li>${r.claim} <span class="source">— reported by ${r.source}</span></li>`;
    case 'D':
      return html`<li><span class="tag">Design choice</span> ${r.claim}${r.source ? html` <span class="source">— ${r.source}</span>` : ''}</li>`;
    case 'U':
      return html``;
  }
}

/** The "for context" list; empty when nothing is shown. */
export function renderReferences(refs: readonly Reference[]): SafeHtml {
  const shown = visibleReferences(refs);
  if (shown.length === 0) return html``;
  return html`<div class="references"><p class="label">For context, not a norm</p><ul>${shown.map(renderReference)}</ul></div>`;
}
