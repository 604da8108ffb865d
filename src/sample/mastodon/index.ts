/**
 * Renders a Mastodon spec into the files of an account archive (actor.json, outbox.json,
 * likes.json, bookmarks.json, avatar/header images) plus the "Data export" CSVs, and builds a
 * small ready-made archive for the shared conformance suite.
 */
import type { MemoryFile } from '../../archive/memory.ts';
import { inventedWord } from '../names.ts';
import { createRng } from '../random.ts';
import { acct, actorJson, outboxJson, uriCollectionJson } from './render.ts';
import type { MastodonAccountSpec, MastodonSpec, MastodonStatusSpec } from './spec.ts';

export type { MastodonSpec, MastodonStatusSpec } from './spec.ts';
export { statusPlainText } from './render.ts';

export interface MastodonWriteOptions {
  /** `4.1+` (zip era, default) or `pre-4.1` (tar.gz era: signed items, `totalItems` in likes/bookmarks). */
  readonly vintage?: '4.1+' | 'pre-4.1';
  /** Add the CSV exports (a separate download in reality) next to the archive files (default true). */
  readonly csv?: boolean;
  /** Nest every file under one extra folder, as users who unzip and re-zip do. */
  readonly topFolder?: string;
}

const encoder = new TextEncoder();
// A 1×1 PNG: the archive's avatar and header are images we never read.
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89]);

/** CSV lines as Ruby's CSV.generate writes them: LF endings, quotes only when needed. */
function csvLines(rows: readonly (readonly string[])[]): string {
  const field = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return rows.map((r) => `${r.map(field).join(',')}\n`).join('');
}

/** All files of the export, sorted by path. */
export function writeMastodonExport(spec: MastodonSpec, options: MastodonWriteOptions = {}): MemoryFile[] {
  const pre = options.vintage === 'pre-4.1';
  const files: MemoryFile[] = [];
  const add = (path: string, text: string) => files.push({ path, bytes: encoder.encode(text) });
  const who = (i: number) => {
    const p = spec.people[i];
    if (!p) throw new Error(`sample spec refers to person ${i}, which does not exist`);
    return acct(p);
  };
  add('actor.json', actorJson(spec));
  add('outbox.json', outboxJson(spec, pre));
  add('likes.json', uriCollectionJson(spec, 'likes', pre));
  add('bookmarks.json', uriCollectionJson(spec, 'bookmarks', pre));
  files.push({ path: 'avatar.png', bytes: PNG }, { path: 'header.png', bytes: PNG });
  if (options.csv ?? true) {
    // Languages is a quoted list when set (spec fixture: `user@test.com,true,true,"en,fr"`).
    add('following_accounts.csv', csvLines([['Account address', 'Show boosts', 'Notify on new posts', 'Languages'], ...spec.follows.map((i, n) => [who(i), 'true', n % 3 === 0 ? 'true' : 'false', n % 4 === 1 ? 'en,fr' : ''])]));
    add('lists.csv', csvLines(spec.lists.flatMap((l) => l.members.map((m) => [l.title, who(m)]))));
    add('muted_accounts.csv', csvLines([['Account address', 'Hide notifications'], ...spec.muted.map((i) => [who(i), 'true'])]));
    add('blocked_accounts.csv', csvLines(spec.blocked.map((i) => [who(i)])));
  }
  const prefix = options.topFolder ? `${options.topFolder.replace(/\/+$/, '')}/` : '';
  return files.map((f) => ({ path: prefix + f.path, bytes: f.bytes })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

const DAY = 86_400_000;
const START = Date.UTC(2023, 2, 6, 9, 15, 0);

/** A small invented account: 8 people on 4 servers, follows, posts of every visibility, replies, boosts, DMs, likes. */
export function sampleMastodonSpec(seed: number): MastodonSpec {
  const rng = createRng(seed).fork('mastodon');
  const host = () => `${inventedWord(rng, 2, 2).toLowerCase()}.example`;
  const servers = [host(), host(), host()];
  const ownHost = servers[0] ?? 'home.example';
  const used = new Set<string>();
  const username = () => {
    for (;;) {
      const u = inventedWord(rng).toLowerCase();
      if (!used.has(u)) {
        used.add(u);
        return u;
      }
    }
  };
  const owner = { username: username(), host: ownHost, displayName: `${inventedWord(rng)} ${inventedWord(rng)}`, bio: "Data person. Writes about maps & rivers; doesn't like 'hustle'.", website: `https://${username()}.example/notes`, createdAt: START - 30 * DAY };
  const people: MastodonAccountSpec[] = Array.from({ length: 8 }, (_, i) => ({ username: username(), host: servers[i % servers.length] ?? ownHost }));
  const words = () => Array.from({ length: rng.int(4, 12) }, () => inventedWord(rng).toLowerCase()).join(' ');
  let t = START;
  const next = () => (t += rng.int(2, 40) * 3_600_000 + rng.int(0, 3599) * 1000);
  const statuses: MastodonStatusSpec[] = [
    { kind: 'post', at: next(), text: `Hello fediverse, ${words()}.`, visibility: 'public', link: `https://${owner.username}.example/notes/2023/03/hello-again-from-the-river-maps` },
    { kind: 'post', at: next(), text: words(), visibility: 'public', mentions: [0] },
    { kind: 'reply', at: next(), text: words(), visibility: 'public', to: 1 },
    { kind: 'reply', at: next(), text: 'and one more thought', visibility: 'public', to: 'self' },
    { kind: 'boost', at: next(), person: 2 },
    { kind: 'post', at: next(), text: words(), visibility: 'unlisted' },
    { kind: 'post', at: next(), text: `Followers only: ${words()}`, visibility: 'private', cw: 'work rant' },
    { kind: 'direct', at: next(), text: `Are you free on Thursday? ${words()}`, to: [3] },
    { kind: 'reply', at: next(), text: words(), visibility: 'private', to: 4 },
    { kind: 'boost', at: next(), person: 5 },
    { kind: 'direct', at: next(), text: `Group note: ${words()}`, to: [3, 6] },
    { kind: 'post', at: next(), text: `Tom & Jerry <3 "quotes" it's ${words()}`, visibility: 'public' },
    { kind: 'boost', at: next(), person: 0 },
  ];
  const likes = Array.from({ length: 10 }, (_, i) => ({ person: i % people.length, postedAt: START + i * DAY }));
  const bookmarks = [{ person: 1, postedAt: START + 2 * DAY + 5000 }, { person: 6, postedAt: START + 9 * DAY }];
  return {
    owner,
    people,
    follows: [0, 1, 2, 3, 4, 5],
    lists: [{ title: 'River people', members: [0, 2] }, { title: 'Work, mostly', members: [4] }],
    muted: [7],
    blocked: [6],
    statuses,
    likes,
    bookmarks,
  };
}

/** A ready-made archive and the record counts per FileReport kind the importer must report. */
export function sampleMastodonArchive(seed: number): { files: MemoryFile[]; expected: Record<string, number>; spec: MastodonSpec } {
  const spec = sampleMastodonSpec(seed);
  const listMembers = spec.lists.reduce((n, l) => n + l.members.length, 0);
  return {
    spec,
    files: writeMastodonExport(spec),
    expected: {
      profile: 1,
      posts: spec.statuses.length,
      reactions: spec.likes.length,
      connections: spec.follows.length,
      // bookmarks.json, lists.csv, muted_accounts.csv, blocked_accounts.csv
      other: spec.bookmarks.length + listMembers + spec.muted.length + spec.blocked.length,
    },
  };
}
