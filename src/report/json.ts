/** The JSON report: plain data for other tools. No charts, no item lists (they may name people), no owner name. */
import type { Severity } from '../diagnostics/diagnostic.ts';
import { messageFor } from '../diagnostics/messages.ts';
import type { Finding, Unit } from '../measures/measure.ts';
import type { Side, TensionId } from '../measures/tensions.ts';
import type { AuditResult } from '../pipeline/types.ts';
import { groupFindings } from './order.ts';


export interface JsonMeasure {
  readonly codebook: string;
  readonly tension: TensionId;
  readonly side: Side;
  readonly title: string;
  readonly unit: Unit;
  readonly status: Finding['result']['status'];
  /** Null unless status is "ok" (and for a non-finite value). */
  readonly value: number | null;
  readonly display?: string;
  readonly parts?: Readonly<Record<string, number | null>>;
  /** Keyed by platform; only platforms with a value appear. */
  readonly byPlatform?: Readonly<Record<string, number | null>>;
  readonly reason?: string;
  readonly have?: number;
  readonly need?: number;
}

export interface JsonReport {
  readonly version: string;
  readonly asOf: string;
  readonly timeZone: string;
  readonly archives: AuditResult['archives'];
  readonly files: AuditResult['files'];
  readonly diagnostics: {
    readonly counts: Readonly<Record<string, number>>;
    readonly items: ReadonlyArray<{ code: string; severity: Severity; file?: string; row?: number; message: string }>;
  };
  /** Keyed by measure id, in report order. */
  readonly measures: Readonly<Record<string, JsonMeasure>>;
  /** Counts only: the lists name people and stay in the HTML report. */
  readonly reconnect?: { readonly dormant: number; readonly lapsed: number };
  readonly aims?: ReadonlyArray<{ readonly name: string; readonly ties: number; readonly strongTies: number; readonly threads: number; readonly messages: number; readonly jobApplications: number; readonly opportunityMessages: number }>;
  readonly boundaries?: Readonly<Record<string, number>>;
  readonly identity?: { readonly merged: number; readonly nearMisses: number };
}

const finite = (n: number): number | null => (Number.isFinite(n) ? n : null);

function mapValues(o: Readonly<Record<string, number | undefined>>): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = finite(v);
  return out;
}

function jsonMeasure(f: Finding): JsonMeasure {
  const { meta, result: r } = f;
  const common = { codebook: meta.codebook, tension: meta.tension, side: meta.side, title: meta.title, unit: meta.unit, status: r.status };
  switch (r.status) {
    case 'ok':
      return {
        ...common,
        value: finite(r.value),
        ...(r.display !== undefined ? { display: r.display } : {}),
        ...(r.parts !== undefined ? { parts: mapValues(r.parts) } : {}),
        ...(r.byPlatform !== undefined ? { byPlatform: mapValues(r.byPlatform) } : {}),
      };
    case 'insufficient':
      return { ...common, value: null, reason: r.reason, have: r.have, need: r.need };
    case 'not-available':
      return { ...common, value: null, reason: r.reason };
  }
}

function message(code: string, params: Readonly<Record<string, string | number>>): string {
  try {
    return messageFor(code as Parameters<typeof messageFor>[0], params).message;
  } catch {
    return code;
  }
}

/** A plain JSON-able object; `JSON.stringify` of it is stable for the same AuditResult. */
export function renderReportJson(result: AuditResult): JsonReport {
  const measures: Record<string, JsonMeasure> = {};
  for (const g of groupFindings(result.findings)) for (const s of g.sides) for (const f of s.findings) measures[f.meta.id] = jsonMeasure(f);
  const counts: Record<string, number> = {};
  for (const k of Object.keys(result.diagnosticCounts).sort()) counts[k] = result.diagnosticCounts[k] ?? 0;
  return {
    version: result.version,
    asOf: Number.isFinite(result.asOf) ? new Date(result.asOf).toISOString() : '',
    timeZone: result.timeZone,
    archives: result.archives.map((a) => ({ ...a })),
    files: result.files.map((f) => ({ ...f })),
    diagnostics: {
      counts,
      items: result.diagnostics.map((d) => ({
        code: d.code,
        severity: d.severity,
        ...(d.file !== undefined ? { file: d.file } : {}),
        ...(d.row !== undefined ? { row: d.row } : {}),
        message: message(d.code, d.params ?? {}),
      })),
    },
    measures,
    ...(result.reconnect !== undefined
      ? { reconnect: { dormant: result.reconnect.filter((r) => r.layer === 'dormant').length, lapsed: result.reconnect.filter((r) => r.layer === 'lapsed').length } }
      : {}),
    ...(result.aims !== undefined
      ? {
          aims: result.aims.map((a) => ({
            name: a.name,
            ties: a.ties.length,
            strongTies: a.ties.filter((t) => t.band === 'strong').length,
            threads: a.conversations.threads,
            messages: a.conversations.messages,
            jobApplications: a.jobApplications,
            opportunityMessages: a.opportunityMessages,
          })),
        }
      : {}),
    ...(result.boundaries !== undefined ? { boundaries: countBy(result.boundaries.map((b) => b.rule)) } : {}),
    ...(result.identity !== undefined ? { identity: { merged: result.identity.groups.length, nearMisses: result.identity.nearMisses.length } } : {}),
  };
}

function countBy(keys: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of [...keys].sort()) out[k] = (out[k] ?? 0) + 1;
  return out;
}
