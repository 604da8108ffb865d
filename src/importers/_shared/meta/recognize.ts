/** Recognition by folder names, for Meta exports whose top folders say which app made them. */
import type { Archive } from '../../../archive/types.ts';
import type { Recognition } from '../../importer.ts';

/**
 * Adds 0.5 when any entry sits under one of `folders` (a path segment, at any depth): a Messenger-only
 * Facebook download has no tell-tale file names, but its `your_facebook_activity/` folder is one.
 */
export function withFolders(archive: Archive, byNames: Recognition, folders: readonly string[]): Recognition {
  const wanted = new Set(folders.map((f) => f.toLowerCase()));
  const hit = folders.length === 0 ? undefined : archive.entries.find((e) => e.path.toLowerCase().split('/').slice(0, -1).some((s) => wanted.has(s)));
  if (!hit) return byNames;
  const folder = hit.path.split('/').find((s) => wanted.has(s.toLowerCase())) ?? '';
  return { confidence: Math.min(1, byNames.confidence + 0.5), evidence: [...byNames.evidence, `${folder}/`] };
}
