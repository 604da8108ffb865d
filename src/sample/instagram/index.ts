/**
 * Writes an Instagram "Download your information" JSON export from a small spec: the 2024 layout of
 * the real yummyhopper (2024-07) and nonfollowers (2024-12) exports, or the 2025 follow-item change
 * (username in `title`, `_u/` links, no `value`). Deterministic; invented names only.
 */
import type { MemoryFile } from '../../archive/memory.ts';
import type { RawListItem, RawPost } from '../../importers/instagram/raw.ts';
import { metaBytes } from '../facebook/meta-json.ts';
import { createNameSource } from '../names.ts';
import { createRng } from '../random.ts';

export interface InstagramSpecPerson {
  readonly username: string;
  /** Display name, used in messages. */
  readonly name: string;
}

export interface InstagramSpecThread {
  /** Numeric part of the folder name `<username>_<id>`. */
  readonly id: string;
  readonly others: readonly InstagramSpecPerson[];
  readonly messages: readonly { readonly from: InstagramSpecPerson | 'owner'; readonly at: number; readonly text?: string; readonly link?: string }[];
  /** Under `message_requests/` instead of `inbox/`. */
  readonly request?: boolean;
}

export interface InstagramSpec {
  readonly owner: InstagramSpecPerson & { readonly bio: string; readonly website: string };
  /** Times are UTC epoch ms; the writer stores seconds except in messages. */
  readonly followers: readonly { readonly person: InstagramSpecPerson; readonly at: number }[];
  readonly following: readonly { readonly person: InstagramSpecPerson; readonly at: number }[];
  readonly likedPosts: readonly { readonly owner: InstagramSpecPerson; readonly at: number; readonly code: string }[];
  readonly likedComments: readonly { readonly owner: InstagramSpecPerson; readonly at: number; readonly code: string }[];
  readonly comments: readonly { readonly on: InstagramSpecPerson; readonly at: number; readonly text: string }[];
  /** More than one media → caption and time at the top level (multi-photo post). */
  readonly posts: readonly { readonly at: number; readonly caption: string; readonly media: number }[];
  readonly saved: readonly { readonly owner: InstagramSpecPerson; readonly at: number; readonly code: string }[];
  readonly threads: readonly InstagramSpecThread[];
}

export interface InstagramWriteOptions {
  /** `2025`: follow items carry the username in `title` and `_u/` links without `value`. Default 2024. */
  readonly vintage?: '2024' | '2025';
}

const secs = (ms: number) => Math.floor(ms / 1000);
const HEART = '👍';

function followItem(p: InstagramSpecPerson, at: number, vintage: '2024' | '2025'): RawListItem {
  return vintage === '2025'
    ? { title: p.username, string_list_data: [{ href: `https://www.instagram.com/_u/${p.username}`, timestamp: secs(at) }] }
    : { title: '', media_list_data: [], string_list_data: [{ href: `https://www.instagram.com/${p.username}`, value: p.username, timestamp: secs(at) }] };
}

const likeItem = (l: { owner: InstagramSpecPerson; at: number; code: string }): RawListItem => ({
  title: l.owner.username,
  string_list_data: [{ href: `https://www.instagram.com/p/${l.code}/`, value: HEART, timestamp: secs(l.at) }],
});

const newestFirst = <T extends { at: number }>(xs: readonly T[]) => xs.slice().sort((a, b) => b.at - a.at);

/** All files of the export, sorted by path. */
export function writeInstagramExport(spec: InstagramSpec, options: InstagramWriteOptions = {}): MemoryFile[] {
  const vintage = options.vintage ?? '2024';
  const files: MemoryFile[] = [];
  const add = (path: string, value: unknown) => files.push({ path, bytes: metaBytes(value) });
  // followers_1.json is a bare list; following.json is wrapped (real 2024-12 files).
  add('connections/followers_and_following/followers_1.json', newestFirst(spec.followers).map((f) => followItem(f.person, f.at, vintage)));
  add('connections/followers_and_following/following.json', { relationships_following: newestFirst(spec.following).map((f) => followItem(f.person, f.at, vintage)) });
  add('likes/liked_posts.json', { likes_media_likes: newestFirst(spec.likedPosts).map(likeItem) });
  add('likes/liked_comments.json', { likes_comment_likes: newestFirst(spec.likedComments).map(likeItem) });
  add(
    'comments/post_comments_1.json',
    newestFirst(spec.comments).map((c) => ({
      media_list_data: [{ uri: '' }],
      string_map_data: { Comment: { value: c.text }, 'Media Owner': { value: c.on.username }, Time: { timestamp: secs(c.at) } },
    })),
  );
  const posts: RawPost[] = newestFirst(spec.posts).map((p, k) => {
    const media = Array.from({ length: p.media }, (_, i) => ({
      uri: `media/posts/2024${String(k).padStart(2, '0')}/${1000 + k * 10 + i}.jpg`,
      creation_timestamp: secs(p.at),
      title: p.media > 1 ? '' : p.caption,
      cross_post_source: { source_app: 'FB' },
    }));
    return p.media > 1 ? { media, title: p.caption, creation_timestamp: secs(p.at) } : { media };
  });
  add('content/posts_1.json', posts);
  add('saved/saved_posts.json', {
    saved_saved_media: newestFirst(spec.saved).map((s) => ({
      title: s.owner.username,
      string_map_data: { 'Saved on': { href: `https://www.instagram.com/p/${s.code}/`, timestamp: secs(s.at) } },
    })),
  });
  for (const t of spec.threads) {
    const folder = `${t.others.length === 1 ? (t.others[0]?.username ?? 'user') : 'group'}_${t.id}`;
    const box = t.request ? 'message_requests' : 'inbox';
    add(`messages/${box}/${folder}/message_1.json`, {
      participants: [...t.others.map((p) => ({ name: p.name })), { name: spec.owner.name }],
      messages: newestFirst(t.messages).map((m) => ({
        sender_name: m.from === 'owner' ? spec.owner.name : m.from.name,
        timestamp_ms: m.at,
        ...(m.text !== undefined ? { content: m.text } : {}),
        ...(m.link !== undefined ? { share: { link: m.link } } : {}),
        is_geoblocked_for_viewer: false,
      })),
      title: t.others.length === 1 ? (t.others[0]?.name ?? '') : t.others.map((p) => p.name).join(', '),
      is_still_participant: true,
      thread_path: `${box}/${folder}`,
      magic_words: [],
    });
  }
  if (spec.threads.length > 0) {
    // Device details only, never message content (formats/instagram.md §3); flipside lists it and does not read it.
    add('messages/secret_conversations.json', {
      ig_secret_conversations: {
        armadillo_devices: [
          { device_type: 'Android:app-300.0.0', device_manufacturer: 'Example', device_model: 'Phone 1', device_os_version: '14', last_connected_ip: '192.0.2.10', last_active_time: 1717200000, online_since: 1717203600 },
        ],
        calls: [],
      },
    });
  }
  const field = (value: string) => ({ href: '', value, timestamp: 0 });
  add('personal_information/personal_information.json', {
    profile_user: [
      {
        media_map_data: { 'Profile Photo': { uri: 'media/profile/1.jpg', creation_timestamp: 1700000000, title: '' } },
        string_map_data: { Username: field(spec.owner.username), Name: field(spec.owner.name), Bio: field(spec.owner.bio), Website: field(spec.owner.website) },
      },
    ],
  });
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

const DAY = 86_400_000;
const BASE = Date.UTC(2024, 5, 1, 8, 0, 0);

/** A small ready-made Instagram archive and the record counts per FileReport kind the importer must report. */
export function sampleInstagramArchive(seed: number, options: InstagramWriteOptions = {}): { files: MemoryFile[]; expected: Record<string, number>; spec: InstagramSpec } {
  const rng = createRng(seed).fork('instagram');
  const names = createNameSource(rng.fork('names'));
  const people: InstagramSpecPerson[] = Array.from({ length: 10 }, (_, i) => {
    const n = names.person();
    return { username: `${n.first.toLowerCase()}.${n.last.toLowerCase()}${i}`, name: i % 3 === 0 ? `${n.first} ${n.last} ✨` : `${n.first} ${n.last}` };
  });
  const p = (i: number) => people[i % people.length] as InstagramSpecPerson;
  const at = (day: number, hour = 12) => BASE + day * DAY + hour * 3_600_000 + rng.int(0, 3_599) * 1000;
  const code = () => names.slugSuffix().slice(0, 11);
  const o = names.person();
  const spec: InstagramSpec = {
    owner: { username: `${o.first.toLowerCase()}_${o.last.toLowerCase()}`, name: `${o.first} ${o.last}`, bio: 'Maps, coffee and côte walks 🌊', website: 'https://example.org' },
    followers: [0, 1, 2, 3, 4, 5].map((i) => ({ person: p(i), at: at(-200 + i * 9) })),
    following: [0, 1, 6, 7].map((i) => ({ person: p(i), at: at(-190 + i * 5) })),
    likedPosts: [0, 1, 1, 6, 8].map((i, k) => ({ owner: p(i), at: at(-40 + k * 3), code: code() })),
    likedComments: [2, 3].map((i, k) => ({ owner: p(i), at: at(-20 + k), code: code() })),
    comments: [
      { on: p(0), at: at(-15), text: `@${p(0).username} what a view 😍` },
      { on: p(6), at: at(-7), text: 'Looks great!' },
    ],
    posts: [
      { at: at(-60), caption: 'First light on the harbour', media: 1 },
      { at: at(-30), caption: 'Three days on the coast ☀️', media: 3 },
      { at: at(-3), caption: '', media: 1 },
    ],
    saved: [{ owner: p(8), at: at(-11), code: code() }],
    threads: [
      {
        id: '240706456762706',
        others: [p(0)],
        messages: [
          { from: p(0), at: at(-9), text: 'Loved your post!' },
          { from: 'owner', at: at(-9, 13), text: 'Thank you 🙏' },
          { from: 'owner', at: at(-8), link: 'https://www.instagram.com/reel/ABC123/' },
        ],
      },
      {
        id: '856002675579069',
        others: [p(1), p(7)],
        messages: [
          { from: p(7), at: at(-5), text: 'Hike on Sunday?' },
          { from: 'owner', at: at(-5, 15), text: 'Yes!' },
        ],
      },
      { id: '106582964687695760', others: [p(9)], request: true, messages: [{ from: p(9), at: at(0), text: 'Hi, do you sell prints?' }] },
    ],
  };
  const messages = spec.threads.reduce((n, t) => n + t.messages.length, 0);
  return {
    files: writeInstagramExport(spec, options),
    spec,
    expected: {
      connections: spec.followers.length + spec.following.length,
      reactions: spec.likedPosts.length + spec.likedComments.length,
      comments: spec.comments.length,
      posts: spec.posts.length,
      other: spec.saved.length,
      messages,
      profile: 1,
    },
  };
}
