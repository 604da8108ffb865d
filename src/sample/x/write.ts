/**
 * Writes an X "Download an archive of your data" zip's files from a small spec, in the exact real
 * layout (formats/x.md; the 2022-05 [X2] and 2023-08 [X1] archives): `data/*.js` with
 * `window.YTD.*` wrappers, `data/manifest.js`, and `Your archive.html`. Deterministic.
 */
import type { MemoryFile } from '../../archive/memory.ts';
import { manifestJson, ytdFile, type Json } from './format.ts';
import { conversationElement } from './messages.ts';
import type { XSampleSpec, XWriteOptions } from './spec.ts';
import { tweetElement } from './tweets.ts';


const enc = new TextEncoder();

interface DataFile {
  readonly type: string;
  readonly path: string;
  readonly global: string;
  readonly items: readonly Json[];
  readonly media?: string;
}

/** All files of the archive, sorted by path. */
export function writeXArchive(spec: XSampleSpec, options: XWriteOptions = {}): MemoryFile[] {
  const vintage = options.vintage ?? '2023';
  const stem = vintage === '2023' ? 'tweets' : 'tweet';
  // 2019-2020 archives kept the data files at the zip root [X3].
  const dir = vintage === '2019' ? '' : 'data/';
  const data: DataFile[] = [];
  const add = (type: string, name: string, items: readonly Json[], media?: string) => {
    const m = /^(.*?)(?:-part(\d+))?$/.exec(name);
    const global = `YTD.${(m?.[1] ?? name).replace(/-/g, '_')}.part${m?.[2] ?? '0'}`;
    data.push({ type, path: `${dir}${name}.js`, global, items, ...(media !== undefined ? { media } : {}) });
  };
  const o = spec.owner;
  add('account', 'account', [{ account: { email: o.email, createdVia: 'web', username: o.handle, accountId: o.accountId, createdAt: new Date(o.createdAt).toISOString(), accountDisplayName: o.name } }]);
  add('profile', 'profile', [
    {
      profile: {
        description: { bio: o.bio, website: o.website, location: o.location },
        avatarMediaUrl: `https://pbs.twimg.com/profile_images/${o.accountId}/avatar.jpg`,
        headerMediaUrl: `https://pbs.twimg.com/profile_banners/${o.accountId}/1600000000`,
      },
    },
  ]);
  add('block', 'block', []);
  const tweets = spec.tweets.map((t, n) => tweetElement(spec, t, n, vintage === '2023' ? '2023' : '2022'));
  const per = options.tweetsPerPart ?? Math.max(1, tweets.length);
  for (let part = 0; part * per < Math.max(1, tweets.length); part++) {
    add(stem, part === 0 ? stem : `${stem}-part${part}`, tweets.slice(part * per, (part + 1) * per), `data/${stem}_media`);
  }
  // 2019-2020 rows have only `accountId` [X3]; `userLink` came later [X1].
  const row = (id: string) => (vintage === '2019' ? { accountId: id } : { accountId: id, userLink: `https://twitter.com/intent/user?user_id=${id}` });
  add('follower', 'follower', spec.followers.map((id) => ({ follower: row(id) })));
  add('following', 'following', spec.following.map((id) => ({ following: row(id) })));
  add('like', 'like', spec.likes.map((l) => ({ like: { tweetId: l.tweetId, fullText: l.text, expandedUrl: `https://twitter.com/i/web/status/${l.tweetId}` } })));
  const convs = spec.conversations.map((c, n) => ({ c, el: conversationElement(spec, c, n) }));
  add('directMessages', 'direct-messages', convs.filter((x) => x.c.with.length <= 1).map((x) => x.el), 'data/direct_messages_media');
  add('directMessagesGroup', 'direct-messages-group', convs.filter((x) => x.c.with.length > 1).map((x) => x.el), 'data/direct_messages_group_media');

  const files = data.map((d) => ({ path: d.path, bytes: enc.encode(ytdFile(d.global, d.items, vintage === '2019')) }));
  if (vintage !== '2019') files.push({ path: 'data/README.txt', bytes: enc.encode('Sample archive written by flipside for tests; the layout follows a real X archive.\n') });
  files.push({ path: 'Your archive.html', bytes: enc.encode('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Your archive</title></head><body></body></html>\n') });
  if (vintage !== '2019') files.push({ path: 'data/manifest.js', bytes: enc.encode(manifest(spec, data, files.reduce((s, f) => s + f.bytes.length, 0))) });
  const prefix = options.topFolder ? `${options.topFolder.replace(/\/+$/, '')}/` : '';
  return files.map((f) => ({ path: prefix + f.path, bytes: f.bytes })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** `window.__THAR_CONFIG = {…}`: data types sorted by name, each with its files, parts and counts. */
function manifest(spec: XSampleSpec, data: readonly DataFile[], size: number): string {
  const types: Record<string, Json> = {};
  for (const d of [...data].sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0))) {
    const prev = types[d.type] as { files: Json[] } | undefined;
    const entry = { fileName: d.path, globalName: d.global, count: String(d.items.length) };
    if (prev) prev.files.push(entry);
    else types[d.type] = { ...(d.media !== undefined ? { mediaDirectory: d.media } : {}), files: [entry] };
  }
  const config: Json = {
    userInfo: { accountId: spec.owner.accountId, userName: spec.owner.handle, displayName: spec.owner.name },
    archiveInfo: { sizeBytes: String(size), generationDate: new Date(spec.generatedAt).toISOString(), isPartialArchive: false, maxPartSizeBytes: '53687091200' },
    readmeInfo: { fileName: 'data/README.txt', directory: 'data/', name: 'README.txt' },
    dataTypes: types,
  };
  return `window.__THAR_CONFIG = ${manifestJson(config)}`;
}
