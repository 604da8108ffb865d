/**
 * Writes a Facebook "Download your information" JSON export (2026 layout, as in the real
 * tieubachlongblog export, plus posts/comments/reactions/profile in the shapes of formats/facebook.md)
 * from a small spec. Deterministic; invented names only.
 */
import type { MemoryFile } from '../../archive/memory.ts';
import type { RawLabelReaction, RawNameItem, RawPost, RawThread } from '../../importers/facebook/raw.ts';
import { createNameSource } from '../names.ts';
import { createRng, type Rng } from '../random.ts';
import { metaBytes } from './meta-json.ts';

export interface FacebookSpecPerson {
  /** Display name as Facebook shows it (may carry diacritics and emoji). */
  readonly name: string;
}

export interface FacebookSpecMessage {
  /** `owner`, or the sender; an empty-name sender stands for a deleted account. */
  readonly from: FacebookSpecPerson | 'owner';
  /** UTC epoch ms. */
  readonly at: number;
  readonly text?: string;
  readonly link?: string;
}

export interface FacebookSpecThread {
  /** Numeric thread id (the 2026 folder name). */
  readonly id: string;
  readonly others: readonly FacebookSpecPerson[];
  readonly messages: readonly FacebookSpecMessage[];
  /** Messages per `message_N.json` part (default: all in one). */
  readonly partSize?: number;
}

export interface FacebookSpec {
  readonly owner: { readonly name: string; readonly username: string };
  /** Times are UTC epoch ms; the writer stores seconds where Facebook does. */
  readonly friends: readonly { readonly person: FacebookSpecPerson; readonly since: number }[];
  readonly following: readonly { readonly person: FacebookSpecPerson; readonly since: number }[];
  readonly followers: readonly FacebookSpecPerson[];
  readonly requestsReceived: readonly { readonly person: FacebookSpecPerson; readonly at: number }[];
  readonly requestsSent: readonly { readonly person: FacebookSpecPerson; readonly at: number }[];
  readonly removed: readonly { readonly person: FacebookSpecPerson; readonly at: number }[];
  readonly threads: readonly FacebookSpecThread[];
  /** No text and a link = a share without comment. */
  readonly posts: readonly { readonly at: number; readonly text?: string; readonly link?: string }[];
  readonly comments: readonly { readonly at: number; readonly text: string; readonly on: FacebookSpecPerson }[];
  readonly reactions: readonly { readonly at: number; readonly type: string; readonly url: string; readonly on: FacebookSpecPerson }[];
  readonly work: readonly { readonly employer: string; readonly title: string; readonly start: number; readonly end?: number }[];
}

const secs = (ms: number) => Math.floor(ms / 1000);
const newestFirst = <T extends { at: number }>(xs: readonly T[]) => xs.slice().sort((a, b) => b.at - a.at);

function nameList(key: string, items: readonly { person: FacebookSpecPerson; at?: number }[]): unknown {
  const list: RawNameItem[] = items.map((i) => (i.at !== undefined ? { name: i.person.name, timestamp: secs(i.at) } : { name: i.person.name }));
  return { [key]: list };
}

function thread(spec: FacebookSpec, t: FacebookSpecThread, messages: readonly FacebookSpecMessage[]): RawThread {
  return {
    // The owner is listed last in the real 2026 threads.
    participants: [...t.others.map((p) => ({ name: p.name })), { name: spec.owner.name }],
    messages: newestFirst(messages).map((m) => ({
      sender_name: m.from === 'owner' ? spec.owner.name : m.from.name,
      timestamp_ms: m.at,
      ...(m.text !== undefined ? { content: m.text } : {}),
      ...(m.link !== undefined ? { share: { link: m.link } } : {}),
      is_geoblocked_for_viewer: false,
      is_unsent_image_by_messenger_kid_parent: false,
    })),
    title: t.others.length > 1 ? t.others.map((p) => p.name).join(', ') : '',
    is_still_participant: true,
    thread_path: `inbox/${t.id}`,
    magic_words: [],
  };
}

/** All files of the export, sorted by path. */
export function writeFacebookExport(spec: FacebookSpec): MemoryFile[] {
  const files: MemoryFile[] = [];
  const add = (path: string, value: unknown) => files.push({ path, bytes: metaBytes(value) });
  const dated = <T extends { person: FacebookSpecPerson }>(xs: readonly (T & ({ since: number } | { at: number }))[]) =>
    xs.map((x) => ({ person: x.person, at: 'since' in x ? x.since : x.at })).sort((a, b) => b.at - a.at);

  add('connections/friends/your_friends.json', nameList('friends_v2', dated(spec.friends)));
  add('connections/friends/received_friend_requests.json', nameList('received_requests_v2', dated(spec.requestsReceived)));
  add('connections/friends/sent_friend_requests.json', nameList('sent_requests_v2', dated(spec.requestsSent)));
  add('connections/friends/removed_friends.json', nameList('deleted_friends_v2', dated(spec.removed)));
  add("connections/followers/who_you've_followed.json", nameList('following_v3', dated(spec.following)));
  // Followers carry no timestamp (real 2026 file).
  add('connections/followers/people_who_followed_you.json', nameList('followers_v3', spec.followers.map((person) => ({ person }))));

  for (const t of spec.threads) {
    const all = newestFirst(t.messages);
    const size = t.partSize ?? Math.max(1, all.length);
    for (let i = 0, part = 1; i < all.length || part === 1; i += size, part++) {
      add(`your_facebook_activity/messages/inbox/${t.id}/message_${part}.json`, thread(spec, t, all.slice(i, i + size)));
      if (all.length === 0) break;
    }
  }

  const posts: RawPost[] = newestFirst(spec.posts).map((p) => ({
    timestamp: secs(p.at),
    ...(p.text !== undefined ? { data: [{ post: p.text }, { update_timestamp: secs(p.at) }] } : {}),
    ...(p.link !== undefined ? { attachments: [{ data: [{ external_context: { url: p.link } }] }] } : {}),
    title: p.text !== undefined ? `${spec.owner.name} updated their status.` : `${spec.owner.name} shared a link.`,
  }));
  add('your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json', posts);

  add('your_facebook_activity/comments_and_reactions/comments.json', {
    comments_v2: newestFirst(spec.comments).map((c) => ({
      timestamp: secs(c.at),
      data: [{ comment: { timestamp: secs(c.at), comment: c.text, author: spec.owner.name } }],
      title: `${spec.owner.name} commented on ${c.on.name}'s post.`,
    })),
  });
  const reactions: RawLabelReaction[] = newestFirst(spec.reactions).map((r) => ({
    timestamp: secs(r.at),
    label_values: [
      { label: 'Reaction', value: r.type },
      { label: 'Name', value: r.on.name },
      { label: 'URL', value: r.url },
    ],
    fbid: String(100000 + (r.at % 899999)),
  }));
  add('your_facebook_activity/comments_and_reactions/likes_and_reactions_1.json', reactions);

  add('personal_information/profile_information/profile_information.json', {
    profile_v2: {
      name: { full_name: spec.owner.name, first_name: spec.owner.name.split(' ')[0] ?? '', middle_name: '', last_name: spec.owner.name.split(' ').slice(1).join(' ') },
      username: spec.owner.username,
      work_experiences: spec.work.map((w) => ({ employer: w.employer, title: w.title, start_timestamp: secs(w.start), ...(w.end !== undefined ? { end_timestamp: secs(w.end) } : {}) })),
      profile_uri: `https://www.facebook.com/${spec.owner.username}`,
    },
  });
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

// Vietnamese-style diacritics on invented names: they exercise the mojibake repair (the real export's names look like this).
const MARKS: Record<string, string> = { a: 'ắ', e: 'ễ', o: 'ộ', u: 'ư', i: 'ì' };

function accented(rng: Rng, word: string): string {
  if (!rng.chance(0.4)) return word;
  const i = [...word].findIndex((c, k) => k > 0 && MARKS[c] !== undefined);
  return i < 0 ? word : word.slice(0, i) + (MARKS[word.charAt(i)] as string) + word.slice(i + 1);
}

const DAY = 86_400_000;
const BASE = Date.UTC(2025, 0, 15, 9, 0, 0);

/** A small ready-made Facebook archive and the record counts per FileReport kind the importer must report. */
export function sampleFacebookArchive(seed: number): { files: MemoryFile[]; expected: Record<string, number>; spec: FacebookSpec } {
  const rng = createRng(seed).fork('facebook');
  const names = createNameSource(rng.fork('names'));
  const person = (): FacebookSpecPerson => {
    const n = names.person();
    return { name: `${accented(rng, n.first)} ${accented(rng, n.last)}` };
  };
  const people = Array.from({ length: 12 }, person);
  const at = (day: number, hour = 10) => BASE + day * DAY + hour * 3_600_000 + rng.int(0, 3_599) * 1000;
  const owner = { name: `${names.person().first} Ngữyễn`, username: 'sample.owner' };
  const p = (i: number) => people[i % people.length] as FacebookSpecPerson;
  const spec: FacebookSpec = {
    owner,
    friends: people.slice(0, 8).map((person, i) => ({ person, since: at(-300 + i * 20) })),
    following: [p(0), p(2), p(9)].map((person, i) => ({ person, since: at(-200 + i * 7) })),
    followers: [p(1), p(3), p(10), p(11)],
    requestsReceived: [{ person: p(10), at: at(-20) }, { person: p(11), at: at(-3) }],
    requestsSent: [{ person: p(9), at: at(-40) }],
    removed: [{ person: { name: 'Zouthai Quorel' }, at: at(-100) }],
    threads: [
      {
        id: '1004000000000001',
        others: [p(0)],
        partSize: 3,
        messages: [
          { from: 'owner', at: at(-10), text: 'Are you coming to the meetup on Friday? 👍' },
          { from: p(0), at: at(-10, 12), text: 'Yes, see you there!' },
          { from: 'owner', at: at(-9), link: 'https://example.org/meetup' },
          { from: p(0), at: at(-2), text: 'Thanks for the tip ❤️' },
        ],
      },
      {
        id: '1004000000000002',
        others: [p(1), p(2)],
        messages: [
          { from: p(1), at: at(-30), text: 'Group plan for the weekend' },
          { from: 'owner', at: at(-29), text: 'Count me in' },
          { from: p(2), at: at(-29, 14), text: 'Đi thôi!' },
        ],
      },
      { id: '1004000000000003', others: [{ name: '' }], messages: [{ from: { name: '' }, at: at(-60), text: 'Hello from a deleted account' }] },
    ],
    posts: [
      { at: at(-50), text: 'Started a new course on cartography today.' },
      { at: at(-40), link: 'https://example.org/article' },
      { at: at(-5), text: 'Café hopping in the old town ☕', link: 'https://example.org/map' },
    ],
    comments: [
      { at: at(-12), text: 'Congratulations!', on: p(3) },
      { at: at(-1), text: 'Great photo 😀', on: p(4) },
    ],
    reactions: [
      { at: at(-15), type: 'LIKE', url: 'https://www.facebook.com/permalink/1', on: p(5) },
      { at: at(-14), type: 'LOVE', url: 'https://www.facebook.com/permalink/2', on: p(6) },
      { at: at(0), type: 'Thích', url: 'https://www.facebook.com/permalink/3', on: p(7) },
    ],
    work: [{ employer: 'Quorel Studio', title: 'Designer', start: Date.UTC(2021, 2, 1) }],
  };
  const messages = spec.threads.reduce((n, t) => n + t.messages.length, 0);
  return {
    files: writeFacebookExport(spec),
    spec,
    expected: {
      connections: spec.friends.length + spec.following.length + spec.followers.length,
      invitations: spec.requestsReceived.length + spec.requestsSent.length,
      other: spec.removed.length,
      messages,
      posts: spec.posts.length,
      comments: spec.comments.length,
      reactions: spec.reactions.length,
      profile: 1,
    },
  };
}
