/** The data-quality section: archives, per-file counts, and diagnostics grouped by code. */
import type { Diagnostic, Severity } from '../../diagnostics/diagnostic.ts';
import { messageFor, type MessageCode } from '../../diagnostics/messages.ts';
import type { AuditResult } from '../../pipeline/types.ts';
import { formatPart, platformName } from '../format.ts';
import { html, type SafeHtml } from '../html.ts';

/** How many examples of one code are listed; the count covers the rest. */
export const examplesPerCode = 3;

const severityRank: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

export interface DiagnosticGroup {
  readonly code: MessageCode;
  readonly severity: Severity;
  readonly count: number;
  readonly examples: readonly Diagnostic[];
}

/** Groups by code: most severe first, then most frequent, then code; counts include repeats not kept individually. */
export function groupDiagnostics(r: Pick<AuditResult, 'diagnostics' | 'diagnosticCounts'>): readonly DiagnosticGroup[] {
  const codes = new Set<MessageCode>([...r.diagnostics.map((d) => d.code), ...(Object.keys(r.diagnosticCounts) as MessageCode[])]);
  const groups = [...codes].map((code) => {
    const kept = r.diagnostics.filter((d) => d.code === code);
    const severity = kept.reduce<Severity>((s, d) => (severityRank[d.severity] < severityRank[s] ? d.severity : s), 'info');
    return { code, severity, count: Math.max(r.diagnosticCounts[code] ?? 0, kept.length), examples: kept.slice(0, examplesPerCode) };
  });
  return groups.sort((a, b) => severityRank[a.severity] - severityRank[b.severity] || b.count - a.count || (a.code < b.code ? -1 : 1));
}

function safeMessage(d: Pick<Diagnostic, 'code' | 'params'>): { message: string; hint?: string } {
  try {
    return messageFor(d.code, d.params ?? {});
  } catch {
    // An unknown code (a newer importer than this renderer) still shows, as its code.
    return { message: d.code };
  }
}

/** The code's sentence with its placeholders shown as "…": one headline for many rows with different details. */
export function codeHeadline(code: MessageCode): { message: string; hint?: string } {
  const t = safeMessage({ code });
  const blank = (s: string) => s.replace(/\{\w+\}/g, '…');
  return t.hint !== undefined ? { message: blank(t.message), hint: blank(t.hint) } : { message: blank(t.message) };
}

function renderGroup(g: DiagnosticGroup): SafeHtml {
  const summary = codeHeadline(g.code);
  return html`<li class="diag diag-${g.severity}"><p><span class="severity">${g.severity}</span> <strong>${summary.message}</strong> <span class="count">× ${formatPart(g.count)}</span> <code>${g.code}</code></p>
${summary.hint ? html`<p class="hint">${summary.hint}</p>` : ''}
${g.examples.length > 0 ? html`<ul class="examples">${g.examples.map((d) => html`<li>${d.file ?? 'the archive'}${d.row !== undefined ? html`, row ${d.row}` : ''}: ${safeMessage(d).message}</li>`)}</ul>` : ''}
</li>`;
}

/** Renders `<section id="data-quality">`. */
export function renderDataQuality(r: AuditResult): SafeHtml {
  const groups = groupDiagnostics(r);
  return html`<section class="data-quality" id="data-quality" aria-labelledby="data-quality-title">
<h2 id="data-quality-title">What was read, and what went wrong</h2>
<h3>Archives</h3>
${r.archives.length > 0 ? html`<div class="table-wrap" role="region" aria-label="Archives" tabindex="0"><table><thead><tr><th scope="col">Archive</th><th scope="col">Recognised as</th><th scope="col">Confidence</th></tr></thead>
<tbody>${r.archives.map((a) => html`<tr><td class="path">${a.name}</td><td>${a.platform ? platformName(a.platform) : 'not recognised'}</td><td>${Math.round(a.confidence * 100)}%</td></tr>`)}</tbody></table></div>` : html`<p>No archives were given.</p>`}
<h3>Files</h3>
${r.files.length > 0 ? html`<div class="table-wrap" role="region" aria-label="Files" tabindex="0"><table class="files"><thead><tr><th scope="col">File</th><th scope="col">Holds</th><th scope="col">Records</th><th scope="col">Skipped</th><th scope="col">Variant</th><th scope="col">Encoding</th></tr></thead>
<tbody>${r.files.map((f) => html`<tr><td class="path">${f.file}</td><td>${f.kind}</td><td class="num">${formatPart(f.records)}</td><td class="num">${formatPart(f.skipped)}</td><td>${f.variant ?? ''}</td><td>${f.encoding ?? ''}</td></tr>`)}</tbody></table></div>` : html`<p>No files were read.</p>`}
<h3>Problems and notes</h3>
${groups.length > 0 ? html`<ul class="diagnostics">${groups.map(renderGroup)}</ul>` : html`<p>Nothing to report: every file read cleanly.</p>`}
</section>`;
}
