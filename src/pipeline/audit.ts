/**
 * The audit use-case shared by the CLI, a future local server and research batches:
 * archives → recognise → import → ledger → measures → AuditResult. Effects (opening files,
 * writing reports) stay with the caller; this module only orchestrates.
 */
import type { Archive } from '../archive/types.ts';
import { DiagnosticSink } from '../diagnostics/diagnostic.ts';
import { UserError } from '../diagnostics/errors.ts';
import type { ImportContext, Importer } from '../importers/importer.ts';
import { recognize } from '../importers/recognize.ts';
import { buildLedger, type ImportBatch } from '../model/build.ts';
import type { Ledger } from '../model/types.ts';
import { computeFindings } from '../measures/index.ts';
import { defaultOptions, type MeasureOptions } from '../measures/measure.ts';
import type { ArchiveSummary, AuditResult } from './types.ts';
import { version } from '../version.ts';

export interface AuditInput {
  readonly archives: readonly Archive[];
  readonly registry: readonly Importer[];
  /** Export date override (UTC ms); default: the latest timestamp in the archives. */
  readonly asOf?: number;
  readonly options?: Partial<MeasureOptions>;
  readonly onProgress?: ImportContext['onProgress'];
}

export interface AuditOutput {
  readonly result: AuditResult;
  readonly ledger: Ledger;
}

/** Runs the whole pipeline; throws UserError when an archive is of an unknown kind or nothing usable remains. */
export async function runAudit(input: AuditInput): Promise<AuditOutput> {
  const matches = input.archives.map((archive) => ({ archive, match: recognize(archive, input.registry) }));
  const unknown = matches.find((m) => m.match === undefined);
  if (unknown) {
    const readable = input.registry.map((i) => i.title).join(', ');
    throw new UserError(`${unknown.archive.name}: not an export flipside can read (it reads ${readable} data exports, as a zip file or an unpacked folder)`);
  }

  const sink = new DiagnosticSink();
  const batches: ImportBatch[] = [];
  const summaries: ArchiveSummary[] = [];
  for (const { archive, match } of matches) {
    if (!match) continue;
    for (const d of archive.diagnostics) sink.add(d);
    const ctx: ImportContext = input.onProgress ? { diagnostics: sink, onProgress: input.onProgress } : { diagnostics: sink };
    batches.push(await match.importer.read(archive, ctx));
    summaries.push({ name: archive.name, platform: match.importer.platform, confidence: match.recognition.confidence });
  }

  const ledger = buildLedger(batches);
  const records = ledger.ties.length + ledger.events.length + ledger.profiles.length;
  if (records === 0) {
    const names = input.archives.map((a) => a.name).join(', ');
    throw new UserError(`${names}: nothing usable was found (no connections, messages, posts or profile could be read)`);
  }
  const asOf = input.asOf ?? ledger.latestTimestamp;
  if (asOf === undefined) throw new UserError('no dated records were found; pass --as-of DATE to set the export date');

  const options: MeasureOptions = { ...defaultOptions, ...input.options };
  const findings = computeFindings({ ledger, asOf, options });
  const owner = ledger.profiles.find((p) => p.name)?.name;
  const result: AuditResult = {
    version,
    asOf,
    timeZone: options.timeZone,
    archives: summaries,
    platforms: ledger.platforms,
    findings,
    files: ledger.files,
    diagnostics: sink.items,
    diagnosticCounts: Object.fromEntries([...sink.counts()].sort(([a], [b]) => a.localeCompare(b))),
    ...(owner !== undefined ? { ownerName: owner } : {}),
  };
  return { result, ledger };
}
