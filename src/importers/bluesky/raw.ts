/**
 * The shapes we read from a repository's DAG-CBOR blocks, as checks from `unknown`: the signed
 * commit, MST nodes, and field access on records (formats/bluesky.md §2–3). A check returns the
 * typed value or a short reason for a diagnostic; it never throws.
 */
import { CID } from 'multiformats/cid';

export type Obj = Readonly<Record<string, unknown>>;

export interface RawCommit {
  readonly did: string;
  /** 3 since mid-2023 (with `rev`); 2 in older repositories, which also carry history. */
  readonly version: number;
  /** Root of the record tree. */
  readonly data: CID;
  readonly rev?: string;
  readonly hasPrev: boolean;
}

export interface RawMstEntry {
  /** Bytes shared with the previous key in the same node. */
  readonly p: number;
  /** The rest of the key. */
  readonly k: Uint8Array;
  /** The record. */
  readonly v: CID;
  /** Subtree of keys between this entry and the next. */
  readonly t: CID | null;
}

export interface RawMstNode {
  /** Subtree of keys before the first entry. */
  readonly l: CID | null;
  readonly e: readonly RawMstEntry[];
}

/** True for a plain object (a CBOR map), not an array, CID or byte string. */
export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array) && CID.asCID(v) === null;
}

/** A string field, or undefined. */
export function str(o: Obj, key: string): string | undefined {
  const v = o[key];
  return typeof v === 'string' ? v : undefined;
}

/** A map field, or undefined. */
export function obj(o: Obj, key: string): Obj | undefined {
  const v = o[key];
  return isObj(v) ? v : undefined;
}

/** An array field (empty when absent or of another type). */
export function arr(o: Obj, key: string): readonly unknown[] {
  const v = o[key];
  return Array.isArray(v) ? v : [];
}

function link(v: unknown): CID | null | undefined {
  if (v === null) return null;
  return CID.asCID(v) ?? undefined;
}

/** Checks the root block is a repository commit: `{did, version, data, prev?, rev?, sig}`. */
export function asCommit(v: unknown): RawCommit | string {
  if (!isObj(v)) return 'the root block is not a map';
  const did = str(v, 'did');
  const version = v['version'];
  const data = link(v['data']);
  if (did === undefined || !did.startsWith('did:')) return 'the root block has no "did"';
  if (typeof version !== 'number') return 'the root block has no "version"';
  if (!data) return 'the root block has no "data" link to a record tree';
  const rev = str(v, 'rev');
  return { did, version, data, hasPrev: link(v['prev']) instanceof CID, ...(rev !== undefined ? { rev } : {}) };
}

/** Checks a block is an MST node `{l, e: [{p, k, v, t}]}`. */
export function asMstNode(v: unknown): RawMstNode | string {
  if (!isObj(v) || !('e' in v) || !Array.isArray(v['e'])) return 'not a tree node';
  const l = link(v['l']);
  if (l === undefined) return 'tree node has a bad "l" link';
  const e: RawMstEntry[] = [];
  for (const x of v['e'] as unknown[]) {
    if (!isObj(x)) return 'tree entry is not a map';
    const p = x['p'];
    const k = x['k'];
    const val = link(x['v']);
    const t = link(x['t']);
    if (typeof p !== 'number' || !(k instanceof Uint8Array) || !val || t === undefined) return 'tree entry lacks p, k, v or t';
    e.push({ p, k, v: val, t });
  }
  return { l, e };
}
