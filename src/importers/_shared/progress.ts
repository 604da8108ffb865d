/** Reading an entry while telling the caller how far along it is (the CLI draws progress from it). */
import type { Archive, ArchiveEntry } from '../../archive/types.ts';
import type { ImportContext } from '../importer.ts';

const PROGRESS_STEP = 1 << 20;

/** Passes the entry's bytes through, calling `onProgress` every MiB and at the end. */
export async function* readWithProgress(archive: Archive, entry: ArchiveEntry, onProgress: ImportContext['onProgress']): AsyncGenerator<Uint8Array> {
  let read = 0;
  let next = PROGRESS_STEP;
  for await (const chunk of archive.read(entry)) {
    read += chunk.length;
    if (onProgress && read >= next) {
      onProgress(entry.path, read, entry.size);
      next = read + PROGRESS_STEP;
    }
    yield chunk;
  }
  onProgress?.(entry.path, read, entry.size);
}
