/**
 * Walks a repository's Merkle Search Tree from the commit's `data` link and lists the current
 * records in key order. Keys are `collection/rkey`, prefix-compressed against the previous entry
 * of the same node (`p` shared bytes + `k` suffix). Blocks of older revisions and deleted records
 * that a v2 export still carries are never reached, so they are not records.
 */
import * as dagCbor from '@ipld/dag-cbor';
import type { CID } from 'multiformats/cid';
import { cidKey, latin1 } from './car.ts';
import { asMstNode, type RawMstEntry } from './raw.ts';

export interface MstRecord {
  /** `collection/rkey`. */
  readonly key: string;
  readonly cid: CID;
}

export interface MstWalk {
  /** Current records, in key order (collection, then rkey). */
  readonly records: readonly MstRecord[];
  /** Distinct blocks the walk reached: tree nodes plus record blocks present in the file. */
  readonly reached: number;
  /** Links (nodes or records) the tree points to that the file does not hold. */
  readonly missing: number;
  /** Tree nodes that could not be read, with why; their subtrees are lost. */
  readonly badNodes: readonly string[];
}

const utf8 = new TextDecoder('utf-8');

/** Work left on one tree node: its entries from `i` on, keys decompressed against `prev`. */
interface Frame {
  readonly entries: readonly RawMstEntry[];
  i: number;
  prev: string;
}

/**
 * Lists every record reachable from `root`; a hostile tree (cycles, bad nodes) is walked once per node
 * and reported. In order (a node's left subtree, then each entry followed by its right subtree) with a
 * stack of its own rather than recursion: a crafted tree can be deeper than the call stack.
 */
export function walkMst(root: CID, blocks: ReadonlyMap<string, Uint8Array>): MstWalk {
  const records: MstRecord[] = [];
  const badNodes: string[] = [];
  const seen = new Set<string>();
  let missing = 0;
  let reached = 0;
  const stack: ({ readonly cid: CID } | { readonly frame: Frame })[] = [{ cid: root }];

  /** Reads a tree node and schedules its entries after its left subtree. */
  const open = (cid: CID): void => {
    const key = cidKey(cid);
    // A tree node is reached once; a loop back to one would otherwise never end.
    if (seen.has(key)) return;
    seen.add(key);
    const bytes = blocks.get(key);
    if (bytes === undefined) {
      missing++;
      return;
    }
    reached++;
    let value: unknown;
    try {
      value = dagCbor.decode(bytes);
    } catch (e) {
      badNodes.push(e instanceof Error ? e.message : String(e));
      return;
    }
    const node = asMstNode(value);
    if (typeof node === 'string') {
      badNodes.push(node);
      return;
    }
    stack.push({ frame: { entries: node.e, i: 0, prev: '' } });
    if (node.l) stack.push({ cid: node.l });
  };

  /** Takes the frame's next entry as a record and schedules its right subtree before the entries after it. */
  const step = (f: Frame): void => {
    const entry = f.entries[f.i++];
    if (entry === undefined) return;
    if (entry.p > f.prev.length) {
      badNodes.push(`key prefix ${entry.p} is longer than the previous key`);
      return;
    }
    // Keys are ASCII by the spec; latin1 keeps every byte so prefixes stay byte-exact.
    const full = f.prev.slice(0, entry.p) + latin1(entry.k);
    f.prev = full;
    const recordKey = cidKey(entry.v);
    if (blocks.has(recordKey)) {
      if (!seen.has(recordKey)) reached++;
    } else {
      missing++;
    }
    seen.add(recordKey);
    records.push({ key: /[^\x20-\x7e]/.test(full) ? utf8.decode(Uint8Array.from(full, (c) => c.charCodeAt(0))) : full, cid: entry.v });
    stack.push({ frame: f });
    if (entry.t) stack.push({ cid: entry.t });
  };

  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if ('cid' in item) open(item.cid);
    else step(item.frame);
  }
  return { records, reached, missing, badNodes };
}
