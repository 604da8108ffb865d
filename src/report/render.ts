/** The self-contained HTML report: one file, inline CSS and SVG, no script, a CSP that forbids every fetch. */
import type { AuditResult } from '../pipeline/types.ts';
import { html } from './html.ts';
import { groupFindings } from './order.ts';
import { renderDataQuality } from './sections/data-quality.ts';
import { renderHeader } from './sections/header.ts';
import { renderLimits } from './sections/limits.ts';
import { renderOverview } from './sections/overview.ts';
import { renderTension } from './sections/tension.ts';
import { renderToc } from './sections/toc.ts';
import { renderAims } from './sections/aims.ts';
import { renderBoundaries } from './sections/boundaries.ts';
import { renderIdentity } from './sections/identity.ts';
import { renderReconnect } from './sections/reconnect.ts';
import { reportCss } from './styles.ts';
import { drawInThread, type SvgSource } from './charts/figure.ts';

/** How the report is drawn; by default every chart is drawn in this thread. */
export interface RenderOptions {
  /** Where the charts' SVG comes from (the CLI passes a worker thread's). */
  readonly draw?: SvgSource;
}

/** The Content-Security-Policy of the report: inline styles and data: images only; no script, no network. */
export const reportCsp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** Renders the whole report. Pure: the same AuditResult always gives the same string. */
export async function renderReportHtml(result: AuditResult, options: RenderOptions = {}): Promise<string> {
  const groups = groupFindings(result.findings);
  const draw = options.draw ?? drawInThread;
  const tensions = await Promise.all(groups.map((g) => renderTension(g, draw)));
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${reportCsp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="flipside ${result.version}">
<title>flipside: five tensions in your career traces</title>
<link rel="icon" href="data:,">
<style>${reportCss}</style>
</head>
<body>
<a class="skip-link" href="#main">Skip to the report</a>
<div class="page">
${renderHeader(result)}
${renderToc(groups, result)}
<main id="main" tabindex="-1">
${renderOverview(groups)}
${tensions}
${renderReconnect(result.reconnect)}
${renderAims(result.aims)}
${renderBoundaries(result.boundaries)}
${renderIdentity(result.identity)}
${renderDataQuality(result)}
${renderLimits(groups)}
</main>
<footer><p>Made by flipside ${result.version} on your own computer; nothing was uploaded. Keep this file private: it may name people you know.</p></footer>
</div>
</body>
</html>
`;
  return page.value;
}
