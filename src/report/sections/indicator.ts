/** One indicator card: title, value with its caveat beside it, definition, context, question, details, charts. */
import type { Finding } from '../../measures/measure.ts';
import { chartKey, drawInThread, renderChart, type SvgSource } from '../charts/figure.ts';
import { formatValue, insufficientText, notAvailableText } from '../format.ts';
import { html, type SafeHtml } from '../html.ts';
import { renderByPlatform, renderItems, renderNotes, renderParts } from './details.ts';
import { renderReferences } from './references.ts';

function renderValue(f: Finding): SafeHtml {
  const r = f.result;
  switch (r.status) {
    case 'ok':
      return html`<p class="value"><span class="number">${formatValue(r.value, f.meta.unit)}</span>${r.display ? html` <span class="display">${r.display}</span>` : ''}</p>`;
    case 'insufficient':
      return html`<p class="value missing"><span class="status">${insufficientText}</span> <span class="display">(${r.have} of the ${r.need} needed)</span></p>`;
    case 'not-available':
      return html`<p class="value missing"><span class="status">${notAvailableText}</span></p>`;
  }
}

/** The measure's own reason, minus the sentence the headline already says ("needs posts", "40 words, needs at least 100"). */
export function reasonDetail(reason: string, headline: string): string {
  const rest = reason.startsWith(headline) ? reason.slice(headline.length) : reason;
  const t = rest.replace(/^[\s:;,(—-]+|[\s)]+$/g, '');
  return t.length > 0 ? t.charAt(0).toUpperCase() + t.slice(1) : '';
}

function renderReason(reason: string, headline: string): SafeHtml {
  const detail = reasonDetail(reason, headline);
  return detail ? html`<p class="reason">${detail}${/[.!?]$/.test(detail) ? '' : '.'}</p>` : html``;
}

/** Renders the card; charts are drawn only for computed results. */
export async function renderIndicator(f: Finding, draw: SvgSource = drawInThread): Promise<SafeHtml> {
  const { meta, result } = f;
  const charts = result.status === 'ok' ? await Promise.all((result.charts ?? []).map((c, i) => renderChart(c, chartKey(meta.id, i), draw))) : [];
  return html`<article class="indicator status-${result.status}" id="${meta.id}" aria-labelledby="${meta.id}-title">
<h3 id="${meta.id}-title">${meta.title}</h3>
<div class="figure-line">
${renderValue(f)}
<p class="caveat"><span class="label">What it cannot tell you:</span> ${meta.caveat}</p>
</div>
${result.status !== 'ok' ? renderReason(result.reason, result.status === 'insufficient' ? insufficientText : notAvailableText) : ''}
<p class="definition"><span class="label">How it is counted:</span> ${meta.definition} <span class="window">Window: ${meta.window}.</span></p>
${result.status === 'ok' ? html`${renderByPlatform(result.byPlatform, meta.unit)}${renderParts(result.parts)}${renderNotes(result.notes)}${renderItems(result.items)}${charts}` : ''}
${renderReferences(meta.references)}
<p class="question"><span class="label">A question to take away</span> ${meta.question}</p>
</article>`;
}
