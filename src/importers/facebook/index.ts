/**
 * The Facebook importer: recognises a "Download your information" JSON export by its file names
 * and reads friends, follows, friend requests, Messenger threads, posts, comments, reactions and
 * the profile into one batch. The owner's name comes from the profile, else from who is in every
 * thread; message directions are settled once everything is read.
 */
import { findByName, findByPattern } from '../../archive/paths.ts';
import type { Archive } from '../../archive/types.ts';
import { diagnostic } from '../../diagnostics/diagnostic.ts';
import type { ImportBatch } from '../../model/build.ts';
import { defineImporter, type ImportContext } from '../importer.ts';
import { scoreByNames } from '../recognize.ts';
import { emitMessages, readThreads, settleOwner } from '../_shared/meta/messenger.ts';
import { holdsMessengerThreads, withFolders } from '../_shared/meta/recognize.ts';
import { MetaRun } from '../_shared/meta/run.ts';
import { readComments, readPosts, readReactions } from './activity.ts';
import { NAME_LISTS, readNameList } from './connections.ts';
import { facebookThreadPerson } from './map.ts';
import { FILES, IGNORED_FILES, POSTS_FILE, REACTIONS_FILE, RECOGNITION } from './paths.ts';
import { readProfile } from './profile.ts';

/** Reads a Facebook export archive into one batch; bad data becomes diagnostics, never a throw. */
export async function readFacebook(archive: Archive, ctx: ImportContext): Promise<ImportBatch> {
  const run = new MetaRun('facebook', archive, ctx);
  const first = (names: readonly string[]) => findByName(archive, ...names)[0];

  const profileEntry = first(FILES.profile);
  const profileName = profileEntry ? await readProfile(run, profileEntry) : undefined;

  for (const key of ['friends', 'following', 'followers', 'requestsReceived', 'requestsSent', 'removedFriends'] as const) {
    const entry = first(FILES[key]);
    if (entry) await readNameList(run, entry, NAME_LISTS[key]);
  }

  for (const entry of findByPattern(archive, POSTS_FILE)) await readPosts(run, entry);
  // Comment authors and reaction actors are the owner: a fallback when there is no profile file.
  const ownerNames = new Map<string, number>();
  const comments = first(FILES.comments);
  if (comments) await readComments(run, comments, ownerNames);
  for (const entry of [...findByPattern(archive, REACTIONS_FILE), ...findByName(archive, ...FILES.reactionsLegacy)]) await readReactions(run, entry, ownerNames);

  const threads = await readThreads(run);
  const actor = [...ownerNames.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  const owner = settleOwner(run, threads, profileName ?? actor);
  emitMessages(run, threads, owner, (name, thread) => facebookThreadPerson(name, thread.key));

  for (const entry of findByName(archive, ...IGNORED_FILES)) run.report(entry.path, 'other', 0, 0);
  if (run.files.every((f) => f.records === 0)) run.sink.add(diagnostic('import.nothing-usable', 'warning', { file: archive.name }));
  return run.batch();
}

export const facebookImporter = defineImporter({
  platform: 'facebook',
  title: 'Facebook',
  provides: ['connections', 'messages', 'invitations', 'posts', 'comments', 'reactions', 'profile', 'positions'],
  recognize: (archive) => withFolders(archive, scoreByNames(archive, RECOGNITION.strong, RECOGNITION.weak), RECOGNITION.folders),
  // A part holding only messages (Meta splits big downloads): the audit decides by name or by the parts beside it.
  readsPart: holdsMessengerThreads,
  read: readFacebook,
});
