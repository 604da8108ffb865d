/**
 * Node edge: a zip file on disk as an Archive, read with yauzl from the central directory so we can
 * list entries and stream only the ones an importer asks for. Nothing is ever extracted to disk.
 */
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { normaliseEntryPath } from '../archive/paths.ts';
import { ArchiveReadError, defaultLimits, type Archive, type ArchiveEntry, type ArchiveLimits } from '../archive/types.ts';
import { UserError } from '../diagnostics/errors.ts';
import { formatBytes } from '../archive/format-bytes.ts';
import { overlappingEntries } from '../archive/overlap.ts';

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

/** Opens a zip for reading; a file that is not a readable zip is a UserError naming it. */
export async function openZipArchive(file: string, limits: ArchiveLimits = defaultLimits): Promise<Archive> {
  const zip = await new Promise<ZipFile>((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true }, (err, z) =>
      err ? reject(new UserError(`${file}: not a readable zip archive (${plain(err)})`)) : resolve(z),
    );
  });
  const diagnostics: Diagnostic[] = [];
  const entries: ArchiveEntry[] = [];
  const raw = new Map<string, Entry>();
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', (err: unknown) => reject(new UserError(`${file}: the zip archive is damaged (${plain(err)})`)));
      zip.on('end', () => resolve());
      zip.on('entry', (entry: Entry) => {
        const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw as Buffer, entry.extraFields, false);
        if (!name.endsWith('/')) accept(entry, name);
        zip.readEntry();
      });
      zip.readEntry();
    });
  } catch (e) {
    zip.close();
    throw e;
  }
  dropOverlapping();

  function accept(entry: Entry, name: string): void {
    const path = normaliseEntryPath(name);
    if (path === undefined) {
      diagnostics.push(diagnostic('archive.unsafe-path', 'error', { file }, { name: name.slice(0, 200) }));
      return;
    }
    if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) {
      diagnostics.push(diagnostic('archive.symlink', 'warning', { file }, { name: path }));
      return;
    }
    if (entry.isEncrypted()) {
      diagnostics.push(diagnostic('archive.encrypted', 'warning', { file }, { name: path }));
      return;
    }
    if (raw.has(path)) {
      diagnostics.push(diagnostic('archive.duplicate', 'warning', { file }, { name: path }));
      return;
    }
    if (entries.length >= limits.maxEntries) return;
    raw.set(path, entry);
    entries.push({ path, size: entry.uncompressedSize, compressedSize: entry.compressedSize });
  }

  /** Entries sharing compressed bytes are refused after listing, when every offset is known. */
  function dropOverlapping(): void {
    const spans = entries.map((e) => {
      const r = raw.get(e.path)!;
      return { path: e.path, start: r.relativeOffsetOfLocalHeader, end: r.relativeOffsetOfLocalHeader + 30 + r.compressedSize };
    });
    const bad = overlappingEntries(spans);
    if (bad.size === 0) return;
    const kept = entries.filter((e) => !bad.has(e.path));
    entries.length = 0;
    // A loop, not push(...kept): a zip may list up to maxEntries (200,000) entries, past the argument limit.
    for (const e of kept) entries.push(e);
    for (const path of bad) {
      raw.delete(path);
      diagnostics.push(diagnostic('archive.overlap', 'error', { file }, { name: path.slice(0, 200) }));
    }
  }

  let totalRead = 0;
  return {
    name: file,
    kind: 'zip',
    entries,
    diagnostics,
    async *read(e: ArchiveEntry) {
      const entry = raw.get(e.path);
      if (!entry) return;
      if (entry.uncompressedSize > limits.maxEntryBytes) {
        throw new ArchiveReadError('archive.too-large', { limit: formatBytes(limits.maxEntryBytes) });
      }
      const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
        zip.openReadStream(entry, (err, s) => (err ? reject(new ArchiveReadError('archive.corrupt-entry', { reason: plain(err) })) : resolve(s))),
      );
      let read = 0;
      const compressed = Math.max(1, entry.compressedSize);
      try {
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          read += chunk.length;
          totalRead += chunk.length;
          if (read > limits.maxEntryBytes || totalRead > limits.maxTotalBytes) {
            throw new ArchiveReadError('archive.too-large', { limit: formatBytes(Math.min(limits.maxEntryBytes, limits.maxTotalBytes)) });
          }
          if (read > limits.ratioGraceBytes && read / compressed > limits.maxRatio) {
            throw new ArchiveReadError('archive.ratio', { ratio: limits.maxRatio });
          }
          yield new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length);
        }
      } catch (err) {
        (stream as unknown as { destroy?: () => void }).destroy?.();
        if (err instanceof ArchiveReadError) throw err;
        throw new ArchiveReadError('archive.corrupt-entry', { reason: plain(err) });
      }
    },
    async close() {
      zip.close();
    },
  };
}

/** An error's message without a stack, for one-line output. */
function plain(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
