/**
 * The Instagram importer: recognises a "Download your information" JSON export by its file names
 * and reads followers, following, likes, comments, posts, stories, saved items, direct messages and
 * the profile into one batch. Messages name people by display name only; a one-to-one thread's
 * folder (`<username>_<id>`) tells that partner's username, which links them to the follow lists.
 */
import { baseName, findByName, findByPattern } from '../../archive/paths.ts';
import type { Archive } from '../../archive/types.ts';
import { diagnostic } from '../../diagnostics/diagnostic.ts';
import type { ImportBatch } from '../../model/build.ts';
import { defineImporter, type ImportContext } from '../importer.ts';
import { scoreByNames } from '../recognize.ts';
import { emitMessages, readThreads, settleOwner, type Thread } from '../_shared/meta/messenger.ts';
import { nameKey } from '../_shared/meta/names.ts';
import { holdsMessengerThreads, withFolders } from '../_shared/meta/recognize.ts';
import { MetaRun, type PersonRef } from '../_shared/meta/run.ts';
import { readComments, readLikes, readPosts, readSaved, readStories } from './activity.ts';
import { readFollows } from './connections.ts';
import { namePerson, userPerson } from './map.ts';
import { COMMENTS_FILE, FILES, IGNORED_FILES, FOLLOWERS_FILE, POSTS_FILE, RECOGNITION } from './paths.ts';
import { readProfile } from './profile.ts';

/**
 * Display name key → username, from one-to-one threads whose folder is `<username>_<digits>`
 * (`messages/inbox/harrykilberg_959633149001605`, formats/instagram.md §3). Group threads and
 * message-request groups are skipped; a name seen with two usernames is dropped as ambiguous.
 */
export function usernamesFromThreads(threads: readonly Thread[], owner: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  const clash = new Set<string>();
  const ownerKey = owner !== undefined ? nameKey(owner) : undefined;
  for (const t of threads) {
    const others = t.participants.filter((p) => nameKey(p) !== ownerKey && nameKey(p) !== '');
    const m = /^(.+)_\d+$/.exec(baseName(t.folder));
    if (others.length !== 1 || !m?.[1] || ownerKey === undefined || t.participants.length > 2) continue;
    const k = nameKey(others[0] as string);
    const u = m[1];
    if (out.has(k) && out.get(k) !== u) clash.add(k);
    out.set(k, u);
  }
  for (const k of clash) out.delete(k);
  return out;
}

/** Reads an Instagram export archive into one batch; bad data becomes diagnostics, never a throw. */
export async function readInstagram(archive: Archive, ctx: ImportContext): Promise<ImportBatch> {
  const run = new MetaRun('instagram', archive, ctx);
  const all = (names: readonly string[]) => findByName(archive, ...names);

  let profileName: string | undefined;
  for (const entry of all(FILES.profile)) profileName = (await readProfile(run, entry)) ?? profileName;

  for (const entry of findByPattern(archive, FOLLOWERS_FILE)) await readFollows(run, entry, 'followed-by');
  for (const entry of all(FILES.followersLegacy)) await readFollows(run, entry, 'followed-by');
  for (const entry of all(FILES.following)) await readFollows(run, entry, 'follows');

  for (const entry of all([...FILES.likedPosts, ...FILES.likedComments])) await readLikes(run, entry);
  for (const entry of findByPattern(archive, COMMENTS_FILE)) await readComments(run, entry);
  for (const entry of findByPattern(archive, POSTS_FILE)) await readPosts(run, entry);
  for (const entry of all(FILES.stories)) await readStories(run, entry);
  for (const entry of all(FILES.saved)) await readSaved(run, entry);

  const threads = await readThreads(run);
  const owner = settleOwner(run, threads, profileName);
  const usernames = usernamesFromThreads(threads, owner);
  emitMessages(run, threads, owner, (name, thread): PersonRef => {
    if (nameKey(name) === '') return { id: `instagram:thread:${thread.key}` };
    const u = usernames.get(nameKey(name));
    return u !== undefined ? userPerson(u, name) : namePerson(name);
  });

  for (const entry of findByName(archive, ...IGNORED_FILES)) run.report(entry.path, 'other', 0, 0);
  if (run.files.every((f) => f.records === 0)) run.sink.add(diagnostic('import.nothing-usable', 'warning', { file: archive.name }));
  return run.batch();
}

export const instagramImporter = defineImporter({
  platform: 'instagram',
  title: 'Instagram',
  provides: ['connections', 'messages', 'posts', 'comments', 'reactions', 'profile'],
  recognize: (archive) => withFolders(archive, scoreByNames(archive, RECOGNITION.strong, RECOGNITION.weak), RECOGNITION.folders),
  // A part holding only messages (Meta splits big downloads): the audit decides by name or by the parts beside it.
  readsPart: holdsMessengerThreads,
  read: readInstagram,
});
