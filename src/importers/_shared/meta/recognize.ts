/** Recognition by folder names, for Meta exports whose top folders say which app made them. */
import type { Archive } from '../../../archive/types.ts';
import type { Recognition } from '../../importer.ts';
import { MESSAGE_FILE } from './messenger.ts';

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

/** Messenger's thread folders: a thread is `<one of these>/<name>_<id>/message_N.json`. */
const THREAD_FOLDERS: ReadonlySet<string> = new Set(['inbox', 'message_requests', 'archived_threads', 'filtered_threads', 'e2ee_cutover']);

/**
 * True when the archive holds Messenger threads (`…/inbox/<thread>/message_1.json`): the shape of a
 * download part that carries only messages, which Facebook and Instagram write alike.
 */
export function holdsMessengerThreads(archive: Archive): boolean {
  return archive.entries.some((e) => {
    const parts = e.path.split('/');
    return parts.length >= 3 && MESSAGE_FILE.test(parts[parts.length - 1] ?? '') && THREAD_FOLDERS.has((parts[parts.length - 3] ?? '').toLowerCase());
  });
}
