/**
 * Builds a repository's Merkle Search Tree over sorted `collection/rkey` keys, per the atproto
 * repository spec: a key's layer is the number of leading zero bits of sha-256(key) divided by 2
 * (fanout 4); a node at layer L holds the keys of layer L in its range and links, left of and
 * between them, to subtrees of layer L-1. Entries are prefix-compressed against the previous one.
 */
import type { CID } from 'multiformats/cid';
import { encodeBlock, type Block } from './blocks.ts';
import { sha256 } from './sha256.ts';

export interface TreeLeaf {
  readonly key: string;
  readonly value: CID;
}

const utf8 = new TextEncoder();

/** The MST layer of a key. */
export function keyLayer(key: string): number {
  const h = sha256(utf8.encode(key));
  let zeros = 0;
  for (const byte of h) {
    if (byte === 0) {
      zeros += 8;
      continue;
    }
    zeros += Math.clz32(byte) - 24;
    break;
  }
  return Math.floor(zeros / 2);
}

/** The tree's node blocks (root last) and its root CID; an empty tree is one node with no entries. */
export function buildMst(leaves: readonly TreeLeaf[]): { root: CID; blocks: Block[] } {
  const sorted = [...leaves].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const layered = sorted.map((l) => ({ ...l, layer: keyLayer(l.key) }));
  const blocks: Block[] = [];
  const top = layered.reduce((m, l) => Math.max(m, l.layer), 0);

  const node = (items: typeof layered, layer: number): CID => {
    const entries: { p: number; k: Uint8Array; v: CID; t: CID | null }[] = [];
    let left: CID | null = null;
    let pending: typeof layered = [];
    const flush = (): CID | null => {
      const sub = pending.length > 0 ? node(pending, layer - 1) : null;
      pending = [];
      return sub;
    };
    let prev = new Uint8Array(0);
    for (const item of items) {
      if (item.layer < layer) {
        pending.push(item);
        continue;
      }
      const sub = flush();
      if (entries.length === 0) left = sub;
      else entries[entries.length - 1]!.t = sub;
      const key = utf8.encode(item.key);
      let p = 0;
      while (p < prev.length && p < key.length && prev[p] === key[p]) p++;
      entries.push({ p, k: key.subarray(p), v: item.value, t: null });
      prev = key;
    }
    const tail = flush();
    if (entries.length === 0) left = tail;
    else entries[entries.length - 1]!.t = tail;
    const block = encodeBlock({ l: left, e: entries });
    blocks.push(block);
    return block.cid;
  };

  return { root: node(layered, top), blocks };
}
