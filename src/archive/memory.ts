/** An archive held in memory: used by the sample generator, tests, and a browser drop of loose files. */
import type { Archive, ArchiveEntry } from './types.ts';
import { normaliseEntryPath } from './paths.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';

export interface MemoryFile {
  readonly path: string;
  readonly bytes: Uint8Array;
}

/** Wraps in-memory files as an Archive, applying the same name checks as a zip. */
export function createMemoryArchive(name: string, files: readonly MemoryFile[], chunkSize = 64 * 1024): Archive {
  const diagnostics: Diagnostic[] = [];
  const byPath = new Map<string, Uint8Array>();
  const entries: ArchiveEntry[] = [];
  for (const f of files) {
    const path = normaliseEntryPath(f.path);
    if (path === undefined) {
      diagnostics.push(diagnostic('archive.unsafe-path', 'warning', { file: name }, { name: f.path }));
      continue;
    }
    if (byPath.has(path)) {
      diagnostics.push(diagnostic('archive.duplicate', 'warning', { file: name }, { name: path }));
      continue;
    }
    byPath.set(path, f.bytes);
    entries.push({ path, size: f.bytes.length });
  }
  return {
    name,
    kind: 'folder',
    entries,
    diagnostics,
    async *read(entry) {
      const bytes = byPath.get(entry.path);
      if (!bytes) return;
      for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, Math.min(bytes.length, i + chunkSize));
    },
    async close() {},
  };
}
