/** The well-formed generated archive of each platform, the raw material the hostile corpus bends. */
import { gzipSync } from 'node:zlib';
import type { MemoryFile } from '../../src/archive/memory.ts';
import { generateSample } from '../../src/sample/generate.ts';
import { sampleXArchive } from '../../src/sample/x/sample.ts';
import { sampleMastodonArchive } from '../../src/sample/mastodon/index.ts';
import { packFiles } from '../../src/sample/mastodon/tar.ts';
import { sampleBlueskyArchive } from '../../src/sample/bluesky/sample.ts';
import { sampleFacebookArchive } from '../../src/sample/facebook/index.ts';
import { sampleInstagramArchive } from '../../src/sample/instagram/index.ts';
import { zipFiles } from './zip-bytes.ts';

export const PLATFORMS = ['linkedin', 'x', 'mastodon', 'bluesky', 'facebook', 'instagram'] as const;
export type HostilePlatform = (typeof PLATFORMS)[number];

export interface BaseArchive {
  readonly platform: HostilePlatform;
  readonly files: readonly MemoryFile[];
  /** How the platform delivers it: a zip, or (Bluesky) one loose CAR file. */
  readonly container: 'zip' | 'car';
}

const cache = new Map<HostilePlatform, BaseArchive>();

/** One small, seed-1 archive per platform (memoised: generation is deterministic). */
export function baseArchive(platform: HostilePlatform): BaseArchive {
  const hit = cache.get(platform);
  if (hit) return hit;
  const files = generate(platform);
  const base: BaseArchive = { platform, files, container: platform === 'bluesky' ? 'car' : 'zip' };
  cache.set(platform, base);
  return base;
}

/** The archive's bytes as delivered: the zip, or the CAR file itself. */
export function containerBytes(base: BaseArchive, files: readonly MemoryFile[] = base.files): Uint8Array {
  if (base.container === 'car') return files[0]?.bytes ?? new Uint8Array(0);
  return zipFiles(files);
}

/** Mastodon before 4.1 sent a .tar.gz; the same files in that container. */
export function mastodonTarGz(files: readonly MemoryFile[]): Uint8Array {
  return new Uint8Array(gzipSync(packFiles([...files])));
}

function generate(platform: HostilePlatform): MemoryFile[] {
  switch (platform) {
    case 'linkedin':
      return generateSample({ persona: 'connector', seed: 1, scale: 0.2 }).files;
    case 'x':
      return sampleXArchive(1).files;
    case 'mastodon':
      return sampleMastodonArchive(1).files;
    case 'bluesky':
      return sampleBlueskyArchive(1).files;
    case 'facebook':
      return sampleFacebookArchive(1).files;
    case 'instagram':
      return sampleInstagramArchive(1).files;
  }
}
