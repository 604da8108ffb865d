/**
 * Node edge: a `.tar.gz` (Mastodon exports before 4.1) or plain `.tar` on disk as an Archive. The
 * platform-neutral tar reader (src/archive/tar.ts) gets a function that re-opens the decompressed
 * stream; gunzip output is capped like a zip entry, so a gzip bomb stops with a diagnostic.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { createTarArchive } from '../archive/tar.ts';
import { ArchiveReadError, defaultLimits, type Archive, type ArchiveLimits } from '../archive/types.ts';
import { formatBytes } from '../archive/format-bytes.ts';

/** Opens a tar archive, gzipped or not, for streaming reads. */
export async function openTarArchive(file: string, gzipped: boolean, limits: ArchiveLimits = defaultLimits): Promise<Archive> {
  const compressed = Math.max(1, (await stat(file)).size);
  const open = () => (gzipped ? gunzipped(file, compressed, limits) : raw(file));
  return createTarArchive(file, open, limits);
}

async function* raw(file: string): AsyncGenerator<Uint8Array> {
  for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>) {
    yield new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length);
  }
}

async function* gunzipped(file: string, compressed: number, limits: ArchiveLimits): AsyncGenerator<Uint8Array> {
  const source = createReadStream(file, { highWaterMark: 256 * 1024 });
  const gunzip = createGunzip();
  source.on('error', (e) => gunzip.destroy(e));
  source.pipe(gunzip);
  let out = 0;
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      out += chunk.length;
      if (out > limits.maxTotalBytes) throw new ArchiveReadError('archive.too-large', { limit: formatBytes(limits.maxTotalBytes) });
      if (out > limits.ratioGraceBytes && out / compressed > limits.maxRatio) throw new ArchiveReadError('archive.ratio', { ratio: limits.maxRatio });
      yield new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length);
    }
  } finally {
    source.destroy();
    gunzip.destroy();
  }
}
