/**
 * Every real sample under /work/shared/fixtures/real/mastodon/ imports; counts are computed here
 * from the files themselves with JSON.parse and line counts, independently of the importer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createMemoryArchive } from '../../archive/memory.ts';
import { DiagnosticSink } from '../../diagnostics/diagnostic.ts';
import type { ImportBatch } from '../../model/build.ts';
import { mastodonImporter } from './index.ts';

const ROOT = fileURLToPath(new URL('../../../../shared/fixtures/real/mastodon/', import.meta.url));
const P = 'https://www.w3.org/ns/activitystreams#Public';

function load(dir: string) {
  const files = readdirSync(ROOT + dir).map((f) => ({ path: f, bytes: new Uint8Array(readFileSync(`${ROOT}${dir}/${f}`)) }));
  // Small chunks so every multi-byte character and token boundary is crossed somewhere.
  return createMemoryArchive(dir, files, 997);
}

async function run(dir: string): Promise<{ batch: ImportBatch; sink: DiagnosticSink }> {
  const sink = new DiagnosticSink();
  const batch = await mastodonImporter.read(load(dir), { diagnostics: sink });
  return { batch, sink };
}

const json = (dir: string, f: string) => JSON.parse(readFileSync(`${ROOT}${dir}/${f}`, 'utf8')) as Record<string, unknown>;
const report = (b: ImportBatch, file: string) => b.files.find((f) => f.file === file);

describe('real Mastodon archive (indieweb.social 2024-07-23, outbox excerpt)', () => {
  const dir = 'dealingwith__masto-archive';
  type Item = { type: string; object: unknown };
  type Note = { to: string[]; cc: string[]; inReplyTo: string | null };
  const outbox = json(dir, 'outbox.json') as { orderedItems: Item[]; totalItems: number };
  const creates = outbox.orderedItems.filter((i) => i.type === 'Create').map((i) => i.object as Note);
  const isDirect = (n: Note) => !n.to.includes(P) && !n.cc.includes(P) && !n.to.some((t) => t.endsWith('/followers'));
  const direct = creates.filter(isDirect).length;
  const announces = outbox.orderedItems.filter((i) => i.type === 'Announce').length;
  const likes = (json(dir, 'likes.json')['orderedItems'] as unknown[]).length;
  const bookmarks = (json(dir, 'bookmarks.json')['orderedItems'] as unknown[]).length;

  it('is recognised with full confidence', () => {
    expect(mastodonImporter.recognize(load(dir))).toEqual({ confidence: 1, evidence: ['outbox.json', 'actor.json', 'likes.json', 'bookmarks.json'] });
  });

  it('reads every outbox item from the second orderedItems key and reports the wrong totalItems', async () => {
    const { batch, sink } = await run(dir);
    expect(outbox.orderedItems.length).toBe(62);
    expect(report(batch, 'outbox.json')).toMatchObject({ kind: 'posts', records: outbox.orderedItems.length, skipped: 0 });
    expect(report(batch, 'outbox.json')?.variant).toMatch(/^4\.1\+; .*; orderedItems key ×2$/);
    expect(sink.items.find((d) => d.code === 'activitypub.total-mismatch')?.params).toEqual({ declared: outbox.totalItems, found: outbox.orderedItems.length });
  });

  it('maps Creates and Announces to posts, replies, reposts and one-sided messages', async () => {
    const { batch } = await run(dir);
    const count = (k: string) => batch.events.filter((e) => e.kind === k && e.source.file === 'outbox.json').length;
    expect(count('repost')).toBe(announces);
    expect(count('message')).toBe(direct);
    expect(count('post') + count('reply')).toBe(creates.length - direct);
    expect(batch.events.filter((e) => e.kind === 'message').every((m) => m.direction === 'out' && m.visibility === 'direct' && m.participants === 2)).toBe(true);
    const vis = (v: string) => batch.events.filter((e) => (e.kind === 'post' || e.kind === 'reply') && e.visibility === v).length;
    expect(vis('public') + vis('unlisted') + vis('private')).toBe(creates.length - direct);
    expect(vis('unlisted')).toBe(creates.filter((n) => !n.to.includes(P) && n.cc.includes(P)).length);
  });

  it('distinguishes a reply to someone, a self-thread continuation, and a boost', async () => {
    const { batch } = await run(dir);
    const byRow = (row: number) => batch.events.find((e) => e.source.file === 'outbox.json' && e.source.row === row);
    // Item 2: reply to @mcg@social.lol, 2022-11-08T16:33:11Z.
    expect(byRow(2)).toMatchObject({ kind: 'reply', at: Date.UTC(2022, 10, 8, 16, 33, 11), personIds: ['mastodon:acct:mcg@social.lol'], text: '@mcg 😜', visibility: 'public', targetUrl: 'https://social.lol/users/mcg/statuses/109308078398027392' });
    // Replies to the owner's own posts continue a thread; they are posts, not conversations.
    const own = (n: Note) => n.inReplyTo?.startsWith('https://indieweb.social/users/dealingwith/') === true;
    expect(creates.filter(own).length).toBeGreaterThan(0);
    const repliesToOthers = creates.filter((n) => n.inReplyTo !== null && !own(n) && !isDirect(n)).length;
    expect(batch.events.filter((e) => e.kind === 'reply')).toHaveLength(repliesToOthers);
    const boost = batch.events.find((e) => e.kind === 'repost');
    expect(boost).toMatchObject({ at: Date.UTC(2022, 11, 3, 13, 34, 16), targetUrl: 'https://mastodon.social/users/s0mmer/statuses/109440048909776763', personIds: ['mastodon:acct:s0mmer@mastodon.social'] });
    expect(boost?.text).toBeUndefined();
  });

  it('strips HTML to text, keeps full link URLs and local mentions with their server', async () => {
    const { batch } = await run(dir);
    const first = batch.events.find((e) => e.source.row === 1);
    expect(first?.text).toBe('As Twitter crashes and burns, it’s a good time to pull these two articles out of my deep backlog of potential blog posts.\nhttps://daniel.industries/2022/11/07/less-twitter-more-indieweb/');
    const local = batch.events.find((e) => e.source.row === 4);
    expect(local?.personIds).toEqual(['mastodon:acct:obsolete29@indieweb.social', 'mastodon:acct:ftrain@tilde.zone']);
    expect(local?.text?.startsWith('@obsolete29 ')).toBe(true);
    const cw = batch.events.find((e) => e.source.row === 7);
    expect(cw?.subject).toBe('Personal website updates...');
  });

  it('reads the owner from actor.json and never makes them a Person', async () => {
    const { batch } = await run(dir);
    expect(batch.profiles).toEqual([
      { platform: 'mastodon', name: 'dealingwith', handle: '@dealingwith@indieweb.social', profileUrl: 'https://indieweb.social/@dealingwith', summary: 'ennui. far too much more info at link below', websites: ['https://daniel.industries'], positions: [], skills: [] },
    ]);
    expect(batch.people.some((p) => p.id.includes('dealingwith'))).toBe(false);
    expect(batch.events.some((e) => e.personIds?.some((id) => id.includes('dealingwith')))).toBe(false);
  });

  it('turns likes and bookmarks into undated reactions and saves, once-per-file no-timestamp notes', async () => {
    const { batch, sink } = await run(dir);
    expect(report(batch, 'likes.json')).toMatchObject({ kind: 'reactions', records: likes, skipped: 0, variant: '4.1+' });
    expect(report(batch, 'bookmarks.json')).toMatchObject({ kind: 'other', records: bookmarks, skipped: 0 });
    const reactions = batch.events.filter((e) => e.kind === 'reaction');
    expect(reactions).toHaveLength(likes);
    expect(reactions.every((e) => e.at === undefined && e.direction === 'out')).toBe(true);
    expect(batch.events.filter((e) => e.kind === 'save')).toHaveLength(bookmarks);
    // A Pleroma-style /objects/<uuid> URI names no author.
    const pleroma = reactions.find((e) => e.targetUrl === 'https://social.deadsuperhero.com/objects/df6c744f-aede-4892-aa06-75157822096a');
    expect(pleroma?.personIds).toBeUndefined();
    expect(sink.items.filter((d) => d.code === 'import.no-timestamps').map((d) => d.file)).toEqual(['likes.json', 'bookmarks.json']);
  });
});

describe('Mastodon CSV exports (mastodon/mastodon spec fixtures)', () => {
  const dir = 'mastodon__mastodon';
  const lines = (f: string) => readFileSync(`${ROOT}${dir}/${f}`, 'utf8').split('\n').filter((l) => l.trim() !== '');

  it('is recognised from the CSV names alone', () => {
    expect(mastodonImporter.recognize(load(dir)).confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('reads follows as ties without dates, and counts lists and mutes, tolerating blank lines', async () => {
    const { batch, sink } = await run(dir);
    const follows = lines('following_accounts.csv').length - 1;
    expect(report(batch, 'following_accounts.csv')).toMatchObject({ kind: 'connections', records: follows, skipped: 0, variant: 'header: 4 columns' });
    expect(report(batch, 'lists.csv')).toMatchObject({ kind: 'other', records: lines('lists.csv').length, skipped: 0, variant: 'no header' });
    expect(report(batch, 'muted_accounts.csv')).toMatchObject({ kind: 'other', records: lines('muted_accounts.csv').length - 1, skipped: 0 });
    expect(batch.ties).toEqual([
      { personId: 'mastodon:acct:user@example.com', platform: 'mastodon', kind: 'follows', source: { platform: 'mastodon', file: 'following_accounts.csv', row: 1 } },
      { personId: 'mastodon:acct:user@test.com', platform: 'mastodon', kind: 'follows', source: { platform: 'mastodon', file: 'following_accounts.csv', row: 2 } },
    ]);
    expect(batch.people.map((p) => p.handle)).toEqual(['@user@example.com', '@user@test.com']);
    expect(batch.events).toEqual([]);
    expect(batch.profiles).toEqual([]);
    expect(sink.items).toEqual([]);
  });
});
