/**
 * The platform-neutral view of an export archive: a read-only list of entries whose bytes can be
 * streamed. A zip on disk, an unpacked folder (Node edges in src/node/) and, later, a File dropped
 * in a browser all implement it.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

export interface ArchiveEntry {
  /** Normalised relative path with forward slashes, as it appears inside the archive. */
  readonly path: string;
  /** Uncompressed size as declared by the container (a hostile zip may lie; readers enforce it). */
  readonly size: number;
  /** Compressed size, when the container has one. */
  readonly compressedSize?: number;
  /**
   * What the opener learnt from the entry's first bytes, when it looked (a loose file given on its
   * own): e.g. `car` for a Bluesky repository whose name lacks the `.car` extension.
   */
  readonly magic?: string;
}

export interface Archive {
  /** What the user passed, for messages (a file or folder path). */
  readonly name: string;
  readonly kind: 'zip' | 'folder' | 'file' | 'tar';
  /** Entries that passed the safety checks, in container order. */
  readonly entries: readonly ArchiveEntry[];
  /** Problems found while listing (refused names, symlinks, duplicates). */
  readonly diagnostics: readonly Diagnostic[];
  /** Streams one entry's bytes; throws ArchiveLimitError when a limit is crossed mid-stream. */
  read(entry: ArchiveEntry): AsyncIterable<Uint8Array>;
  close(): Promise<void>;
}

export interface ArchiveLimits {
  /** Largest uncompressed entry we will read. */
  readonly maxEntryBytes: number;
  /** Largest inflated/compressed ratio, checked once an entry passes `ratioGraceBytes`. */
  readonly maxRatio: number;
  readonly ratioGraceBytes: number;
  /** Total bytes inflated across the archive. */
  readonly maxTotalBytes: number;
  readonly maxEntries: number;
}

export const defaultLimits: ArchiveLimits = {
  maxEntryBytes: 8 * 2 ** 30,
  maxRatio: 250,
  ratioGraceBytes: 16 * 2 ** 20,
  maxTotalBytes: 64 * 2 ** 30,
  maxEntries: 200_000,
};

/** Thrown by `Archive.read` when an entry crosses a limit or is corrupt; importers turn it into a diagnostic. */
export class ArchiveReadError extends Error {
  override readonly name = 'ArchiveReadError';
  constructor(
    readonly code: 'archive.too-large' | 'archive.ratio' | 'archive.corrupt-entry',
    readonly params: Record<string, string | number>,
  ) {
    super(`${code}: ${JSON.stringify(params)}`);
  }
}
