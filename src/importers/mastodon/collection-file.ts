/**
 * Reads one OrderedCollection entry through an item handler and accounts for it: parse failures,
 * a file that is not a collection, a wrong `totalItems`, and an ArchiveReadError mid-file all
 * become diagnostics, and the items read before a failure are kept.
 */
import { ArchiveReadError, type ArchiveEntry } from '../../archive/types.ts';
import { decodeText } from '../../archive/text.ts';
import { diagnostic } from '../../diagnostics/diagnostic.ts';
import { readCollection, type CollectionSummary } from './collection.ts';
import type { MastodonRun } from './run.ts';

/** Handles one item (1-based index); returns true when it became a record, false when skipped (with its own diagnostic). */
export type ItemHandler = (value: unknown, index: number) => boolean;

export interface CollectionRead {
  readonly records: number;
  readonly skipped: number;
  readonly summary: CollectionSummary;
  readonly encoding?: string;
}

const COLLECTION_TYPES = new Set(['OrderedCollection', 'Collection', 'OrderedCollectionPage', 'CollectionPage']);

/** Streams the collection's items into `handle`; never throws on bad data. */
export async function readCollectionFile(run: MastodonRun, entry: ArchiveEntry, handle: ItemHandler): Promise<CollectionRead> {
  const file = entry.path;
  const summary: CollectionSummary = { arrays: 0 };
  let records = 0;
  let skipped = 0;
  let encoding: string | undefined;
  let interrupted = false;
  try {
    const decoded = await decodeText(run.bytes(entry));
    encoding = decoded.encoding;
    for await (const item of readCollection(decoded.chunks, summary)) {
      if ('error' in item) {
        skipped++;
        run.sink.add(diagnostic('json.malformed', 'warning', { file, row: item.index }, { reason: item.error }));
      } else if (handle(item.value, item.index)) records++;
      else skipped++;
    }
    if (decoded.replaced()) run.sink.add(diagnostic('text.invalid-utf8', 'warning', { file }));
  } catch (e) {
    if (!(e instanceof ArchiveReadError)) throw e;
    interrupted = true;
    run.sink.add(diagnostic(e.code, 'error', { file }, e.params));
  }
  if (!interrupted && summary.error !== undefined) {
    run.sink.add(diagnostic('json.malformed', 'error', { file }, { reason: summary.error }));
  }
  const type = summary.header?.['type'];
  const isCollection = typeof type === 'string' && COLLECTION_TYPES.has(type);
  if (summary.header !== undefined && !isCollection) {
    run.sink.add(diagnostic('activitypub.unexpected', 'warning', { file }, { expected: 'OrderedCollection' }));
  }
  const declared = summary.header?.['totalItems'];
  if (isCollection && typeof declared === 'number' && declared !== records + skipped) {
    // outbox.json 2024 (indieweb.social): totalItems 1557 for 1586 items; do not validate against it.
    run.sink.add(diagnostic('activitypub.total-mismatch', 'info', { file }, { declared, found: records + skipped }));
  }
  return {
    records,
    skipped,
    summary,
    ...(encoding !== undefined ? { encoding } : {}),
  };
}
