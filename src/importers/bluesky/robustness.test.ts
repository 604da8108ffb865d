/** Bad, empty, truncated and foreign input: diagnostics and partial results, never a throw. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as CarBufferWriter from '@ipld/car/buffer-writer';
import { describe, expect, it } from 'vitest';
import { createMemoryArchive, type MemoryFile } from '../../archive/memory.ts';
import { ArchiveReadError, type Archive } from '../../archive/types.ts';
import { DiagnosticSink, type Diagnostic } from '../../diagnostics/diagnostic.ts';
import { encodeBlock, type Block } from '../../sample/bluesky/blocks.ts';
import { buildMst } from '../../sample/bluesky/mst.ts';
import { sampleBlueskyArchive } from '../../sample/bluesky/index.ts';
import { tidFor } from '../../sample/bluesky/tid.ts';
import { generateSample } from '../../sample/generate.ts';
import { blueskyImporter } from './index.ts';

const REAL = fileURLToPath(new URL('../../../../shared/fixtures/real/', import.meta.url));
const OWNER = 'did:plc:ownerownerownerownerowne';
const T = Date.UTC(2024, 5, 1, 12);

async function run(archive: Archive) {
  const sink = new DiagnosticSink(10_000);
  const batch = await blueskyImporter.read(archive, { diagnostics: sink });
  return { batch, sink, codes: sink.items.map((d) => d.code) };
}

const mem = (files: MemoryFile[]) => createMemoryArchive('test', files);

function car(root: Block | undefined, blocks: readonly Block[]): Uint8Array {
  const roots = root ? [root.cid] : [];
  const size = CarBufferWriter.headerLength({ roots }) + blocks.reduce((n, b) => n + CarBufferWriter.blockLength(b), 0);
  const w = CarBufferWriter.createWriter(new ArrayBuffer(size), { roots });
  for (const b of blocks) w.write(b);
  return w.close();
}

/** A v3 repository of hand-made records; `drop` leaves named record blocks out of the file. */
function repoCar(records: readonly { key: string; value: unknown }[], drop: readonly string[] = []): Uint8Array {
  const blocks = records.map((r) => encodeBlock(r.value));
  const mst = buildMst(records.map((r, i) => ({ key: r.key, value: blocks[i]!.cid })));
  const commit = encodeBlock({ did: OWNER, version: 3, data: mst.root, rev: tidFor(T), prev: null, sig: new Uint8Array(64) });
  const kept = blocks.filter((_, i) => !drop.includes(records[i]!.key));
  return car(commit, [commit, ...mst.blocks, ...kept]);
}

const k = (n: number) => tidFor(T + n * 60_000);

describe('foreign and empty input', () => {
  it('an empty archive is not Bluesky and reads to nothing, with a note', async () => {
    const a = mem([]);
    expect(blueskyImporter.recognize(a).confidence).toBe(0);
    const { batch, codes } = await run(a);
    expect(batch.files).toEqual([]);
    expect(codes).toEqual(['import.nothing-usable']);
  });

  it.each([
    ['JSON', new TextEncoder().encode('{"roots": [], "version": 1}')],
    ['an empty file', new Uint8Array(0)],
    ['a LinkedIn Connections.csv', new Uint8Array(readFileSync(join(REAL, 'linkedin/apk0703__linkdin_profile_analysis/Connections.csv')))],
    ['a zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0])],
  ])('%s named repo.car gives car.not-car and an unread "other" report', async (_label, bytes) => {
    const { batch, sink } = await run(mem([{ path: 'repo.car', bytes }]));
    expect(sink.items[0]).toMatchObject({ code: 'car.not-car', severity: 'error', file: 'repo.car' });
    expect(batch.files).toEqual([{ platform: 'bluesky', archive: 'test', file: 'repo.car', kind: 'other', records: 0, skipped: 0, variant: 'not a CAR file' }]);
    expect(sink.items.map((d) => d.code)).toEqual(['car.not-car', 'import.nothing-usable']);
  });

  it('a CAR whose root is not a commit, or with no root, gives car.no-commit', async () => {
    const other = encodeBlock({ hello: 'world' });
    for (const bytes of [car(other, [other]), car(undefined, [other]), car(encodeBlock({ missing: true }), [other])]) {
      const { batch, sink } = await run(mem([{ path: 'x.car', bytes }]));
      expect(sink.items[0]).toMatchObject({ code: 'car.no-commit', file: 'x.car' });
      expect(batch.files.map((f) => [f.kind, f.records])).toEqual([['other', 0]]);
    }
  });

  it('does not claim any LinkedIn archive, real or sample', () => {
    for (const dir of readdirSync(join(REAL, 'linkedin'))) {
      const files = readdirSync(join(REAL, 'linkedin', dir), { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => ({ path: join(d.parentPath, d.name).slice(join(REAL, 'linkedin', dir).length + 1), bytes: new Uint8Array(0) }));
      expect(blueskyImporter.recognize(mem(files)).confidence).toBe(0);
    }
    expect(blueskyImporter.recognize(mem(generateSample({ seed: 1 }).files)).confidence).toBe(0);
  });
});

describe('damaged repositories', () => {
  const paul = new Uint8Array(readFileSync(join(REAL, 'bluesky/bluesky-social__indigo/paul_staging.repo.car')));

  it('a truncated file keeps what was read and names what is missing', async () => {
    const { batch, sink } = await run(mem([{ path: 'paul.car', bytes: paul.subarray(0, Math.floor(paul.length * 0.6)) }]));
    const codes = new Set(sink.items.map((d) => d.code));
    expect(codes.has('car.truncated')).toBe(true);
    const full = await run(mem([{ path: 'paul.car', bytes: paul }]));
    const total = (b: typeof batch) => b.files.reduce((n, f) => n + f.records, 0);
    expect(total(batch)).toBeLessThan(total(full.batch));
    // Whatever the cut, every record the tree lists is either read or skipped with a reason.
    const skipped = batch.files.reduce((n, f) => n + f.skipped, 0);
    expect(sink.items.filter((d) => d.code === 'car.bad-record')).toHaveLength(skipped);
  });

  it('an archive read error mid-file becomes its diagnostic, keeping the blocks before it', async () => {
    const base = mem([{ path: 'paul.car', bytes: paul }]);
    const failing: Archive = {
      ...base,
      async *read(entry) {
        yield* (async function* () {
          let sent = 0;
          for await (const c of base.read(entry)) {
            if (sent > 60_000) throw new ArchiveReadError('archive.ratio', { ratio: 250 });
            sent += c.length;
            yield c;
          }
        })();
      },
    };
    const { sink } = await run(failing);
    expect(sink.items.some((d: Diagnostic) => d.code === 'archive.ratio' && d.file === 'paul.car')).toBe(true);
  });

  it('bad records are skipped with their key; dates fall back to the record key', async () => {
    const records = [
      { key: `app.bsky.feed.post/${k(1)}`, value: { $type: 'app.bsky.feed.post', createdAt: '2024-06-01T12:01:00Z' } },
      { key: `app.bsky.feed.post/${k(2)}`, value: { $type: 'app.bsky.feed.post', text: 'from the future', createdAt: '2099-01-01T00:00:00Z' } },
      { key: 'app.bsky.feed.post/notatid', value: { $type: 'app.bsky.feed.post', text: 'no date at all', createdAt: 'soon' } },
      { key: `app.bsky.feed.post/${k(3)}`, value: 'not a map' },
      { key: `app.bsky.graph.follow/${k(4)}`, value: { $type: 'app.bsky.graph.follow', subject: 'alice.example', createdAt: '2024-06-01T12:04:00Z' } },
      { key: `app.bsky.graph.follow/${k(5)}`, value: { $type: 'app.bsky.graph.follow', subject: 'did:plc:aaaa', createdAt: '2024-06-01T12:05:00Z' } },
      { key: `app.bsky.graph.follow/${k(6)}`, value: { $type: 'app.bsky.graph.follow', subject: 'did:plc:aaaa', createdAt: '2024-06-01T12:06:00Z' } },
      { key: `app.bsky.graph.follow/${k(7)}`, value: { $type: 'app.bsky.graph.follow', subject: OWNER, createdAt: '2024-06-01T12:07:00Z' } },
      { key: `app.bsky.feed.like/${k(8)}`, value: { $type: 'app.bsky.feed.like', createdAt: '2024-06-01T12:08:00Z' } },
      { key: `app.bsky.feed.like/${k(9)}`, value: { $type: 'app.bsky.feed.like', subject: { uri: 'at://did:plc:bbbb/app.bsky.feed.post/x', cid: 'b' } } },
      { key: `app.bsky.graph.list/${k(10)}`, value: { $type: 'app.bsky.graph.list', name: 'x' } },
      { key: 'app.bsky.actor.profile/other', value: { $type: 'app.bsky.actor.profile', displayName: 'Not me' } },
      { key: `app.bsky.feed.repost/${k(11)}`, value: { $type: 'app.bsky.feed.repost', subject: { uri: 'at://did:plc:cccc/app.bsky.feed.post/y', cid: 'c' }, createdAt: '2024-06-01T12:11:00Z' } },
    ];
    const { batch, sink } = await run(mem([{ path: 'r.car', bytes: repoCar(records, [`app.bsky.feed.repost/${k(11)}`]) }]));
    const tally = Object.fromEntries(batch.files.map((f) => [f.kind, [f.records, f.skipped]]));
    expect(tally).toEqual({ connections: [1, 3], posts: [2, 3], reactions: [1, 1], profile: [0, 1], other: [1, 0] });
    const bad = sink.items.filter((d) => d.code === 'car.bad-record');
    expect(bad).toHaveLength(8);
    expect(bad.map((d) => d.params!['key'])).toContain(`app.bsky.feed.repost/${k(11)}`);
    expect(bad.every((d) => d.file === 'r.car' && typeof d.row === 'number')).toBe(true);
    const future = batch.events.find((e) => e.text === 'from the future')!;
    expect(future.at).toBe(T + 2 * 60_000);
    expect(batch.events.find((e) => e.text === 'no date at all')!.at).toBeUndefined();
    // The like with no createdAt takes its time from the key.
    expect(batch.events.find((e) => e.kind === 'reaction')!.at).toBe(T + 9 * 60_000);
    expect(sink.items.filter((d) => d.code === 'car.date-from-key')).toHaveLength(2);
    expect(sink.items.filter((d) => d.code === 'value.bad-date')).toHaveLength(1);
    // Rows count records in key order (collection, then rkey): profile, 2 likes, 4 posts, repost, then follows.
    expect(batch.ties).toEqual([{ personId: 'bluesky:did:did:plc:aaaa', platform: 'bluesky', kind: 'follows', since: T + 5 * 60_000, source: { platform: 'bluesky', file: 'r.car', row: 10 } }]);
  });

  it('a tree node missing from the file is reported and its records are lost', async () => {
    const records = Array.from({ length: 40 }, (_, i) => ({ key: `app.bsky.feed.like/${k(i)}`, value: { $type: 'app.bsky.feed.like', subject: { uri: `at://did:plc:z${i}/app.bsky.feed.post/p`, cid: 'c' }, createdAt: '2024-06-01T12:00:00Z' } }));
    const blocks = records.map((r) => encodeBlock(r.value));
    const mst = buildMst(records.map((r, i) => ({ key: r.key, value: blocks[i]!.cid })));
    expect(mst.blocks.length).toBeGreaterThan(1);
    const commit = encodeBlock({ did: OWNER, version: 3, data: mst.root, rev: tidFor(T), prev: null, sig: new Uint8Array(64) });
    // Drop the first-built (deepest-left) node, keep the root (built last).
    const { batch, codes } = await run(mem([{ path: 'r.car', bytes: car(commit, [commit, ...mst.blocks.slice(1), ...blocks]) }]));
    expect(codes).toContain('car.missing-block');
    const reactions = batch.files.find((f) => f.kind === 'reactions')!;
    expect(reactions.records).toBeGreaterThan(0);
    expect(reactions.records).toBeLessThan(40);
  });

  it('a crafted tree: a 200,000-byte key and a chain of 50,000 nodes are read without a throw', async () => {
    const like = encodeBlock({ $type: 'app.bsky.feed.like', subject: { uri: 'at://did:plc:z/app.bsky.feed.post/p', cid: 'c' }, createdAt: '2024-06-01T12:00:00Z' });
    // One node whose only key is 200,000 bytes long.
    const longKey = encodeBlock({ l: null, e: [{ p: 0, k: new Uint8Array(200_000).fill(0x61), v: like.cid, t: null }] });
    const commitA = encodeBlock({ did: OWNER, version: 3, data: longKey.cid, rev: tidFor(T), prev: null, sig: new Uint8Array(64) });
    const a = await run(mem([{ path: 'a.car', bytes: car(commitA, [commitA, longKey, like]) }]));
    expect(a.batch.files.find((f) => f.kind === 'other' || f.skipped > 0 || f.records > 0)).toBeDefined();
    // 50,000 nodes, each the left subtree of the next: deeper than the call stack allows recursion.
    let node = encodeBlock({ l: null, e: [{ p: 0, k: new TextEncoder().encode(`app.bsky.feed.like/${k(0)}`), v: like.cid, t: null }] });
    const chain = [node];
    for (let i = 1; i < 50_000; i++) {
      node = encodeBlock({ l: node.cid, e: [{ p: 0, k: new TextEncoder().encode(`app.bsky.feed.like/${k(i)}`), v: like.cid, t: null }] });
      chain.push(node);
    }
    const commitB = encodeBlock({ did: OWNER, version: 3, data: node.cid, rev: tidFor(T), prev: null, sig: new Uint8Array(64) });
    const b = await run(mem([{ path: 'b.car', bytes: car(commitB, [commitB, ...chain, like]) }]));
    expect(b.batch.files.find((f) => f.kind === 'reactions')?.records).toBe(50_000);
  });

  it('an empty repository reports every kind with zero records', async () => {
    const { batch, codes } = await run(mem([{ path: 'r.car', bytes: repoCar([]) }]));
    expect(batch.files.map((f) => [f.kind, f.records, f.skipped])).toEqual([
      ['connections', 0, 0],
      ['posts', 0, 0],
      ['reactions', 0, 0],
      ['profile', 0, 0],
    ]);
    expect(codes).toEqual([]);
  });
});

describe('archives holding repositories', () => {
  it('reads every .car in a folder, in path order, and reports progress', async () => {
    const a = sampleBlueskyArchive(1).files[0]!;
    const b = sampleBlueskyArchive(2).files[0]!;
    const progress: [string, number][] = [];
    const archive = mem([{ path: 'export/b/repo.car', bytes: b.bytes }, { path: 'export/a/repo.car', bytes: a.bytes }, { path: 'export/readme.txt', bytes: new Uint8Array(1) }]);
    const sink = new DiagnosticSink();
    const batch = await blueskyImporter.read(archive, { diagnostics: sink, onProgress: (f, n) => progress.push([f, n]) });
    expect([...new Set(batch.files.map((f) => f.file))]).toEqual(['export/a/repo.car', 'export/b/repo.car']);
    expect(progress.at(-1)).toEqual(['export/b/repo.car', b.bytes.length]);
    expect(blueskyImporter.recognize(archive)).toEqual({ confidence: 0.9, evidence: ['export/a/repo.car', 'export/b/repo.car'] });
  });

  it('recognises a getRepo download by name', () => {
    expect(blueskyImporter.recognize(mem([{ path: 'com.atproto.sync.getRepo', bytes: new Uint8Array(1) }])).confidence).toBe(0.6);
  });
});
