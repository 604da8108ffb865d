/** Entry-name safety and lookup by file name, independent of the container. */
import type { Archive, ArchiveEntry } from './types.ts';

/**
 * Returns the normalised path, or undefined when the name is unsafe: `..` segments, absolute paths,
 * drive letters, NUL bytes or backslash separators (zip-slip). We never extract to disk, but a path
 * we show or write must never point outside its folder.
 */
export function normaliseEntryPath(raw: string): string | undefined {
  if (raw.length === 0 || raw.length > 4096 || raw.includes('\u0000')) return undefined;
  if (raw.includes('\\')) return undefined;
  if (raw.startsWith('/') || /^[A-Za-z]:/.test(raw)) return undefined;
  const parts = raw.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.some((p) => p === '..')) return undefined;
  return parts.join('/');
}

/** Last path segment. */
export function baseName(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? path : path.slice(i + 1);
}

/** Case-insensitive comparison key for file names (LinkedIn's spelling drifts in case only sometimes). */
export function nameKey(name: string): string {
  return name.toLowerCase();
}

/**
 * Entries whose base name equals one of `names` (case-insensitive), anywhere in the tree: users
 * re-zip exports with an extra top folder, and vintages move files between folders.
 * Sorted shallowest first, then by path, so the choice is deterministic.
 */
export function findByName(archive: Archive, ...names: string[]): ArchiveEntry[] {
  const wanted = new Set(names.map(nameKey));
  return archive.entries
    .filter((e) => wanted.has(nameKey(baseName(e.path))))
    .sort((a, b) => depth(a.path) - depth(b.path) || a.path.localeCompare(b.path));
}

/** Entries whose base name matches a pattern (e.g. `message_\d+\.json`). */
export function findByPattern(archive: Archive, pattern: RegExp): ArchiveEntry[] {
  return archive.entries
    .filter((e) => pattern.test(baseName(e.path)))
    .sort((a, b) => depth(a.path) - depth(b.path) || a.path.localeCompare(b.path));
}

function depth(path: string): number {
  let n = 0;
  for (let i = 0; i < path.length; i++) if (path.charCodeAt(i) === 47) n++;
  return n;
}
