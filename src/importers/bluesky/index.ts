/**
 * The Bluesky importer: reads a repository export (a CAR file of DAG-CBOR blocks, from the app's
 * "Export my data" or `com.atproto.sync.getRepo`) into an ImportBatch. The owner is the signed
 * commit's DID. Followers, received likes and chat are not in a repository (formats/bluesky.md §4).
 */
import { baseName } from '../../archive/paths.ts';
import type { Archive, ArchiveEntry } from '../../archive/types.ts';
import { diagnostic } from '../../diagnostics/diagnostic.ts';
import type { ImportBatch } from '../../model/build.ts';
import { defineImporter, type ImportContext, type Recognition } from '../importer.ts';
import { CAR_NAME, CONFIDENCE, GETREPO_NAME } from './paths.ts';
import { readRepoEntry } from './repo.ts';
import { BlueskyRun } from './run.ts';

/** How sure an entry is a repository file: by sniffed magic, else by name. */
function entryConfidence(e: ArchiveEntry): number {
  if (e.magic === 'car') return CONFIDENCE.magic;
  const name = baseName(e.path);
  if (CAR_NAME.test(name)) return CONFIDENCE.carName;
  if (GETREPO_NAME.test(name)) return CONFIDENCE.getRepoName;
  return 0;
}

/** The repository files in an archive, by path. */
export function repositoryEntries(archive: Archive): ArchiveEntry[] {
  return archive.entries.filter((e) => entryConfidence(e) > 0).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Recognises an archive holding a repository CAR: magic bytes set by the opener, or a `.car` / `getRepo` name. */
export function recognizeBluesky(archive: Archive): Recognition {
  let confidence = 0;
  const evidence: string[] = [];
  for (const e of repositoryEntries(archive)) {
    confidence = Math.max(confidence, entryConfidence(e));
    evidence.push(e.path);
  }
  return { confidence, evidence };
}

/** Reads every repository file in the archive into one batch; bad data becomes diagnostics, never a throw. */
export async function readBluesky(archive: Archive, ctx: ImportContext): Promise<ImportBatch> {
  const run = new BlueskyRun(archive, ctx);
  for (const entry of repositoryEntries(archive)) await readRepoEntry(run, entry);
  if (run.files.every((f) => f.kind === 'other' && f.records === 0)) run.sink.add(diagnostic('import.nothing-usable', 'warning', { file: archive.name }));
  return {
    platform: 'bluesky',
    people: [...run.people.values()],
    ties: run.ties,
    events: run.events,
    profiles: run.profiles,
    files: run.files,
  };
}

export const blueskyImporter = defineImporter({
  platform: 'bluesky',
  title: 'Bluesky',
  provides: ['connections', 'posts', 'reactions', 'profile'],
  recognize: recognizeBluesky,
  read: readBluesky,
});
