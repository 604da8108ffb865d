/**
 * The X/Twitter importer: recognises "Download an archive of your data" by its data file names and
 * reads it into an ImportBatch. The manifest (when present) names the owner and every file part;
 * the owner's id is settled (account.js, the manifest, else inferred from direct messages) before
 * tweets are read, so a reply to oneself is known as a thread.
 */
import { baseName } from '../../archive/paths.ts';
import type { Archive, ArchiveEntry } from '../../archive/types.ts';
import { diagnostic } from '../../diagnostics/diagnostic.ts';
import type { ImportBatch } from '../../model/build.ts';
import { defineImporter, type ImportContext, type Recognition } from '../importer.ts';
import { scoreByNames } from '../recognize.ts';
import { accountHandler, buildProfile, profileHandler, type ProfileDraft } from './account.ts';
import { readManifest, type Manifest } from './manifest.ts';
import { DmCollector, finishMessages } from './messages.ts';
import { likeHandler, noLikeDates } from './likes.ts';
import { DATA_FILE, DATA_TYPES, MANIFEST, RECOGNITION, type DataTypeName } from './paths.ts';
import { readYtdFile, type ElementCounts } from './read-file.ts';
import { XRun } from './run.ts';
import { noTieDates, tieHandler } from './ties.ts';
import { tweetHandler } from './tweets.ts';

/** Reads an X archive into one batch; bad data becomes diagnostics, never a throw. */
export async function readX(archive: Archive, ctx: ImportContext): Promise<ImportBatch> {
  const run = new XRun(archive, ctx);
  const manifestEntry = shallowest(archive.entries.filter((e) => baseName(e.path).toLowerCase() === MANIFEST));
  const manifest = manifestEntry ? await readManifest(run, manifestEntry) : undefined;
  const read = new Set<string>(manifestEntry ? [manifestEntry.path] : []);
  const entries = (type: DataTypeName) => {
    const found = dataFiles(run, manifest, manifestEntry, type);
    for (const e of found) read.add(e.path);
    return found;
  };

  const draft: ProfileDraft = { seen: false };
  for (const e of entries('account')) await readYtdFile(run, e, DATA_TYPES.account.kind, accountHandler(run, draft, e.path));
  if (manifest) {
    // The manifest's userInfo stands in for a missing account.js (one part of a split archive).
    if (manifest.accountId !== undefined) run.owner.id ??= manifest.accountId;
    if (manifest.userName !== undefined) run.owner.handle ??= manifest.userName;
    if (manifest.displayName !== undefined) run.owner.name ??= manifest.displayName;
  }
  for (const e of entries('profile')) await readYtdFile(run, e, DATA_TYPES.profile.kind, profileHandler(run, draft, e.path));

  // Messages before tweets: without account.js the owner is inferred from the threads, and tweets
  // need the owner to tell a thread (reply to oneself) from a reply to someone else.
  const dms = new DmCollector();
  for (const [type, group] of [['directMessages', false], ['directMessagesGroup', true]] as const) {
    for (const e of entries(type)) {
      const counts: ElementCounts = { records: 0, skipped: 0 };
      await readYtdFile(run, e, DATA_TYPES[type].kind, dms.handler(run, e.path, group, counts), counts);
    }
  }
  finishMessages(run, dms);

  const seenTweets = new Set<string>();
  for (const e of entries('tweets')) {
    const variant = /^tweet[.-]/i.test(baseName(e.path)) ? 'tweet.js (YTD.tweet, 2019–2022)' : 'tweets.js (YTD.tweets, 2022+)';
    await readYtdFile(run, e, DATA_TYPES.tweets.kind, tweetHandler(run, e.path, seenTweets), undefined, variant);
  }
  for (const key of ['follower', 'following'] as const) {
    for (const e of entries(key)) {
      noTieDates(run, e.path, key);
      await readYtdFile(run, e, DATA_TYPES[key].kind, tieHandler(run, e.path, key));
    }
  }
  for (const e of entries('like')) {
    noLikeDates(run, e.path);
    await readYtdFile(run, e, DATA_TYPES.like.kind, likeHandler(run, e.path));
  }

  for (const e of archive.entries) {
    if (read.has(e.path) || !isDataFile(e.path)) continue;
    run.files.push({ platform: 'x', archive: archive.name, file: e.path, kind: 'other', records: 0, skipped: 0 });
  }
  const profiles = draft.seen || manifest?.accountId !== undefined ? [buildProfile(run, draft)] : [];
  if (run.files.every((f) => f.records === 0) && profiles.length === 0) run.sink.add(diagnostic('import.nothing-usable', 'warning', { file: archive.name }));
  return { platform: 'x', people: run.finishPeople(), ties: run.ties, events: run.events, profiles, files: run.files };
}

/**
 * The entries of one data type: files matching its name pattern plus those the manifest lists, in
 * part order (`tweets.js`, `tweets-part1.js`, …). When a re-zipped archive holds a file twice,
 * the shallowest copy is read.
 */
function dataFiles(run: XRun, manifest: Manifest | undefined, manifestEntry: ArchiveEntry | undefined, type: DataTypeName): ArchiveEntry[] {
  const spec = DATA_TYPES[type];
  const byName = new Map<string, ArchiveEntry>();
  for (const e of run.archive.entries) {
    const name = baseName(e.path).toLowerCase();
    if (!spec.pattern.test(name) || isMedia(e.path)) continue;
    const prev = byName.get(name);
    if (!prev || depth(e.path) < depth(prev.path)) byName.set(name, e);
  }
  if (manifest && manifestEntry) {
    for (const key of spec.manifestKeys) {
      for (const fileName of manifest.files.get(key) ?? []) {
        const name = baseName(fileName).toLowerCase();
        if (byName.has(name)) continue;
        const entry = entryNamed(run.archive, fileName);
        if (entry) byName.set(name, entry);
        // In another part given beside this one, it is read there (and listed under that part).
        else if (!inSibling(run, fileName)) run.sink.add(diagnostic('import.missing-part', manifest.partial ? 'info' : 'warning', { file: fileName }, { manifest: manifestEntry.path }));
      }
    }
  }
  return [...byName.values()].sort((a, b) => partKey(a.path).localeCompare(partKey(b.path)));
}

/** The entry a manifest's `fileName` (`data/tweets.js`) names, at the root or under an extra top folder. */
function entryNamed(archive: Archive, fileName: string): ArchiveEntry | undefined {
  return archive.entries.find((e) => e.path === fileName || e.path.endsWith(`/${fileName}`));
}

/** True when another archive of this audit (another part of the download) holds `fileName`. */
function inSibling(run: XRun, fileName: string): boolean {
  return (run.ctx.siblings ?? []).some((a) => entryNamed(a, fileName) !== undefined);
}

/** Sort key: the name without its part suffix, then the zero-padded part number. */
function partKey(path: string): string {
  const name = baseName(path).toLowerCase();
  const m = /^(.*?)(?:-part(\d+))?\.js$/.exec(name);
  return `${m?.[1] ?? name}\u0000${(m?.[2] ?? '0').padStart(6, '0')}`;
}

function isMedia(path: string): boolean {
  return path.split('/').some((seg) => seg === 'assets' || seg.endsWith('_media'));
}

function isDataFile(path: string): boolean {
  return DATA_FILE.test(baseName(path)) && !isMedia(path);
}

function depth(path: string): number {
  return path.split('/').length;
}

function shallowest(entries: readonly ArchiveEntry[]): ArchiveEntry | undefined {
  return [...entries].sort((a, b) => depth(a.path) - depth(b.path) || (a.path < b.path ? -1 : 1))[0];
}

/** Known X data names; `manifest.js` adds weight but is not enough alone. */
export function recognizeX(archive: Archive): Recognition {
  const r = scoreByNames(archive, RECOGNITION.strong, RECOGNITION.weak);
  if (!archive.entries.some((e) => baseName(e.path).toLowerCase() === MANIFEST)) return r;
  return { confidence: Math.min(1, r.confidence + RECOGNITION.manifestWeight), evidence: [...r.evidence, MANIFEST] };
}

export const xImporter = defineImporter({
  platform: 'x',
  title: 'X (Twitter)',
  provides: ['connections', 'messages', 'posts', 'reactions', 'profile'],
  recognize: recognizeX,
  read: readX,
});
