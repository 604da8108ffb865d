/**
 * Golden file: the report of the `connector` persona (seed 1, UTC) compared byte for byte with the
 * committed test/golden/connector-report.html, after normalising what legitimately varies (the version
 * string). On a difference the new report is written beside it as connector-report-changed.html
 * (git-ignored) so the two can be compared in a browser or with diff.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createMemoryArchive } from '../../src/archive/memory.ts';
import { importers } from '../../src/importers/index.ts';
import { runAudit } from '../../src/pipeline/audit.ts';
import { renderReportHtml } from '../../src/report/index.ts';
import { generateSample } from '../../src/sample/generate.ts';
import { version } from '../../src/version.ts';

const golden = fileURLToPath(new URL('./connector-report.html', import.meta.url));
const changed = fileURLToPath(new URL('./connector-report-changed.html', import.meta.url));

/** Removes what may differ between runs that render the same thing: the version string. */
export function normaliseReport(html: string, v: string = version): string {
  return html.split(`flipside ${v}`).join('flipside VERSION');
}

async function connectorReport(): Promise<string> {
  const sample = generateSample({ persona: 'connector', seed: 1, scale: 1 });
  const { result } = await runAudit({ archives: [createMemoryArchive(sample.archiveName, sample.files)], registry: importers, options: { timeZone: 'UTC' } });
  return normaliseReport(await renderReportHtml(result));
}

describe('golden report: connector, seed 1, UTC', () => {
  it('normalises the version string only', () => {
    expect(normaliseReport('<meta name="generator" content="flipside 9.9.9"> made by flipside 9.9.9.', '9.9.9')).toBe('<meta name="generator" content="flipside VERSION"> made by flipside VERSION.');
  });

  it('matches test/golden/connector-report.html', async () => {
    const html = await connectorReport();
    if (process.env['UPDATE_GOLDEN'] === '1') {
      writeFileSync(golden, html, 'utf8');
      rmSync(changed, { force: true });
    }
    if (!existsSync(golden)) {
      writeFileSync(changed, html, 'utf8');
      expect.fail('There is no test/golden/connector-report.html yet; review test/golden/connector-report-changed.html and create it with: UPDATE_GOLDEN=1 npx vitest run test/golden');
    }
    const expected = readFileSync(golden, 'utf8');
    expect(Buffer.byteLength(expected)).toBeLessThan(1024 * 1024);
    if (html !== expected) {
      writeFileSync(changed, html, 'utf8');
      const at = [...html].findIndex((c, i) => c !== expected[i]);
      expect.fail(
        `The connector report differs from test/golden/connector-report.html (first difference near character ${at}: ` +
          `${JSON.stringify(html.slice(Math.max(0, at - 40), at + 40))}). The new report is at test/golden/connector-report-changed.html. ` +
          'If the change is intended, accept it with: UPDATE_GOLDEN=1 npx vitest run test/golden',
      );
    }
    rmSync(changed, { force: true });
  });
});
