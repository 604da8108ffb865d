/** DAG-CBOR blocks with sha-256 CIDv1 (the only kind a repository holds), built synchronously. */
import * as dagCbor from '@ipld/dag-cbor';
import { CID } from 'multiformats/cid';
import { create as createDigest } from 'multiformats/hashes/digest';
import { sha256 } from './sha256.ts';

/** Multihash code of sha2-256. */
const SHA2_256 = 0x12;

export interface Block {
  readonly cid: CID;
  readonly bytes: Uint8Array;
}

/** Encodes a value as DAG-CBOR and addresses it by its sha-256. */
export function encodeBlock(value: unknown): Block {
  const bytes = dagCbor.encode(value);
  return { cid: CID.createV1(dagCbor.code, createDigest(SHA2_256, sha256(bytes))), bytes };
}

/** A stand-in CID (as text) for a record we do not hold, e.g. someone else's post a like points to. */
export function foreignCid(uri: string): string {
  return encodeBlock({ uri }).cid.toString();
}
