/** "Boundaries and confidentiality": what the user posted where more people can see it than perhaps should. */
import { html, type SafeHtml } from '../html.ts';
import type { BoundaryFinding } from '../../pipeline/types.ts';

const RULE_TITLE: Record<BoundaryFinding['rule'], string> = {
  email: 'E-mail address',
  phone: 'Phone number',
  'street-address': 'Street address',
  'private-contact-named': 'Private contact named in public',
  'job-post-audience': 'Job post beyond your network',
  'policy-word': 'Against your policy: topic',
  'policy-audience': 'Against your policy: audience',
};

/** Renders `<section id="boundaries">`. */
export function renderBoundaries(findings: readonly BoundaryFinding[] | undefined): SafeHtml {
  if (findings === undefined) return html``;
  return html`<section class="extra" id="boundaries" aria-labelledby="boundaries-title">
<h2 id="boundaries-title">Boundaries and confidentiality</h2>
<p class="lede">Things in your own posts and comments that reach more people than perhaps they should: contact details, people you know only privately, job posts shared beyond the audience an employer meant. Each is a prompt to look again, not a verdict. Add your own rules with <code>--policy policy.yaml</code>.</p>
${
  findings.length === 0
    ? html`<p>Nothing found in the posts and comments of these exports.</p>`
    : html`<div class="table-wrap" tabindex="0"><table>
<thead><tr><th scope="col">What</th><th scope="col">When</th><th scope="col">Where</th><th scope="col">Excerpt</th></tr></thead>
<tbody>${findings.map(
        (f) => html`<tr><td>${RULE_TITLE[f.rule]}<br><span class="small">${f.detail}</span></td><td>${f.date ?? 'undated'}</td><td>${f.where}</td><td class="excerpt">${f.excerpt}</td></tr>`,
      )}</tbody></table></div>`
}
</section>`;
}
