import { describe, expect, it } from 'vitest';
import { tensions } from '../measures/tensions.ts';
import { emptyResult, fixtureResult, hostile, hostileStyle, unverifiedMarker } from './fixtures.ts';
import { escapeHtml } from './html.ts';
import { renderReportHtml } from './render.ts';

const page = await renderReportHtml(fixtureResult);
const empty = await renderReportHtml(emptyResult);

/** The markup of one indicator card. */
function card(html: string, id: string): string {
  const start = html.indexOf(`<article class="indicator`, html.indexOf(`id="${id}"`) - 80);
  const end = html.indexOf('</article>', start);
  expect(start).toBeGreaterThanOrEqual(0);
  return html.slice(start, end);
}

function text(fragment: string): string {
  return fragment.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
}

describe('renderReportHtml: the document', () => {
  it('is one self-contained HTML file with a strict CSP and no script', () => {
    expect(page.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:; base-uri &#39;none&#39;; form-action &#39;none&#39;">`);
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/<link(?![^>]*href="data:)/);
    expect(page).not.toMatch(/\s(src|href)="(?!#|data:)/);
    expect(page).not.toMatch(/@import|url\((?!#)/);
  });

  it('has light, dark and print styles, with page breaks between tensions', () => {
    expect(page).toContain('@media (prefers-color-scheme:dark)');
    expect(page).toContain('@media print');
    expect(page).toMatch(/\.tension,[^{]*\{break-before:page/);
  });

  it('is pure: the same input renders the same bytes', async () => {
    expect(await renderReportHtml(fixtureResult)).toBe(page);
  });

  it('gives every SVG id a page-unique, stable name', () => {
    const ids = [...page.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(page).toContain('url(#late_night_activity_share-chart-0-');
  });
});

describe('renderReportHtml: structure', () => {
  it('has the five tension sections in order, each with its title and the essay line', () => {
    const ids = [...page.matchAll(/<section class="tension" id="tension-([a-z-]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(tensions.map((t) => t.id));
    for (const t of tensions) {
      expect(page).toContain(`<h2 id="tension-${t.id}-title">${escapeHtml(t.title)}</h2>`);
      expect(page).toContain(escapeHtml(t.essay));
    }
  });

  it('keeps the five sections even with no findings at all', () => {
    expect([...empty.matchAll(/<section class="tension"/g)]).toHaveLength(5);
    expect(empty).toContain('No indicator for this side was computed from these exports.');
    expect(empty).toContain('Nothing to report: every file read cleanly.');
    expect(empty).toContain('No indicator was computed for this tension');
  });

  it('uses one h1, then h2 for sections and h3 for indicators, never skipping a level', () => {
    const levels = [...page.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect((levels[i] ?? 0) - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1);
    expect(card(page, 'reach_network_size')).toContain('<h3 id="reach_network_size-title">');
  });

  it('has a table of contents linking every section', () => {
    for (const t of tensions) expect(page).toContain(`<a href="#tension-${t.id}">`);
    expect(page).toContain('<a href="#data-quality">');
    expect(page).toContain('<a href="#limits">');
  });

  it('pairs the two sides of each tension in their own groups', () => {
    expect(page).toContain('<div class="side side-first" role="group" aria-label="Reach">');
    expect(page).toContain('<div class="side side-second" role="group" aria-label="Depth">');
  });

  it('shows the header facts: archives read, export date in the time zone, the framing', () => {
    expect(page).toContain('Basic_LinkedInDataExport_03-01-2026.zip');
    expect(page).toContain('1 March 2026 at 09:30');
    expect(page).toContain('Europe/London');
    expect(page).toContain('It is a mirror, not a score');
  });
});

describe('renderReportHtml: overview and reading comfort', () => {
  const overview = page.slice(page.indexOf('<section class="overview"'), page.indexOf('<section class="tension"'));

  it('opens with the overview: one picture and one sentence per tension, before the first tension', () => {
    expect(page.indexOf('<section class="overview" id="overview"')).toBeGreaterThan(page.indexOf('<nav class="toc"'));
    for (const t of tensions) expect(overview).toContain(`<h3 id="overview-${t.id}-title"><a href="#tension-${t.id}">${escapeHtml(t.title)}</a></h3>`);
    expect([...overview.matchAll(/<p class="overview-sentence">/g)]).toHaveLength(5);
    expect([...overview.matchAll(/<figure class="overview-figure" role="img" aria-label="/g)]).toHaveLength(5);
    expect(overview).toContain('aria-label="Reach vs Depth. Reach side: How many accounts you are connected to, 1,234;');
    expect(overview).toContain('Neither side can be read from these exports: the creativity side is not available from these exports, and the conformation side has too little data in this export to measure.');
    expect(page).toContain('<li><a href="#overview">At a glance</a></li>');
  });

  it('says what the overview in an empty report cannot show', () => {
    expect([...empty.matchAll(/No indicator for this tension was computed from these exports, so this report says nothing about it\./g)]).toHaveLength(5);
  });

  it('has a skip link to the main content, a visible focus style and the language set', () => {
    expect(page).toMatch(/<body>\s*<a class="skip-link" href="#main">Skip to the report<\/a>/);
    expect(page).toContain('<main id="main" tabindex="-1">');
    expect(page).toContain('.skip-link:focus{top:.5rem}');
    expect(page).toMatch(/a:focus-visible[^{]*\{outline:3px solid/);
    expect(page).toContain('<html lang="en">');
  });

  it('prints on A4 or Letter: no page size forced, the sides stacked, the skip link hidden', () => {
    const print = page.slice(page.indexOf('@media print'));
    expect(print).not.toMatch(/@page\{[^}]*size/);
    expect(print).toContain('.sides{display:block}');
    expect(print).toContain('.skip-link{display:none}');
  });
});

describe('renderReportHtml: indicators', () => {
  it('formats values by unit, with the caveat beside the number', () => {
    const reach = card(page, 'reach_network_size');
    expect(reach).toMatch(/<span class="number">1,234<\/span><\/p>\s*<p class="caveat">/);
    expect(reach).toContain('how many of these are relationships');
    expect(card(page, 'employer_concentration')).toContain('<span class="number">23%</span> <span class="display">289 of 1,234 at the top five employers</span>');
    expect(card(page, 'consumption_to_creation_ratio')).toContain('<span class="number">7.46</span>');
    expect(card(page, 'late_night_activity_share')).toContain('<span class="number">6.1%</span>');
    expect(card(page, 'recommendations_received')).toContain('<span class="number">0</span>');
  });

  it('says "not available from these exports" and shows no number for a not-available measure', () => {
    const c = card(page, 'lexical_diversity_mtld');
    expect(c).toContain('<span class="status">not available from these exports</span>');
    expect(c).not.toContain('class="number"');
    expect(text(c.slice(c.indexOf('</h3>'), c.indexOf('class="definition"')))).not.toMatch(/\d/);
  });

  it('says "not enough data in this export" with have and need for an insufficient measure', () => {
    const c = card(page, 'buzzword_density');
    expect(c).toContain('<span class="status">not enough data in this export</span> <span class="display">(40 of the 100 needed)</span>');
    expect(c).not.toContain('class="number"');
    expect(c).toContain('<p class="reason">40 words, needs at least 100.</p>');
  });

  it('never shows [U] references; shows [S] as "reported by", [V] with its source and [D] as a design choice', () => {
    expect(page).not.toContain(unverifiedMarker);
    expect(page).not.toContain('Memory (n.d.)');
    expect(page).toContain('Job seekers in one survey averaged 99 LinkedIn connections. <span class="source">— reported by Garg &amp; Telang (2018)</span>');
    expect(page).toContain('<span class="source">— Burke, Marlow &amp; Lento (2010)</span>');
    expect(page).toContain('<span class="tag">Design choice</span> A year is used');
    // buzzword_density has only a [U] reference: no empty "for context" block.
    expect(card(page, 'buzzword_density')).not.toContain('class="references"');
  });

  it('shows the definition, window, question, parts, per-platform values, notes and items', () => {
    const depth = card(page, 'depth_reciprocal_ties_12m');
    expect(depth).toContain('Computed for depth_reciprocal_ties_12m from the export files.');
    expect(depth).toContain('Window: 365 days before the export date.');
    expect(depth).toContain('<tr><th scope="row">one way</th><td>42</td></tr>');
    expect(depth).toContain('<p class="question">');
    expect(card(page, 'reach_network_size')).toContain('LinkedIn 1,234');
    expect(card(page, 'network_mobilisation')).toContain('<li>Rates scaled per 30 days: the messages cover 140 days.</li>');
    expect(card(page, 'dormant_tie_pool')).toContain('<td>Avery Quinlan</td><td>2021-04-02</td><td>37</td>');
  });

  it('draws every chart as an inline SVG figure with its text alternative', () => {
    expect([...page.matchAll(/<figure class="chart" role="img" aria-label="/g)]).toHaveLength(5);
    // Five charts, plus the overview's five pictures (one per tension).
    expect([...page.matchAll(/<svg /g)]).toHaveLength(10);
    expect([...page.matchAll(/<svg [^>]*class="overview-picture"/g)]).toHaveLength(5);
    expect(page).toContain('Actions per weekday and hour; most activity falls on weekdays');
  });

  it('renders planted hostile text only as escaped text', () => {
    expect(page).not.toContain(hostile);
    expect(page).not.toContain('<img');
    // Never an attribute inside a tag; as text (a chart label now long enough to hold it), a quote is harmless.
    expect(page).not.toMatch(/<[^>]*\sonerror=/i);
    expect(page).not.toMatch(/<[^>]*\sonload=/i);
    expect(page).toContain(escapeHtml(hostile));
    expect(page).toContain(escapeHtml(hostileStyle));
    expect(page.match(/<\/style>/g)).toHaveLength(1);
  });

  it('has no composite score anywhere', () => {
    expect(page).not.toMatch(/composite|career score|your score|total score|grade:/i);
    expect(page).not.toMatch(/class="[^"]*score/);
  });
});

describe('renderReportHtml: data quality and limits', () => {
  const dq = page.slice(page.indexOf('<section class="data-quality"'), page.indexOf('<section class="limits"'));

  it('lists archives and files with their counts', () => {
    expect(dq).toContain('<td class="path">Connections.csv</td><td>connections</td><td class="num">1,234</td><td class="num">2</td><td>2024 (7 columns)</td><td>utf-8</td>');
    expect(dq).toContain('not recognised');
  });

  it('groups diagnostics by code with total counts and the first examples with file and row', () => {
    expect(dq).toContain('<strong>row could not be read: …; it was skipped</strong> <span class="count">× 57</span> <code>csv.malformed-row</code>');
    expect(dq).toContain('Connections.csv, row 230: row could not be read: unterminated quote; it was skipped');
    expect(dq).toContain('the archive: reactions carry no timestamps');
    expect(dq.indexOf('csv.malformed-row')).toBeLessThan(dq.indexOf('csv.preamble'));
  });

  it('builds "what this report cannot show" per tension from the caveats', () => {
    const limits = page.slice(page.indexOf('<section class="limits"'));
    for (const t of tensions) expect(limits).toContain(`<h3>${escapeHtml(t.title)}</h3>`);
    expect(limits).toContain('How many of these are relationships.');
    expect(limits).toContain('Not available from these exports: Range of vocabulary in your own posts.');
  });
});
