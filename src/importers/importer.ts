/**
 * The importer contract. An importer recognises its platform's archive from a few known paths
 * (with a confidence score) and reads it into an ImportBatch. Bad data never throws: it becomes a
 * Diagnostic in the sink and the import goes on.
 */
import type { Archive } from '../archive/types.ts';
import type { DiagnosticSink } from '../diagnostics/diagnostic.ts';
import type { ImportBatch } from '../model/build.ts';
import type { Platform } from '../model/types.ts';

/** What an importer can supply to measures; measures declare what they require from the same list. */
export type Capability =
  | 'connections'
  | 'follows'
  | 'messages'
  | 'posts'
  | 'comments'
  | 'reactions'
  | 'endorsements'
  | 'recommendations'
  | 'invitations'
  | 'profile'
  | 'positions'
  | 'jobs'
  | 'learning'
  | 'logins';

export interface Recognition {
  /** 0 = not this platform; 1 = certain. */
  readonly confidence: number;
  /** The paths that made the decision, for `--debug` and tests. */
  readonly evidence: readonly string[];
}

export interface ImportContext {
  readonly diagnostics: DiagnosticSink;
  /** Called with bytes read so far for large files; the CLI draws progress from it. */
  readonly onProgress?: (file: string, bytesRead: number, totalBytes: number) => void;
  /**
   * The other archives of the same platform given in this audit, usually the other parts of one
   * download: a file this archive's manifest lists may be in one of them, and is then not missing.
   */
  readonly siblings?: readonly Archive[];
}

export interface Importer {
  readonly platform: Platform;
  /** Human name, e.g. "LinkedIn". */
  readonly title: string;
  readonly provides: readonly Capability[];
  /** Checks only a few known paths; never reads whole files. */
  recognize(archive: Archive): Recognition;
  /**
   * True when `archive`, which `recognize` did not claim, is a part of a multi-zip download this
   * importer reads, though nothing in it names the platform: Meta puts some categories in parts of
   * their own, and a part holding only `messages/inbox/…` fits Facebook and Instagram alike. The
   * audit then decides by the archive's name or by the archives given beside it (recognizePart).
   */
  readsPart?(archive: Archive): boolean;
  read(archive: Archive, ctx: ImportContext): Promise<ImportBatch>;
}

/** Registers an importer definition with its types checked. */
export function defineImporter(importer: Importer): Importer {
  return importer;
}
