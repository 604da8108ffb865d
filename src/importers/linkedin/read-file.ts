/**
 * Streams one CSV entry through the record reader and a row handler, and accounts for it in a
 * FileReport. An ArchiveReadError mid-file keeps what was read and becomes a diagnostic.
 */
import { ArchiveReadError, type ArchiveEntry } from '../../archive/types.ts';
import { decodeText } from '../../archive/text.ts';
import { diagnostic } from '../../diagnostics/diagnostic.ts';
import type { FileReport } from '../../model/types.ts';
import { openCsv, type CsvHeader, type CsvRow } from '../_shared/csv.ts';
import { describeVariant, type RawFile } from './raw.ts';
import type { LinkedInRun } from './run.ts';
import { readWithProgress } from '../_shared/progress.ts';

/** Handles one data row; returns true when it became a record, false when skipped (with its own diagnostic). */
export type RowHandler = (row: CsvRow) => boolean;

export interface CsvFileSpec {
  readonly raw: RawFile;
  /** FileReport kind: a capability name or "other". */
  readonly kind: string;
  readonly escape?: 'backslash';
  readonly isContinuation?: (fields: readonly string[]) => boolean;
}


/** Reads `entry` as CSV; `start` sees the header once and returns the per-row handler. */
export async function readCsvFile(
  run: LinkedInRun,
  entry: ArchiveEntry,
  spec: CsvFileSpec,
  start: (header: CsvHeader, file: string) => RowHandler,
  finish?: () => void,
): Promise<FileReport> {
  const file = entry.path;
  let records = 0;
  let skipped = 0;
  let variant: string | undefined;
  let encoding: string | undefined;
  let malformed = () => 0;
  try {
    const decoded = await decodeText(progress(run, entry));
    encoding = decoded.encoding;
    const table = await openCsv(decoded.chunks, {
      file,
      expect: spec.raw.expect,
      sink: run.sink,
      ...(spec.escape ? { escape: spec.escape } : {}),
      ...(spec.isContinuation ? { isContinuation: spec.isContinuation } : {}),
    });
    if (table) {
      malformed = table.malformed;
      const v = describeVariant(spec.raw, table.header);
      variant = v.label;
      if (!v.known) run.sink.add(diagnostic('csv.header-variant', 'info', { file }, { variant: table.header.names.join(', ') }));
      const handle = start(table.header, file);
      for await (const batch of table.batches) {
        for (const row of batch) {
          if (handle(row)) records++;
          else skipped++;
        }
      }
    }
    if (decoded.replaced()) run.sink.add(diagnostic('text.invalid-utf8', 'warning', { file }));
  } catch (e) {
    if (!(e instanceof ArchiveReadError)) throw e;
    run.sink.add(diagnostic(e.code, 'error', { file }, e.params));
  }
  finish?.();
  return {
    platform: 'linkedin',
    archive: run.archive.name,
    file,
    kind: spec.kind,
    records,
    skipped: skipped + malformed(),
    ...(variant !== undefined ? { variant } : {}),
    ...(encoding !== undefined ? { encoding } : {}),
  };
}

/** The entry's bytes, reporting progress to the CLI. */
function progress(run: LinkedInRun, entry: ArchiveEntry): AsyncGenerator<Uint8Array> {
  return readWithProgress(run.archive, entry, run.ctx.onProgress);
}

/** The cell at column `i`, or undefined when the file has no such column or the cell is empty. */
export function cell(fields: readonly string[], i: number): string | undefined {
  if (i < 0) return undefined;
  const v = fields[i];
  return v === undefined || v === '' ? undefined : v;
}

/** Like `cell`, but `NA`/`N/A` count as empty: Excel re-saves write NA into empty cells (SStellaMary 2024-06 Connections.csv). */
export function placeholderCell(fields: readonly string[], i: number): string | undefined {
  const v = cell(fields, i);
  return v === 'NA' || v === 'N/A' ? undefined : v;
}
