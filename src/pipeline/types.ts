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

/** A dormant or lapsed tie worth a message (issue: reconnect list), ranked by past strength. */
export interface ReconnectItem {
  readonly personId: string;
  readonly name: string;
  readonly platform: Platform;
  /** Tie strength S (CODEBOOK §4.2) computed as of the last real exchange: how strong the tie was. */
  readonly pastStrength: number;
  /** UTC date (YYYY-MM-DD) of the last reciprocated exchange. */
  readonly lastExchange: string;
  /** Where it happened, e.g. "LinkedIn messages". */
  readonly where: string;
  readonly messages: number;
  readonly organisation?: string;
  readonly role?: string;
  readonly layer: 'dormant' | 'lapsed';
}

/** One stated aim and what the archives say about it. */
export interface AimFinding {
  readonly name: string;
  readonly targets: { readonly organisations: readonly string[]; readonly roles: readonly string[]; readonly keywords: readonly string[] };
  /** People at target organisations or in target roles, strongest tie first. */
  readonly ties: ReadonlyArray<{ readonly name: string; readonly platform: Platform; readonly organisation?: string; readonly role?: string; readonly strength: number; readonly band: string }>;
  /** Conversations (threads) whose messages touched the aim, with the latest date. */
  readonly conversations: { readonly threads: number; readonly messages: number; readonly last?: string };
  readonly jobApplications: number;
  readonly opportunityMessages: number;
}

/** Something posted where more people can see it than perhaps should (issue: boundaries check). */
export interface BoundaryFinding {
  readonly rule: 'email' | 'phone' | 'street-address' | 'private-contact-named' | 'job-post-audience' | 'policy-word' | 'policy-audience';
  readonly platform: Platform;
  /** UTC date (YYYY-MM-DD). */
  readonly date?: string;
  readonly where: string;
  /** A short excerpt around the match (the match itself may be masked). */
  readonly excerpt: string;
  readonly detail: string;
}

/** Cross-platform merges and near-misses, for the personal report only. */
export interface IdentitySummary {
  readonly groups: ReadonlyArray<{ readonly people: ReadonlyArray<{ readonly platform: Platform; readonly name: string }>; readonly reasons: readonly string[] }>;
  readonly nearMisses: ReadonlyArray<{ readonly name: string; readonly platforms: readonly Platform[]; readonly why: string }>;
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
  readonly reconnect?: readonly ReconnectItem[];
  /** Present when the user gave an aims file; an empty list means the file had no aims. */
  readonly aims?: readonly AimFinding[];
  readonly boundaries?: readonly BoundaryFinding[];
  readonly identity?: IdentitySummary;
}
