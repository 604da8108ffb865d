/**
 * Walks a repository's Merkle Search Tree from the commit's `data` link and lists the current
 * records in key order. Keys are `collection/rkey`, prefix-compressed against the previous entry
 * of the same node (`p` shared bytes + `k` suffix). Blocks of older revisions and deleted records
 * that a v2 export still carries are never reached, so they are not records.
 */
import * as dagCbor from '@ipld/dag-cbor';
import type { CID } from 'multiformats/cid';
import { cidKey } from './car.ts';
import { asMstNode } from './raw.ts';

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

/** Lists every record reachable from `root`; a hostile tree (cycles, bad nodes) is walked once per node and reported. */
export function walkMst(root: CID, blocks: ReadonlyMap<string, Uint8Array>): MstWalk {
  const records: MstRecord[] = [];
  const badNodes: string[] = [];
  const seen = new Set<string>();
  let missing = 0;
  let reached = 0;

  const visit = (cid: CID): void => {
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
    if (node.l) visit(node.l);
    let prev = '';
    for (const entry of node.e) {
      if (entry.p > prev.length) {
        badNodes.push(`key prefix ${entry.p} is longer than the previous key`);
        return;
      }
      // Keys are ASCII by the spec; latin1 keeps every byte so prefixes stay byte-exact.
      const full = prev.slice(0, entry.p) + String.fromCharCode.apply(null, entry.k as unknown as number[]);
      prev = full;
      const recordKey = cidKey(entry.v);
      if (blocks.has(recordKey)) {
        if (!seen.has(recordKey)) reached++;
      } else {
        missing++;
      }
      seen.add(recordKey);
      records.push({ key: /[^\x20-\x7e]/.test(full) ? utf8.decode(Uint8Array.from(full, (c) => c.charCodeAt(0))) : full, cid: entry.v });
      if (entry.t) visit(entry.t);
    }
  };

  visit(root);
  return { records, reached, missing, badNodes };
}
