/** "At a glance": the five tensions, each as its two sides with the indicators between them, and one sentence each. */
import { html, safeSvg, type SafeHtml } from '../html.ts';
import type { TensionGroup } from '../order.ts';
import { pictureAlt, tensionPicture } from '../overview/picture.ts';
import { tensionSentence } from '../overview/sentence.ts';

function renderOne(g: TensionGroup): SafeHtml {
  const svg = safeSvg(tensionPicture(g));
  const id = g.tension.id;
  return html`<article class="overview-tension" aria-labelledby="overview-${id}-title">
<h3 id="overview-${id}-title"><a href="#tension-${id}">${g.tension.title}</a></h3>
<p class="overview-sentence">${tensionSentence(g)}</p>
<figure class="overview-figure" role="img" aria-label="${pictureAlt(g)}">${svg ?? html`<p class="chart-missing">Picture not drawn.</p>`}</figure>
</article>`;
}

/** Renders `<section id="overview">`. */
export function renderOverview(groups: readonly TensionGroup[]): SafeHtml {
  return html`<section class="overview" id="overview" aria-labelledby="overview-title">
<h2 id="overview-title">At a glance</h2>
<p class="lede">Each tension has two sides. Your indicators sit on their own side, with their value or the reason there is none. Nothing here is added up: the two sides are not weighed against each other, and a longer grey gauge (a share out of 100%) is not a better one.</p>
<div class="overview-grid">
${groups.map(renderOne)}
</div>
</section>`;
}
