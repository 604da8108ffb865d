/** "Your aims": per stated aim, the ties at its targets and the conversations that touched it; without aims, how to state them. */
import { html, type SafeHtml } from '../html.ts';
import type { AimFinding } from '../../pipeline/types.ts';
import { plural } from '../../plural.ts';

const EXAMPLE = `aims:
  - name: Move into UX research
    organisations: [Brightloom Labs]
    roles: [UX Researcher]
    topics: [usability testing]
    keywords: [user research]`;

/** Renders `<section id="aims">`. */
export function renderAims(aims: readonly AimFinding[] | undefined): SafeHtml {
  if (aims === undefined || aims.length === 0) {
    return html`<section class="extra" id="aims" aria-labelledby="aims-title">
<h2 id="aims-title">Your aims</h2>
<p class="lede">What do you want social media to do for your career? "Use it to advance my career" is too vague to check. Write down a few specific aims, with the organisations, roles and topics that would mark an interaction as serving them, and run the audit again with <code>--aims aims.yaml</code>: each aim then gets the people you know there, ranked by how strong the tie is, and the conversations that touched it.</p>
<pre class="example">${EXAMPLE}</pre>
</section>`;
  }
  return html`<section class="extra" id="aims" aria-labelledby="aims-title">
<h2 id="aims-title">Your aims</h2>
${aims.map(
    (a) => html`<article class="aim">
<h3>${a.name}</h3>
<p class="targets">${[...a.targets.organisations, ...a.targets.roles, ...a.targets.keywords].join(' · ')}</p>
<p>${plural(a.conversations.threads, 'conversation')} (${plural(a.conversations.messages, 'message')}) touched this aim${a.conversations.last ? html`, the latest on ${a.conversations.last}` : ''}; ${plural(a.jobApplications, 'job application')}; ${plural(a.opportunityMessages, 'opportunity message')} in the last year.</p>
${
  a.ties.length === 0
    ? a.targets.organisations.length + a.targets.roles.length === 0
      ? html``
      : html`<p>You have no tie at these organisations or in these roles in these exports. Who could introduce you?</p>`
    : html`<div class="table-wrap" tabindex="0"><table><caption>People you know there, strongest tie first</caption>
<thead><tr><th scope="col">Who</th><th scope="col">Where they work</th><th scope="col">Tie strength</th></tr></thead>
<tbody>${a.ties.map((t) => html`<tr><td>${t.name}</td><td>${[t.role, t.organisation].filter(Boolean).join(', ') || '–'}</td><td>${t.strength.toFixed(2)} (${t.band})</td></tr>`)}</tbody></table></div>`
}
</article>`,
  )}
<p class="note">Tie strength is an estimate from message traces (weights are priors, CODEBOOK §4), not a measure of how well you know someone.</p>
</section>`;
}
