/**
 * CODEBOOK §0.1: a reference labelled [U] (unverified) must never reach a user. For every persona,
 * no [U] claim appears in the HTML or JSON report, while [V] and [S] ones do.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryArchive } from '../../src/archive/memory.ts';
import { importers } from '../../src/importers/index.ts';
import { measures } from '../../src/measures/index.ts';
import { runAudit } from '../../src/pipeline/audit.ts';
import { renderReportHtml, renderReportJson } from '../../src/report/index.ts';
import { generateSample, personaNames } from '../../src/sample/generate.ts';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const unverified = measures.flatMap((m) => m.meta.references.filter((r) => r.evidence === 'U').map((r) => r.claim));
const shown = measures.flatMap((m) => m.meta.references.filter((r) => r.evidence === 'V' || r.evidence === 'S').map((r) => r.claim));

describe('no unverified reference reaches the report', () => {
  it('the codebook metadata does hold [U] references to check against', () => {
    expect(unverified.length).toBeGreaterThan(0);
  });

  it.each(personaNames)('%s: no [U] claim in the HTML or JSON, and the verified ones are there', async (persona) => {
    const sample = generateSample({ persona, seed: 1, scale: 1 });
    const { result } = await runAudit({ archives: [createMemoryArchive(sample.archiveName, sample.files)], registry: importers, options: { timeZone: 'UTC' } });
    const html = await renderReportHtml(result);
    const json = JSON.stringify(renderReportJson(result));
    for (const claim of unverified) {
      expect(html.includes(escapeHtml(claim)) || html.includes(claim)).toBe(false);
      expect(json.includes(claim)).toBe(false);
    }
    expect(shown.some((claim) => html.includes(escapeHtml(claim)))).toBe(true);
  });
});
