/**
 * Streams one `window.YTD.<name>.partN = [ … ]` entry element by element through a handler and
 * accounts for it in a FileReport. Bad elements, a truncated file or an ArchiveReadError become
 * diagnostics; what was read before them is kept.
 */
import { ArchiveReadError, type ArchiveEntry } from '../../archive/types.ts';
import { diagnostic } from '../../diagnostics/diagnostic.ts';
import type { FileReport } from '../../model/types.ts';
import { splitJsonArrayBatches } from '../_shared/json-array.ts';
import type { XRun } from './run.ts';
import { readWithProgress } from '../_shared/progress.ts';

/** Handles one element (1-based index); returns true when it became a record, false when skipped (with its own diagnostic). */
export type ElementHandler = (value: unknown, index: number) => boolean;

/** Counts a handler may add beyond one-record-per-element (a DM conversation holds many messages). */
export interface ElementCounts {
  records: number;
  skipped: number;
}


/**
 * Reads `entry` as a YTD array. With `counts`, the handler keeps its own tally (records are items
 * inside elements) and its return value only says whether the element was usable.
 */
export async function readYtdFile(run: XRun, entry: ArchiveEntry, kind: string, handle: ElementHandler, counts?: ElementCounts, variant?: string): Promise<FileReport> {
  const file = entry.path;
  let records = 0;
  let skipped = 0;
  try {
    for await (const batch of splitJsonArrayBatches(progress(run, entry), { file })) {
      for (const item of batch) {
        if ('diagnostic' in item) {
          run.sink.add(item.diagnostic);
          if (item.index > 0) skipped++;
        } else if (handle(item.value, item.index)) records++;
        else skipped++;
      }
    }
  } catch (e) {
    if (!(e instanceof ArchiveReadError)) throw e;
    run.sink.add(diagnostic(e.code, 'error', { file }, e.params));
  }
  const report: FileReport = {
    platform: 'x',
    archive: run.archive.name,
    file,
    kind,
    records: counts ? counts.records : records,
    // Elements that were unusable as a whole, plus what the handler skipped inside usable ones.
    skipped: counts ? counts.skipped + skipped : skipped,
    ...(variant !== undefined ? { variant } : {}),
    encoding: 'utf-8',
  };
  run.files.push(report);
  return report;
}

/** The entry's bytes, reporting progress to the CLI. */
function progress(run: XRun, entry: ArchiveEntry): AsyncGenerator<Uint8Array> {
  return readWithProgress(run.archive, entry, run.ctx.onProgress);
}
