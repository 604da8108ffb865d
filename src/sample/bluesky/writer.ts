/**
 * Writes a Bluesky repository export: one CAR v1 file of DAG-CBOR blocks with a signed-looking
 * commit (the `sig` is filler bytes: nothing here can sign, and readers do not verify it), a
 * correct MST over the records, and the records. Deterministic: one spec gives identical bytes.
 */
import * as CarBufferWriter from '@ipld/car/buffer-writer';
import type { CID } from 'multiformats/cid';
import type { MemoryFile } from '../../archive/memory.ts';
import { encodeBlock, type Block } from './blocks.ts';
import { buildMst } from './mst.ts';
import { sampleRecords, type SampleRecord } from './records.ts';
import { sha256 } from './sha256.ts';
import type { BlueskySpec } from './spec.ts';
import { tidFor } from './tid.ts';

export interface BlueskyWriteOptions {
  /**
   * Entry name. Default `repo.car`; a browser saving the raw API response gives
   * `com.atproto.sync.getRepo` with no extension (bluesky-social/indigo#627).
   */
  readonly fileName?: string;
  /** The 10-bit clock id in every record key (default 0). */
  readonly clockId?: number;
}

const utf8 = new TextEncoder();

/** 64 filler bytes where a real commit carries its secp256k1/p256 signature. */
function fakeSig(did: string, data: CID): Uint8Array {
  const a = sha256(utf8.encode(`sig:${did}:${data.toString()}`));
  const out = new Uint8Array(64);
  out.set(a, 0);
  out.set(sha256(a), 32);
  return out;
}

function tree(records: readonly SampleRecord[]): { root: CID; nodes: Block[]; recordBlocks: Block[] } {
  const recordBlocks = records.map((r) => encodeBlock(r.value));
  const { root, blocks } = buildMst(records.map((r, i) => ({ key: r.key, value: recordBlocks[i]!.cid })));
  return { root, nodes: blocks, recordBlocks };
}

/** The repository's blocks in the order a current PDS streams them: commit, tree nodes (root first), records. */
export function repositoryBlocks(spec: BlueskySpec, options: BlueskyWriteOptions = {}): { root: CID; blocks: Block[] } {
  const records = sampleRecords(spec, options.clockId ?? 0);
  const current = tree(records);
  const latest = Math.max(0, ...spec.posts.map((p) => p.at), ...spec.likes.map((l) => l.at), ...spec.follows.map((f) => f.at), ...spec.reposts.map((r) => r.at));
  const history: Block[] = [];
  let commitValue: Record<string, unknown>;
  if (spec.version === 2) {
    // Legacy v2: `prev` links the previous commit, whose tree (all but the last record, plus one
    // since-deleted post) is still in the file, as in paul_staging (2022-11…2023-03).
    const deleted: SampleRecord = { key: `app.bsky.feed.post/${tidFor(latest, 999, options.clockId ?? 0)}`, value: { $type: 'app.bsky.feed.post', text: 'deleted', createdAt: new Date(latest).toISOString() } };
    const older = tree([...records.slice(0, -1), deleted]);
    const oldCommit = encodeBlock({ did: spec.owner.did, version: 2, data: older.root, prev: null, sig: fakeSig(spec.owner.did, older.root) });
    history.push(oldCommit, ...older.nodes.reverse(), ...older.recordBlocks);
    commitValue = { did: spec.owner.did, version: 2, data: current.root, prev: oldCommit.cid, sig: fakeSig(spec.owner.did, current.root) };
  } else {
    commitValue = { did: spec.owner.did, version: 3, data: current.root, rev: tidFor(latest, 0, options.clockId ?? 0), prev: null, sig: fakeSig(spec.owner.did, current.root) };
  }
  const commit = encodeBlock(commitValue);
  const ordered = [commit, ...current.nodes.reverse(), ...current.recordBlocks, ...history];
  // Identical records (same bytes) are one block; a CAR holds each block once.
  const seen = new Set<string>();
  const blocks = ordered.filter((b) => {
    const k = b.cid.toString();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return { root: commit.cid, blocks };
}

/** The CAR bytes of a repository. */
export function writeBlueskyCar(spec: BlueskySpec, options: BlueskyWriteOptions = {}): Uint8Array {
  const { root, blocks } = repositoryBlocks(spec, options);
  const size = CarBufferWriter.headerLength({ roots: [root] }) + blocks.reduce((n, b) => n + CarBufferWriter.blockLength(b), 0);
  const writer = CarBufferWriter.createWriter(new ArrayBuffer(size), { roots: [root] });
  for (const b of blocks) writer.write(b);
  return writer.close();
}

/** The export as archive files: one CAR entry. */
export function writeBlueskyExport(spec: BlueskySpec, options: BlueskyWriteOptions = {}): MemoryFile[] {
  return [{ path: options.fileName ?? 'repo.car', bytes: writeBlueskyCar(spec, options) }];
}
