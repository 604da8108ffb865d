/**
 * Node edge: an unpacked export folder (or a single loose file) as an Archive. Symbolic links are
 * listed as diagnostics and never followed, so a folder cannot lead the reader elsewhere on disk.
 */
import { createReadStream } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { ArchiveReadError, defaultLimits, type Archive, type ArchiveEntry, type ArchiveLimits } from '../archive/types.ts';
import { formatBytes } from '../archive/format-bytes.ts';

/** Lists a folder recursively (files only) as an Archive. */
export async function openFolderArchive(dir: string, limits: ArchiveLimits = defaultLimits): Promise<Archive> {
  const diagnostics: Diagnostic[] = [];
  const entries: ArchiveEntry[] = [];
  const absolute = new Map<string, string>();
  const walk = async (d: string): Promise<void> => {
    const items = await readdir(d, { withFileTypes: true });
    items.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const it of items) {
      const full = join(d, it.name);
      const rel = relative(dir, full).split(sep).join('/');
      if (it.isSymbolicLink()) diagnostics.push(diagnostic('archive.symlink', 'warning', { file: dir }, { name: rel }));
      else if (it.isDirectory()) await walk(full);
      else if (it.isFile() && entries.length < limits.maxEntries) {
        const st = await lstat(full);
        entries.push({ path: rel, size: st.size });
        absolute.set(rel, full);
      }
    }
  };
  await walk(dir);
  return fileBacked(dir, 'folder', entries, absolute, diagnostics, limits);
}

/** One loose file (e.g. a Connections.csv given on its own) as a one-entry Archive. */
export async function openSingleFileArchive(file: string, limits: ArchiveLimits = defaultLimits, magic?: string): Promise<Archive> {
  const st = await lstat(file);
  const name = basename(file);
  const entry = magic !== undefined ? { path: name, size: st.size, magic } : { path: name, size: st.size };
  return fileBacked(file, 'file', [entry], new Map([[name, file]]), [], limits);
}

function fileBacked(
  name: string,
  kind: 'folder' | 'file',
  entries: ArchiveEntry[],
  absolute: Map<string, string>,
  diagnostics: Diagnostic[],
  limits: ArchiveLimits,
): Archive {
  return {
    name,
    kind,
    entries,
    diagnostics,
    async *read(e) {
      const full = absolute.get(e.path);
      if (!full) return;
      if (e.size > limits.maxEntryBytes) throw new ArchiveReadError('archive.too-large', { limit: formatBytes(limits.maxEntryBytes) });
      for await (const chunk of createReadStream(full, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>) {
        yield new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length);
      }
    },
    async close() {},
  };
}
