/** Test helper: the real-format exports in ../shared/fixtures/real, as in-memory archives. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMemoryArchive, type MemoryFile } from '../../src/archive/memory.ts';
import type { Archive } from '../../src/archive/types.ts';
import type { Platform } from '../../src/model/types.ts';

export const REAL = fileURLToPath(new URL('../../../shared/fixtures/real/', import.meta.url));

function listFiles(dir: string): MemoryFile[] {
  const out: MemoryFile[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push({ path: relative(dir, full).split(sep).join('/'), bytes: new Uint8Array(readFileSync(full)) });
    }
  };
  walk(dir);
  return out;
}

/** Every real export of a platform: one archive per source folder (Bluesky: one per CAR file). */
export function realArchives(platform: Platform): { name: string; archive: () => Archive }[] {
  const root = join(REAL, platform);
  return readdirSync(root)
    .sort()
    .flatMap((source) => {
      const dir = join(root, source);
      const files = listFiles(dir);
      if (platform === 'bluesky') return files.map((f) => ({ name: `${source}/${f.path}`, archive: () => createMemoryArchive(f.path, [f]) }));
      return [{ name: source, archive: () => createMemoryArchive(source, files) }];
    });
}
