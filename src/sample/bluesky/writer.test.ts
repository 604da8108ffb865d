/**
 * The sample writer against independent references: node:crypto for SHA-256, @atproto/repo 0.9.1
 * (the reference implementation, a dev dependency) for the CAR, the commit and the exact MST.
 */
import { createHash } from 'node:crypto';
import * as dagCbor from '@ipld/dag-cbor';
import { MemoryBlockstore, MST, readCarWithRoot, Repo } from '@atproto/repo';
import { describe, expect, it } from 'vitest';
import { tidTime } from '../../importers/bluesky/map.ts';
import { encodeBlock } from './blocks.ts';
import { buildMst, keyLayer } from './mst.ts';
import { sampleBlueskyArchive, sampleBlueskySpec, writeBlueskyCar, writeBlueskyExport } from './index.ts';
import { createdAt, sampleRecords } from './records.ts';
import { sha256 } from './sha256.ts';
import { tidFor } from './tid.ts';

async function oracle(bytes: Uint8Array) {
  const { root, blocks } = await readCarWithRoot(bytes);
  const repo = await Repo.load(new MemoryBlockstore(blocks), root);
  const records: { collection: string; rkey: string; record: unknown }[] = [];
  for await (const r of repo.walkRecords()) records.push({ collection: r.collection, rkey: r.rkey, record: r.record });
  return { repo, records };
}

describe('sha256', () => {
  it.each([0, 1, 55, 56, 63, 64, 65, 119, 1000, 70_000])('matches node:crypto for %i bytes', (n) => {
    const data = new Uint8Array(n).map((_, i) => (i * 131 + 17) & 255);
    expect(Buffer.from(sha256(data)).toString('hex')).toBe(createHash('sha256').update(data).digest('hex'));
  });
});

describe('record keys and dates', () => {
  it('makes TIDs that decode back to their time', () => {
    const t = Date.UTC(2024, 4, 17, 12, 30, 45, 123);
    const k = tidFor(t, 0, 5);
    expect(k).toMatch(/^[234567a-j][234567a-z]{12}$/);
    expect(tidTime(k)).toBe(t);
    // Later times sort later, as the spec requires of TIDs.
    expect(tidFor(t + 1) > tidFor(t)).toBe(true);
  });

  it('writes createdAt as Z with ms, or with an offset and no fraction', () => {
    const t = Date.UTC(2023, 3, 26, 7, 9, 11, 0);
    expect(createdAt(t)).toBe('2023-04-26T07:09:11.000Z');
    expect(createdAt(t, -420)).toBe('2023-04-26T00:09:11-07:00');
    expect(createdAt(t, 330)).toBe('2023-04-26T12:39:11+05:30');
  });
});

describe('MST builder', () => {
  it('puts a key on the layer of its hash’s leading zero bits / 2', () => {
    // Known layers from the atproto interop test vectors (repo-spec "MST key layers").
    expect(keyLayer('2653ae71')).toBe(0);
    expect(keyLayer('blue')).toBe(1);
    expect(keyLayer('app.bsky.feed.post/454397e440ec')).toBe(4);
    expect(keyLayer('app.bsky.feed.post/9adeb165882c')).toBe(8);
  });

  it('gives the same root CID as @atproto/repo for the same records', async () => {
    for (const seed of [1, 2, 3]) {
      const records = sampleRecords(sampleBlueskySpec(seed), 0);
      const leaves = records.map((r) => ({ key: r.key, value: encodeBlock(r.value).cid }));
      const ours = buildMst(leaves).root;
      const storage = new MemoryBlockstore();
      let mst = await MST.create(storage);
      for (const l of leaves) mst = await mst.add(l.key, l.value as never);
      expect(ours.toString()).toBe((await mst.getPointer()).toString());
    }
  });

  it('builds an empty tree as one node with no entries', async () => {
    const ours = buildMst([]);
    expect(ours.blocks).toHaveLength(1);
    const mst = await MST.create(new MemoryBlockstore());
    expect(ours.root.toString()).toBe((await mst.getPointer()).toString());
  });
});

describe('sample repository', () => {
  it('is a valid v3 repository by @atproto/repo, with every record of the spec', async () => {
    const spec = sampleBlueskySpec(7);
    const { repo, records } = await oracle(writeBlueskyCar(spec));
    expect(repo.did).toBe(spec.owner.did);
    expect(repo.commit.version).toBe(3);
    const count = (c: string) => records.filter((r) => r.collection === c).length;
    expect(count('app.bsky.feed.post')).toBe(spec.posts.length);
    expect(count('app.bsky.feed.repost')).toBe(spec.reposts.length);
    expect(count('app.bsky.feed.like')).toBe(spec.likes.length);
    expect(count('app.bsky.graph.follow')).toBe(spec.follows.length);
    expect(count('app.bsky.graph.block')).toBe(spec.blocks.length);
    expect(records.find((r) => r.collection === 'app.bsky.actor.profile')?.rkey).toBe('self');
  });

  it('as a legacy v2 repository carries history that is not current', async () => {
    const spec = { ...sampleBlueskySpec(7), version: 2 as const };
    const bytes = writeBlueskyCar(spec);
    const { records } = await oracle(bytes);
    expect(records.filter((r) => r.collection === 'app.bsky.feed.post')).toHaveLength(spec.posts.length);
    const { root, blocks } = await readCarWithRoot(bytes);
    // @atproto/repo upgrades a v2 commit to v3 when it loads it, so read the root block ourselves.
    const commit = dagCbor.decode(blocks.get(root)!) as { version: number; prev: unknown; rev?: string };
    expect(commit.version).toBe(2);
    expect(commit.prev).not.toBeNull();
    expect(commit.rev).toBeUndefined();
    // commit + older commit + the deleted post + both trees' nodes + records: more blocks than v3.
    const v3 = await readCarWithRoot(writeBlueskyCar(sampleBlueskySpec(7)));
    expect(blocks.size).toBeGreaterThan(v3.blocks.size + 2);
  });

  it('writes mention facets as UTF-8 byte ranges of the @handle', () => {
    const spec = sampleBlueskySpec(3);
    const mention = sampleRecords(spec, 0).find((r) => Array.isArray(r.value['facets']))!;
    const text = mention.value['text'] as string;
    const facet = (mention.value['facets'] as { index: { byteStart: number; byteEnd: number } }[])[0]!;
    const bytes = new TextEncoder().encode(text);
    expect(new TextDecoder().decode(bytes.subarray(facet.index.byteStart, facet.index.byteEnd))).toBe(`@${spec.people[0]!.handle}`);
  });

  it('is deterministic per seed and differs between seeds', () => {
    const a = sampleBlueskyArchive(11);
    const b = sampleBlueskyArchive(11);
    expect(Buffer.from(a.files[0]!.bytes).equals(Buffer.from(b.files[0]!.bytes))).toBe(true);
    expect(Buffer.from(sampleBlueskyArchive(12).files[0]!.bytes).equals(Buffer.from(a.files[0]!.bytes))).toBe(false);
    expect(a.files.map((f) => f.path)).toEqual(['repo.car']);
    expect(a.expected).toEqual({ connections: 6, posts: 11, reactions: 4, profile: 1, other: 1 });
  });

  it('names the entry as asked (a getRepo download has no extension)', () => {
    expect(writeBlueskyExport(sampleBlueskySpec(1), { fileName: 'com.atproto.sync.getRepo' })[0]!.path).toBe('com.atproto.sync.getRepo');
  });
});
