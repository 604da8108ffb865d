/**
 * The audit use-case shared by the CLI, a future local server and research batches:
 * archives → recognise → import → ledger → measures → AuditResult. Effects (opening files,
 * writing reports) stay with the caller; this module only orchestrates.
 */
import type { Archive } from '../archive/types.ts';
import { diagnostic, DiagnosticSink } from '../diagnostics/diagnostic.ts';
import { UserError } from '../diagnostics/errors.ts';
import type { ImportContext, Importer } from '../importers/importer.ts';
import { recognize, recognizePart, type Match } from '../importers/recognize.ts';
import { buildLedger, type ImportBatch } from '../model/build.ts';
import type { Ledger } from '../model/types.ts';
import { computeFindings } from '../measures/index.ts';
import type { Finding } from '../measures/measure.ts';
import { defaultOptions, type MeasureOptions } from '../measures/measure.ts';
import type { ArchiveSummary, AuditResult } from './types.ts';
import { version } from '../version.ts';
import type { Aim } from '../aims/aims-file.ts';
import { analyseAims } from '../aims/analyse.ts';
import { reconnectList } from '../reconnect/reconnect.ts';
import { checkBoundaries } from '../boundaries/check.ts';
import type { PostingPolicy } from '../boundaries/policy.ts';
import { resolveIdentities, type IdentityMapping } from '../model/identity.ts';
import type { IdentitySummary } from './types.ts';

export interface AuditInput {
  readonly archives: readonly Archive[];
  readonly registry: readonly Importer[];
  /** Export date override (UTC ms); default: the latest timestamp in the archives. */
  readonly asOf?: number;
  readonly options?: Partial<MeasureOptions>;
  readonly onProgress?: ImportContext['onProgress'];
  /** The user's aims; absent when no aims file was given. */
  readonly aims?: readonly Aim[];
  /** The user's corrections to cross-platform identity. */
  readonly identityMapping?: IdentityMapping;
  /** The user's posting policy for the boundaries check. */
  readonly policy?: PostingPolicy;
  /** Called with each finding as soon as it is computed (the CLI starts drawing its charts in a worker meanwhile). */
  readonly onFinding?: (f: Finding) => void;
}

export interface AuditOutput {
  readonly result: AuditResult;
  readonly ledger: Ledger;
}

/** Runs the whole pipeline; throws UserError when an archive is of an unknown kind or nothing usable remains. */
export async function runAudit(input: AuditInput): Promise<AuditOutput> {
  const sink = new DiagnosticSink();
  const matches = recogniseAll(input.archives, input.registry, sink);

  const batches: ImportBatch[] = [];
  const summaries: ArchiveSummary[] = [];
  for (const { archive, match } of matches) {
    for (const d of archive.diagnostics) sink.add(d);
    const siblings = matches.filter((m) => m.archive !== archive && m.match.importer.platform === match.importer.platform).map((m) => m.archive);
    const ctx: ImportContext = { diagnostics: sink, siblings, ...(input.onProgress ? { onProgress: input.onProgress } : {}) };
    batches.push(await match.importer.read(archive, ctx));
    summaries.push({ name: archive.name, platform: match.importer.platform, confidence: match.recognition.confidence });
  }

  const ledger = buildLedger(batches);
  // The ledger holds its own copy of every event: let the importers' objects go before the measures run.
  batches.length = 0;
  const records = ledger.ties.length + ledger.events.length + ledger.profiles.length;
  if (records === 0) {
    const names = input.archives.map((a) => a.name).join(', ');
    throw new UserError(`${names}: nothing usable was found (no connections, messages, posts or profile could be read)`);
  }
  const asOf = input.asOf ?? ledger.latestTimestamp;
  if (asOf === undefined) {
    // Named like every other input error: a person auditing several archives must see which ones.
    const names = input.archives.map((a) => a.name).join(', ');
    throw new UserError(`${names}: no dated records were found; pass --as-of DATE to set the export date`);
  }

  const options: MeasureOptions = { ...defaultOptions, ...input.options };
  const findings = computeFindings({ ledger, asOf, options }, input.onFinding);
  const owner = ledger.profiles.find((p) => p.name)?.name;
  const identity = summariseIdentity(ledger, input.identityMapping);
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
    reconnect: reconnectList(ledger, asOf),
    boundaries: checkBoundaries(ledger, input.policy),
    ...(input.aims !== undefined ? { aims: analyseAims(ledger, asOf, input.aims) } : {}),
    ...(identity !== undefined ? { identity } : {}),
  };
  return { result, ledger };
}

/**
 * Recognises every archive; one that no importer claims may still be a part of a download given
 * beside it (recognizePart), else the audit stops with a one-line UserError naming it.
 */
function recogniseAll(archives: readonly Archive[], registry: readonly Importer[], sink: DiagnosticSink): { archive: Archive; match: Match }[] {
  const first = archives.map((archive) => ({ archive, match: recognize(archive, registry) }));
  const known = first.flatMap(({ archive, match }) => (match ? [{ archive, importer: match.importer }] : []));
  return first.map(({ archive, match }) => {
    if (match) return { archive, match };
    const { match: part, candidates } = recognizePart(archive, registry, known);
    if (part) {
      const reason = 'name' in part.by ? 'named by its file name' : `given beside it (${part.by.beside})`;
      sink.add(diagnostic('import.part', 'info', { file: archive.name }, { platform: part.importer.title, reason }));
      return { archive, match: part };
    }
    if (candidates.length > 0) {
      const apps = candidates.map((i) => i.title).join(' or ');
      throw new UserError(
        `${archive.name}: holds only messages of a ${apps} download, and nothing in it says which; audit it together with the other parts of that download, or keep the name the download came with (e.g. ${candidates[0]!.platform}-….zip)`,
      );
    }
    const readable = registry.map((i) => i.title).join(', ');
    throw new UserError(`${archive.name}: not an export flipside can read (it reads ${readable} data exports, as a zip file or an unpacked folder)`);
  });
}

/** Merges and near-misses in display form; undefined when only one platform was read. */
function summariseIdentity(ledger: Ledger, mapping: IdentityMapping | undefined): IdentitySummary | undefined {
  if (ledger.platforms.length < 2 && !mapping) return undefined;
  const r = resolveIdentities(ledger, mapping);
  const show = (id: string) => {
    const p = ledger.people.get(id);
    return { platform: p?.platform ?? 'linkedin', name: p?.name ?? p?.handle ?? id };
  };
  return {
    groups: r.groups.map((g) => ({ people: g.members.map(show), reasons: g.reasons.map((x) => x.detail) })),
    nearMisses: r.nearMisses.map((n) => ({ name: n.name, platforms: n.members.map((id) => show(id).platform), why: n.why })),
  };
}
