/** Follows (ties), likes and legacy votes (reactions), blocks (counted only). */
import { uriDid, webUrl } from './map.ts';
import { obj, str, type Obj } from './raw.ts';
import type { BlueskyRun, Repo } from './run.ts';

/**
 * `app.bsky.graph.follow` → a `follows` tie since `createdAt`. The subject is a DID only: the
 * repository names no handle. Clients have written two follow records for one account; the
 * second is counted as skipped so the account is one tie.
 */
export function readFollow(run: BlueskyRun, repo: Repo, key: string, row: number, rec: Obj): boolean {
  const subject = str(rec, 'subject');
  if (subject === undefined || !subject.startsWith('did:')) {
    run.skip(repo, 'connections', key, row, 'the follow has no subject DID');
    return false;
  }
  if (subject === repo.did) {
    run.skip(repo, 'connections', key, row, 'a follow of your own account', 'info');
    return false;
  }
  if (repo.followed.has(subject)) {
    run.skip(repo, 'connections', key, row, 'a second follow of the same account', 'info');
    return false;
  }
  repo.followed.add(subject);
  const since = run.time(repo, str(rec, 'createdAt'), key, row);
  const personId = run.person(repo, subject)!;
  run.ties.push({ personId, platform: 'bluesky', kind: 'follows', ...(since !== undefined ? { since } : {}), source: run.source(repo, row) });
  return true;
}

/**
 * `app.bsky.feed.like` → a `like` reaction; the legacy `app.bsky.feed.vote` (paul_staging, 2022-11:
 * `{subject, direction: "up"}`) → `vote-up` / `vote-down`. Both carry `createdAt`, unlike X and Mastodon likes.
 */
export function readLike(run: BlueskyRun, repo: Repo, key: string, row: number, rec: Obj, legacyVote: boolean): boolean {
  const uri = str(obj(rec, 'subject') ?? {}, 'uri');
  if (uri === undefined) {
    run.skip(repo, 'reactions', key, row, 'the like has no "subject"');
    return false;
  }
  const e = run.event(repo, 'reaction', row, run.time(repo, str(rec, 'createdAt'), key, row));
  e.detail = legacyVote ? `vote-${str(rec, 'direction') === 'down' ? 'down' : 'up'}` : 'like';
  e.targetUrl = webUrl(uri);
  const ids = run.personIds(repo, [uriDid(uri)]);
  if (ids.length > 0) e.personIds = ids;
  return true;
}
