/**
 * The Mastodon importer: recognises an account archive (zip since 4.1, tar.gz before; the edge
 * turns either into an Archive) or the CSV exports by file names, and reads them into an
 * ImportBatch. actor.json is read first so the owner is known before their posts are mapped.
 */
import { findByName } from '../../archive/paths.ts';
import type { Archive } from '../../archive/types.ts';
import { diagnostic } from '../../diagnostics/diagnostic.ts';
import type { ImportBatch } from '../../model/build.ts';
import { defineImporter, type ImportContext } from '../importer.ts';
import { scoreByNames } from '../recognize.ts';
import { readActor } from './actor.ts';
import { readCollectionFile } from './collection-file.ts';
import { CSV_SPECS, readCsv } from './csv-files.ts';
import { favouritesHandler } from './favourites.ts';
import { OutboxStats, outboxHandler } from './outbox.ts';
import { FILES, RECOGNITION } from './paths.ts';
import { MastodonRun } from './run.ts';

/** Reads a Mastodon export into one batch; bad data becomes diagnostics, never a throw. */
export async function readMastodon(archive: Archive, ctx: ImportContext): Promise<ImportBatch> {
  const run = new MastodonRun(archive, ctx);
  // Shallowest copy wins when a re-zipped export holds the same file twice.
  const first = (names: readonly string[]) => findByName(archive, ...names)[0];

  const actor = first(FILES.actor);
  if (actor) await readActor(run, actor);

  const outbox = first(FILES.outbox);
  if (outbox) {
    const stats = new OutboxStats();
    const r = await readCollectionFile(run, outbox, outboxHandler(run, outbox.path, stats));
    run.report(outbox.path, 'posts', r.records, r.skipped, { variant: outboxVariant(r.summary.arrays, stats), encoding: r.encoding });
  }

  for (const [names, kind, what] of [
    [FILES.likes, 'reaction', 'favourites'],
    [FILES.bookmarks, 'save', 'bookmarks'],
  ] as const) {
    const entry = first(names);
    if (!entry) continue;
    const r = await readCollectionFile(run, entry, favouritesHandler(run, entry.path, kind));
    // pre-4.1 files declare totalItems; 4.1 dropped it (PR #23360).
    const variant = r.summary.header === undefined ? undefined : 'totalItems' in r.summary.header ? 'pre-4.1 (with totalItems)' : '4.1+';
    run.report(entry.path, kind === 'reaction' ? 'reactions' : 'other', r.records, r.skipped, { variant, encoding: r.encoding });
    if (r.records > 0) run.sink.add(diagnostic('import.no-timestamps', 'info', { file: entry.path }, { what }));
  }

  const csv = [
    [FILES.following, CSV_SPECS.following],
    [FILES.lists, CSV_SPECS.lists],
    [FILES.blocked, CSV_SPECS.blocked],
    [FILES.muted, CSV_SPECS.muted],
    [FILES.blockedDomains, CSV_SPECS.blockedDomains],
  ] as const;
  for (const [names, spec] of csv) {
    const entry = first(names);
    if (entry) await readCsv(run, entry, spec);
  }
  const bookmarksCsv = first(FILES.bookmarksCsv);
  const bookmarksJson = first(FILES.bookmarks);
  if (bookmarksCsv && bookmarksJson) {
    run.sink.add(diagnostic('import.duplicate-file', 'info', { file: bookmarksCsv.path }, { other: bookmarksJson.path }));
    run.report(bookmarksCsv.path, 'other', 0, 0);
  } else if (bookmarksCsv) {
    const n = await readCsv(run, bookmarksCsv, CSV_SPECS.bookmarks);
    if (n > 0) run.sink.add(diagnostic('import.no-timestamps', 'info', { file: bookmarksCsv.path }, { what: 'bookmarks' }));
  }

  if (run.files.every((f) => f.records === 0)) run.sink.add(diagnostic('import.nothing-usable', 'warning', { file: archive.name }));
  const people = [...run.people.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { platform: 'mastodon', people, ties: run.ties, events: run.events, profiles: run.profiles, files: run.files };
}

/** `4.1+` or `pre-4.1 (signed items)`, the item counts by kind, and the duplicated key when seen. */
function outboxVariant(arrays: number, s: OutboxStats): string {
  const era = s.signed > 0 ? 'pre-4.1 (signed items)' : '4.1+';
  const counts = `${s.posts} posts, ${s.replies} replies, ${s.reposts} boosts, ${s.directMessages} direct`;
  return `${era}; ${counts}${arrays > 1 ? `; orderedItems key ×${arrays}` : ''}`;
}

export const mastodonImporter = defineImporter({
  platform: 'mastodon',
  title: 'Mastodon',
  provides: ['connections', 'posts', 'reactions', 'profile'],
  recognize: (archive) => scoreByNames(archive, RECOGNITION.strong, RECOGNITION.weak),
  read: readMastodon,
});
