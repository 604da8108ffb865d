/**
 * The importer against the real repository CARs in /work/shared/fixtures/real/bluesky/, with
 * @atproto/repo 0.9.1 (the reference implementation, dev-only) as the independent count of the
 * current records, and the sample archive round-tripped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MemoryBlockstore, readCarWithRoot, Repo } from '@atproto/repo';
import { describe, expect, it } from 'vitest';
import { createMemoryArchive, type MemoryFile } from '../../archive/memory.ts';
import type { Archive } from '../../archive/types.ts';
import { DiagnosticSink } from '../../diagnostics/diagnostic.ts';
import type { ImportBatch } from '../../model/build.ts';
import { sampleBlueskyArchive, sampleBlueskySpec, writeBlueskyExport } from '../../sample/bluesky/index.ts';
import { blueskyImporter } from './index.ts';

const ROOT = fileURLToPath(new URL('../../../../shared/fixtures/real/bluesky/bluesky-social__indigo/', import.meta.url));
const CARS = readdirSync(ROOT).filter((n) => n.endsWith('.car')).sort();

function load(name: string): MemoryFile {
  return { path: name, bytes: new Uint8Array(readFileSync(join(ROOT, name))) };
}

async function importFiles(files: readonly MemoryFile[], name = 'test'): Promise<{ batch: ImportBatch; sink: DiagnosticSink }> {
  const sink = new DiagnosticSink(10_000);
  const batch = await blueskyImporter.read(createMemoryArchive(name, files), { diagnostics: sink });
  return { batch, sink };
}

/** Current records per collection, as the reference implementation walks them. */
async function oracle(bytes: Uint8Array) {
  const { root, blocks } = await readCarWithRoot(bytes);
  const repo = await Repo.load(new MemoryBlockstore(blocks), root);
  const records: { collection: string; rkey: string; record: Record<string, unknown> }[] = [];
  for await (const r of repo.walkRecords()) records.push({ collection: r.collection, rkey: r.rkey, record: r.record as Record<string, unknown> });
  const count = (...cs: string[]) => records.filter((r) => cs.includes(r.collection)).length;
  return { did: repo.did, records, count };
}

function records(batch: ImportBatch, kind: string): number {
  return batch.files.filter((f) => f.kind === kind).reduce((n, f) => n + f.records, 0);
}

it('finds both real repositories', () => {
  expect(CARS).toEqual(['fakermaker.repo.car', 'paul_staging.repo.car']);
});

describe.each(CARS)('real repository %s', (name) => {
  it('is recognised by its .car name, and by magic alone when the name has no extension', () => {
    const file = load(name);
    expect(blueskyImporter.recognize(createMemoryArchive(name, [file])).confidence).toBeGreaterThanOrEqual(0.5);
    const base = createMemoryArchive(name, [{ path: 'getRepo-download', bytes: file.bytes }]);
    expect(blueskyImporter.recognize(base).confidence).toBe(0);
    const sniffed: Archive = { ...base, entries: base.entries.map((e) => ({ ...e, magic: 'car' })) };
    expect(blueskyImporter.recognize(sniffed)).toEqual({ confidence: 1, evidence: ['getRepo-download'] });
  });

  it('imports every current record, counted independently by @atproto/repo, with none skipped', async () => {
    const file = load(name);
    const ref = await oracle(file.bytes);
    const { batch, sink } = await importFiles([file]);
    expect(sink.items.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(batch.files.map((f) => f.kind)).toEqual(['connections', 'posts', 'reactions', 'profile']);
    expect(batch.files.every((f) => f.skipped === 0 && f.file === name)).toBe(true);
    expect(records(batch, 'connections')).toBe(ref.count('app.bsky.graph.follow'));
    expect(records(batch, 'posts')).toBe(ref.count('app.bsky.feed.post', 'app.bsky.feed.repost'));
    expect(records(batch, 'reactions')).toBe(ref.count('app.bsky.feed.like', 'app.bsky.feed.vote'));
    expect(records(batch, 'profile')).toBe(ref.count('app.bsky.actor.profile'));
    expect(batch.ties).toHaveLength(ref.count('app.bsky.graph.follow'));
    expect(batch.events).toHaveLength(ref.count('app.bsky.feed.post', 'app.bsky.feed.repost', 'app.bsky.feed.like'));

    // The same records, not just the same number: post URLs end in the reference's rkeys, ties name its subjects.
    const postKeys = ref.records.filter((r) => r.collection === 'app.bsky.feed.post').map((r) => r.rkey).sort();
    const ours = batch.events.filter((e) => e.kind === 'post' || e.kind === 'reply').map((e) => e.url!.split('/').pop()).sort();
    expect(ours).toEqual(postKeys);
    const subjects = ref.records.filter((r) => r.collection === 'app.bsky.graph.follow').map((r) => `bluesky:did:${String(r.record['subject'])}`).sort();
    expect(batch.ties.map((t) => t.personId).sort()).toEqual(subjects);
    // The owner is the commit's DID and never a Person.
    expect(batch.people.some((p) => p.id === `bluesky:did:${ref.did}`)).toBe(false);
    expect(batch.profiles[0]!.profileUrl).toBe(`https://bsky.app/profile/${ref.did}`);
    // Every person an event or tie names is in the batch.
    const people = new Set(batch.people.map((p) => p.id));
    for (const e of batch.events) for (const id of e.personIds ?? []) expect(people.has(id)).toBe(true);
  });

  it('reports the legacy v2 layout and the history it carries', async () => {
    const { batch } = await importFiles([load(name)]);
    expect(batch.files[0]!.variant).toMatch(/^commit v2 \(legacy\); \d+ blocks outside the current tree/);
  });

  it('gives identical output on two runs', async () => {
    const a = await importFiles([load(name)]);
    const b = await importFiles([load(name)]);
    expect(b.batch).toEqual(a.batch);
    expect(b.sink.items).toEqual(a.sink.items);
  });
});

describe('paul_staging.repo.car (staging network, 2022-11…2023-03)', () => {
  it('reads the owner profile, and leaves the 54 history-only votes out', async () => {
    const { batch } = await importFiles([load('paul_staging.repo.car')]);
    expect(batch.profiles).toEqual([
      { platform: 'bluesky', name: 'Paul', profileUrl: 'https://bsky.app/profile/did:plc:cmpvykrzb2l22kj4ojlv3ox4', summary: 'Bluesky guy!!!', websites: [], positions: [], skills: [] },
    ]);
    expect(batch.events.filter((e) => e.detail?.startsWith('vote'))).toEqual([]);
    expect(batch.files.find((f) => f.kind === 'reactions')!.records).toBe(60);
  });

  it('tells a reply, a quote, a link post and a repost apart', async () => {
    const { batch } = await importFiles([load('paul_staging.repo.car')]);
    const byRkey = (rkey: string) => batch.events.find((e) => e.url?.endsWith(`/post/${rkey}`))!;
    // A reply to someone else names the parent's author.
    expect(byRkey('3jrzqhrg6ek2m')).toMatchObject({ kind: 'reply', personIds: ['bluesky:did:did:plc:52h2g25cka2totzv3ooc364t'], at: Date.UTC(2023, 2, 28, 22, 44, 50, 422) });
    // A reply in the owner's own thread names no one.
    expect(byRkey('3jhdawsdmd22k').kind).toBe('reply');
    expect(byRkey('3jhdawsdmd22k').personIds).toBeUndefined();
    // recordWithMedia: a quote of the owner's own post, with a link card as its media.
    expect(byRkey('3jrzqjdt6lc2n')).toMatchObject({ kind: 'post', text: 'QP of a QP with a link card https://atproto.com', targetUrl: 'https://bsky.app/profile/did:plc:cmpvykrzb2l22kj4ojlv3ox4/post/3jrzqisyaic2k' });
    expect(byRkey('3jju52jnhp22g')).toMatchObject({ kind: 'post', targetUrl: 'https://atproto.com', visibility: 'public' });
    // Legacy `entities` mention (2022-12).
    expect(byRkey('3jkx5h4udg226').personIds).toEqual(['bluesky:did:did:plc:ahy3hicg6ubuco7oabmqhi2t']);
    const repost = batch.events.find((e) => e.kind === 'repost')!;
    expect(repost.text).toBeUndefined();
    expect(repost.targetUrl).toMatch(/^https:\/\/bsky\.app\/profile\/did:plc:[a-z2-7]+\/post\/[a-z2-7]+$/);
    expect(batch.events.filter((e) => e.kind === 'repost')).toHaveLength(15);
  });
});

describe('fakermaker.repo.car (generated, 2023-04)', () => {
  it('parses createdAt with a -07:00 offset and dates follows', async () => {
    const { batch } = await importFiles([load('fakermaker.repo.car')]);
    const post = batch.events.find((e) => e.url?.endsWith('/post/3juazpfj7zj2y'))!;
    expect(post).toMatchObject({ kind: 'post', text: 'What day yourselves that depending graceful all crew you this.', at: Date.UTC(2023, 3, 26, 7, 9, 11) });
    const tie = batch.ties.find((t) => t.personId === 'bluesky:did:did:plc:3vvgmktvmy2qdyh2bjtrlowc')!;
    expect(tie).toMatchObject({ kind: 'follows', platform: 'bluesky', since: Date.UTC(2023, 3, 26, 7, 8, 49) });
    expect(batch.profiles[0]!.name).toBe('Herminia Schroeder');
    const like = batch.events.find((e) => e.kind === 'reaction')!;
    expect(like).toMatchObject({ detail: 'like', direction: 'out' });
    expect(like.at).toBeTypeOf('number');
  });
});

describe('sample archive round trip', () => {
  it.each([1, 2, 3])('seed %i: the importer reports exactly the expected counts, and no diagnostics', async (seed) => {
    const { files, expected } = sampleBlueskyArchive(seed);
    const { batch, sink } = await importFiles(files);
    expect(blueskyImporter.recognize(createMemoryArchive('s', files)).confidence).toBeGreaterThanOrEqual(0.5);
    const got: Record<string, number> = {};
    for (const f of batch.files) got[f.kind] = (got[f.kind] ?? 0) + f.records;
    expect(got).toEqual(expected);
    expect(sink.items).toEqual([]);
  });

  it('carries the spec’s values through', async () => {
    const spec = sampleBlueskySpec(4);
    const { batch } = await importFiles(writeBlueskyExport(spec));
    const [mention, link, quote, offset, reply, , selfReply, twoLangs] = spec.posts.slice(1);
    const find = (text: string) => batch.events.find((e) => e.text === text)!;
    expect(batch.profiles[0]).toMatchObject({ name: spec.owner.displayName, summary: spec.owner.description });
    expect(find(mention!.text).personIds).toEqual([`bluesky:did:${spec.people[0]!.did}`]);
    expect(find(link!.text).targetUrl).toBe(link!.link!.uri);
    expect(find(quote!.text)).toMatchObject({ kind: 'post', targetUrl: `https://bsky.app/profile/${quote!.quote!.did}/post/${quote!.quote!.rkey}`, personIds: [`bluesky:did:${quote!.quote!.did}`] });
    expect(find(offset!.text).at).toBe(Math.floor(offset!.at / 1000) * 1000);
    expect(find(reply!.text)).toMatchObject({ kind: 'reply', personIds: [`bluesky:did:${reply!.replyTo!.did}`] });
    expect(find(selfReply!.text).kind).toBe('reply');
    expect(find(selfReply!.text).personIds).toBeUndefined();
    expect(find(twoLangs!.text).detail).toBe('langs:en,pt');
    expect(batch.ties.map((t) => t.since)).toEqual(spec.follows.map((f) => f.at));
    expect(batch.events.filter((e) => e.kind === 'reaction').map((e) => e.at)).toEqual(spec.likes.map((l) => l.at));
  });

  it('reads the legacy v2 layout of the same spec to the same records, naming its history', async () => {
    const spec = sampleBlueskySpec(5);
    const v3 = await importFiles(writeBlueskyExport(spec));
    const v2 = await importFiles(writeBlueskyExport({ ...spec, version: 2 }));
    expect(v2.batch.events).toEqual(v3.batch.events);
    expect(v2.batch.ties).toEqual(v3.batch.ties);
    expect(v3.batch.files[0]!.variant).toBe('commit v3');
    expect(v2.batch.files[0]!.variant).toMatch(/^commit v2 \(legacy\); \d+ blocks outside the current tree/);
  });
});
