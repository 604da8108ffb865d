/** `flipside audit <paths...>`: read the archives, measure, write the report. */
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve, join } from 'node:path';
import { runAudit } from '../../pipeline/audit.ts';
import { importers } from '../../importers/index.ts';
import { renderReportHtml, renderReportJson } from '../../report/index.ts';
import { openArchive } from '../../node/open-archive.ts';
import type { Archive } from '../../archive/types.ts';
import { UserError, ExitCode } from '../../diagnostics/errors.ts';
import { createProgress, info, type OutputOptions } from '../output.ts';
import { readFile } from 'node:fs/promises';
import { parseAims, type Aim } from '../../aims/aims-file.ts';
import { parseIdentityMapping } from '../../model/identity-file.ts';
import { parsePolicy, type PostingPolicy } from '../../boundaries/policy.ts';
import type { IdentityMapping } from '../../model/identity.ts';
import { findChromium, parsePaper, printReportPdf } from '../../node/pdf.ts';
import { startChartDrawer } from '../../node/chart-drawer.ts';

export interface AuditOptions extends OutputOptions {
  readonly out: string;
  readonly json: boolean;
  readonly tz?: string;
  readonly asOf?: string;
  /** Path of an aims file (YAML or JSON). */
  readonly aims?: string;
  /** Path of an identity mapping file (YAML or JSON). */
  readonly identities?: string;
  /** Path of a posting policy file (YAML or JSON). */
  readonly policy?: string;
  /** Also print the report to flipside-report.pdf with the system Chromium. */
  readonly pdf?: boolean;
  /** Paper for the PDF: "a4" (default) or "letter". */
  readonly paper?: string;
}

export interface AuditWritten {
  readonly html: string;
  readonly json?: string;
  readonly pdf?: string;
  readonly findings: number;
  readonly diagnostics: number;
}

/** Runs an audit from paths on disk and writes the report files; returns their paths. */
export async function auditCommand(paths: readonly string[], opts: AuditOptions): Promise<AuditWritten> {
  const timeZone = opts.tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  checkTimeZone(timeZone);
  const asOf = opts.asOf !== undefined ? parseAsOf(opts.asOf) : undefined;
  const aims = opts.aims !== undefined ? await loadAims(opts.aims) : undefined;
  const identityMapping = opts.identities !== undefined ? await loadIdentities(opts.identities) : undefined;
  const policy = opts.policy !== undefined ? await loadPolicy(opts.policy) : undefined;
  // Checked before the audit runs, so a missing Chromium costs the user no waiting.
  const paper = opts.pdf === true ? parsePaper(opts.paper) : undefined;
  if (paper !== undefined) findChromium();
  const archives: Archive[] = [];
  // Started first: the worker loads the chart library while the archives are read.
  const charts = startChartDrawer();
  try {
    for (const p of paths) archives.push(await openArchive(p));
    const progress = createProgress(opts);
    const { result } = await runAudit({
      archives,
      registry: importers,
      options: { timeZone },
      ...(asOf !== undefined ? { asOf } : {}),
      ...(progress ? { onProgress: progress } : {}),
      ...(aims !== undefined ? { aims } : {}),
      ...(identityMapping !== undefined ? { identityMapping } : {}),
      ...(policy !== undefined ? { policy } : {}),
      onFinding: charts.submit,
    });
    const outDir = resolve(opts.out);
    await mkdir(outDir, { recursive: true });
    const html = join(outDir, 'flipside-report.html');
    await writeFile(html, await renderReportHtml(result, { draw: charts.draw }));
    let json: string | undefined;
    if (opts.json) {
      json = join(outDir, 'flipside-report.json');
      await writeFile(json, `${JSON.stringify(renderReportJson(result), null, 2)}\n`);
    }
    let pdf: string | undefined;
    if (paper !== undefined) {
      pdf = join(outDir, 'flipside-report.pdf');
      await printReportPdf(html, pdf, { paper });
    }
    const skipped = result.files.reduce((n, f) => n + f.skipped, 0);
    info(opts, `read ${result.files.length} files from ${archives.length} archive(s); ${skipped} rows skipped (see the data-quality section)`);
    return { html, ...(json !== undefined ? { json } : {}), ...(pdf !== undefined ? { pdf } : {}), findings: result.findings.length, diagnostics: result.diagnostics.length };
  } finally {
    await charts.close();
    await Promise.all(archives.map((a) => a.close()));
  }
}

/** Refuses a time zone name Intl does not know, as a usage error. */
export function checkTimeZone(tz: string): void {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
  } catch {
    throw new UserError(`--tz ${tz}: not a time zone name (use an IANA name such as Europe/London)`, ExitCode.usage);
  }
}

/** `--as-of 2024-06-30` means the end of that day, UTC. */
export function parseAsOf(s: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const t = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 23, 59, 59, 999) : NaN;
  if (Number.isNaN(t)) throw new UserError(`--as-of ${s}: expected a date as YYYY-MM-DD`, ExitCode.usage);
  return t;
}

async function readUserFile(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw new UserError(`${path}: cannot read the ${what} file`, ExitCode.usage);
  }
}

async function loadAims(path: string): Promise<readonly Aim[]> {
  const r = parseAims(await readUserFile(path, 'aims'));
  if (!r.ok) throw new UserError(`${path}: ${r.problem} (see examples/aims.yaml)`, ExitCode.usage);
  return r.aims;
}

async function loadIdentities(path: string): Promise<IdentityMapping> {
  const r = parseIdentityMapping(await readUserFile(path, 'identity mapping'));
  if (!r.ok) throw new UserError(`${path}: ${r.problem}`, ExitCode.usage);
  return r.mapping;
}

async function loadPolicy(path: string): Promise<PostingPolicy> {
  const r = parsePolicy(await readUserFile(path, 'posting policy'));
  if (!r.ok) throw new UserError(`${path}: ${r.problem} (see examples/policy.yaml)`, ExitCode.usage);
  return r.policy;
}
