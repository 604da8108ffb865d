/** "What this report cannot show": per tension, the caveats of its indicators and what was not available. */
import { html, type SafeHtml } from '../html.ts';
import type { TensionGroup } from '../order.ts';

function sentence(s: string): string {
  const t = s.trim();
  if (t.length === 0) return t;
  const capital = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?…]$/.test(capital) ? capital : `${capital}.`;
}

/** Renders `<section id="limits">`. */
export function renderLimits(groups: readonly TensionGroup[]): SafeHtml {
  return html`<section class="limits" id="limits" aria-labelledby="limits-title">
<h2 id="limits-title">What this report cannot show</h2>
<p>Exports record what you did far more than what others did to or for you, so the other side of most relationships is missing. Reference figures come from other people, years and platforms: they give context, and none of them is a healthy level.</p>
${groups.map((g) => {
    const findings = g.sides.flatMap((s) => s.findings);
    const caveats = [...new Set(findings.map((f) => sentence(f.meta.caveat)).filter((c) => c.length > 0))];
    const missing = findings.filter((f) => f.result.status === 'not-available').map((f) => f.meta.title);
    return html`<h3>${g.tension.title}</h3>
<p class="unrecorded"><strong>No export records:</strong> ${g.tension.unrecorded}</p>
<p>${caveats.length > 0 ? caveats.join(' ') : 'No indicator was computed for this tension, so this export says nothing about it.'}${missing.length > 0 ? html` <span class="missing-list">Not available from these exports: ${missing.join('; ')}.</span>` : ''}</p>`;
  })}
</section>`;
}
