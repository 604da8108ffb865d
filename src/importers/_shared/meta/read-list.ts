/** Reads a Meta list file (bare list or wrapped under a versioned key) item by item, with its FileReport. */
import type { ArchiveEntry } from '../../../archive/types.ts';
import { diagnostic } from '../../../diagnostics/diagnostic.ts';
import { asObject, listIn, readMetaJson } from './read-json.ts';
import type { MetaRun } from './run.ts';

/** Handles one item (1-based row); returns false when it skipped the item after adding its own diagnostic. */
export type ItemHandler = (item: Record<string, unknown>, file: string, row: number) => boolean;

/** Reads `entry`'s items through `handle` and reports the file as `kind`; a wrong shape is a diagnostic. */
export async function readList(run: MetaRun, entry: ArchiveEntry, keys: readonly string[], kind: string, handle: ItemHandler): Promise<void> {
  const file = entry.path;
  const value = await readMetaJson(run, entry);
  const list = value === undefined ? undefined : listIn(value, keys);
  if (value !== undefined && !list) {
    run.sink.add(diagnostic('json.unexpected-shape', 'warning', { file }, { expected: keys.length ? `a list, or one under ${keys.join(' or ')}` : 'a list' }));
  }
  let records = 0;
  let skipped = 0;
  (list?.items ?? []).forEach((raw, i) => {
    const item = asObject(raw);
    if (!item) run.sink.add(diagnostic('json.bad-item', 'warning', { file, row: i + 1 }, { field: 'object' }));
    if (item !== undefined && handle(item, file, i + 1)) records++;
    else skipped++;
  });
  run.report(file, kind, records, skipped, list?.key);
}
