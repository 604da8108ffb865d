/** The result of one audit run: what report renderers receive. Renderers compute nothing from the ledger. */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Finding } from '../measures/measure.ts';
import type { FileReport, Platform } from '../model/types.ts';

export interface ArchiveSummary {
  /** The path the user gave. */
  readonly name: string;
  /** Undefined when no importer recognised it (then it is in `diagnostics`). */
  readonly platform?: Platform;
  readonly confidence: number;
}

export interface AuditResult {
  /** flipside version that produced it. */
  readonly version: string;
  /** The export date `T` used for windows (UTC epoch ms). */
  readonly asOf: number;
  readonly timeZone: string;
  readonly archives: readonly ArchiveSummary[];
  readonly platforms: readonly Platform[];
  readonly findings: readonly Finding[];
  /** Per-file read counts and variants. */
  readonly files: readonly FileReport[];
  readonly diagnostics: readonly Diagnostic[];
  /** Diagnostic totals per code, including repeats not kept individually. */
  readonly diagnosticCounts: Readonly<Record<string, number>>;
  /** The user's own display name if known (shown only in the personal report). */
  readonly ownerName?: string;
}
