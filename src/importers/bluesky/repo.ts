/**
 * Reads one repository CAR entry: header → blocks → signed commit (the first root) → record tree
 * → records, each handed to its family's reader. Reports the file once per family it feeds.
 */
import * as dagCbor from '@ipld/dag-cbor';
import type { ArchiveEntry } from '../../archive/types.ts';
import { diagnostic } from '../../diagnostics/diagnostic.ts';
import { cidKey, readCar } from './car.ts';
import { walkMst, type MstWalk } from './mst.ts';
import { COLLECTIONS, LEGACY_COLLECTIONS } from './paths.ts';
import { readPost, readRepost } from './posts.ts';
import { readProfile } from './profile.ts';
import { asCommit, isObj, type RawCommit } from './raw.ts';
import { FAMILIES, type BlueskyRun, type Family, type Repo } from './run.ts';
import { readFollow, readLike } from './social.ts';
import { readWithProgress } from '../_shared/progress.ts';


/** Which FileReport kind a collection feeds. */
export function familyOf(collection: string): Family {
  switch (collection) {
    case COLLECTIONS.follow:
      return 'connections';
    case COLLECTIONS.post:
    case COLLECTIONS.repost:
      return 'posts';
    case COLLECTIONS.like:
    case COLLECTIONS.vote:
      return 'reactions';
    case COLLECTIONS.profile:
      return 'profile';
    default:
      return 'other';
  }
}

/** Reads one CAR entry into the run; bad bytes become diagnostics and an `other` FileReport, never a throw. */
export async function readRepoEntry(run: BlueskyRun, entry: ArchiveEntry): Promise<void> {
  const file = entry.path;
  const car = await readCar(progress(run, entry), file);
  const unread = (variant: string) => run.files.push({ platform: 'bluesky', archive: run.archive.name, file, kind: 'other', records: 0, skipped: 0, variant });
  if (!('blocks' in car)) {
    run.sink.add(car);
    unread('not a CAR file');
    return;
  }
  for (const p of car.problems) run.sink.add(p);
  const commit = readCommit(car.roots[0] === undefined ? undefined : car.blocks.get(cidKey(car.roots[0])), car.roots.length);
  if (typeof commit === 'string') {
    run.sink.add(diagnostic('car.no-commit', 'error', { file }, { reason: commit }));
    unread('CAR without a repository commit');
    return;
  }
  const walk = walkMst(commit.data, car.blocks);
  if (walk.missing > 0) run.sink.add(diagnostic('car.missing-block', 'warning', { file }, { count: walk.missing }));
  for (const reason of walk.badNodes) run.sink.add(diagnostic('car.bad-node', 'warning', { file }, { reason }));

  const repo = run.repo(file, commit.did);
  const legacy = new Set<string>();
  walk.records.forEach((r, i) => {
    const row = i + 1;
    const slash = r.key.indexOf('/');
    const collection = slash < 0 ? r.key : r.key.slice(0, slash);
    const rkey = slash < 0 ? '' : r.key.slice(slash + 1);
    if (LEGACY_COLLECTIONS.includes(collection)) legacy.add(collection);
    const family = familyOf(collection);
    const value = decodeRecord(car.blocks.get(cidKey(r.cid)));
    if (typeof value === 'string') {
      run.skip(repo, family, r.key, row, value);
      return;
    }
    if (readRecord(run, repo, collection, r.key, rkey, row, value, family)) repo.tally[family].records++;
  });

  const variant = describeVariant(commit, car.blocks.size, walk, legacy);
  for (const kind of FAMILIES) {
    const t = repo.tally[kind];
    // The repository is complete: zero likes means none, so every family but `other` is always reported.
    if (kind === 'other' && t.records + t.skipped === 0) continue;
    run.files.push({ platform: 'bluesky', archive: run.archive.name, file, kind, records: t.records, skipped: t.skipped, variant });
  }
}

function readRecord(run: BlueskyRun, repo: Repo, collection: string, key: string, rkey: string, row: number, rec: Readonly<Record<string, unknown>>, family: Family): boolean {
  switch (collection) {
    case COLLECTIONS.post:
      return readPost(run, repo, key, rkey, row, rec);
    case COLLECTIONS.repost:
      return readRepost(run, repo, key, row, rec);
    case COLLECTIONS.like:
      return readLike(run, repo, key, row, rec, false);
    case COLLECTIONS.vote:
      return readLike(run, repo, key, row, rec, true);
    case COLLECTIONS.follow:
      return readFollow(run, repo, key, row, rec);
    case COLLECTIONS.profile:
      // One profile per repository, under rkey `self`; any other is not the profile the app shows.
      if (rkey !== 'self' || repo.tally.profile.records > 0) {
        run.skip(repo, family, key, row, 'not the "self" profile record', 'info');
        return false;
      }
      return readProfile(run, repo, rec);
    default:
      // Blocks, lists, threadgates, declarations…: counted, not used.
      return true;
  }
}

function readCommit(bytes: Uint8Array | undefined, roots: number): RawCommit | string {
  if (roots === 0) return 'the CAR header names no root';
  if (bytes === undefined) return 'the root block is not in the file';
  try {
    return asCommit(dagCbor.decode(bytes));
  } catch (e) {
    return `the root block is not DAG-CBOR (${e instanceof Error ? e.message : String(e)})`;
  }
}

function decodeRecord(bytes: Uint8Array | undefined): Readonly<Record<string, unknown>> | string {
  if (bytes === undefined) return 'the record block is not in the file';
  try {
    const v: unknown = dagCbor.decode(bytes);
    return isObj(v) ? v : 'the record is not a map';
  } catch (e) {
    return `the record is not DAG-CBOR (${e instanceof Error ? e.message : String(e)})`;
  }
}

/**
 * What the file showed: `commit v3`, or `commit v2 (legacy)` with the blocks of older revisions
 * it still carries (paul_staging: 28 commits, 458 blocks, 186 current records) and any legacy
 * record types still in the current tree.
 */
export function describeVariant(commit: RawCommit, blocks: number, walk: MstWalk, legacy: ReadonlySet<string>): string {
  const parts = [`commit v${commit.version}${commit.version < 3 ? ' (legacy)' : ''}`];
  const history = blocks - 1 - walk.reached;
  if (history > 0) parts.push(`${history} blocks outside the current tree (history or deleted records)`);
  if (legacy.size > 0) parts.push(`legacy records: ${[...legacy].sort().join(', ')}`);
  return parts.join('; ');
}

/** The entry's bytes, reporting progress to the CLI. */
function progress(run: BlueskyRun, entry: ArchiveEntry): AsyncGenerator<Uint8Array> {
  return readWithProgress(run.archive, entry, run.ctx.onProgress);
}
