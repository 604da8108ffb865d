/** `app.bsky.feed.post` → post / reply / quote events, and `app.bsky.feed.repost` → repost events. */
import { externalUri, mentionDids, ownPostUrl, quotedUri, uriDid, webUrl } from './map.ts';
import { arr, obj, str, type Obj } from './raw.ts';
import type { BlueskyRun, Repo } from './run.ts';

/**
 * One of the owner's posts. A `reply` field makes it a reply to the parent's author (a reply to the
 * owner's own post continues a thread and names no one); an embedded record makes it a quote, with
 * the quoted post as `targetUrl` and its author among `personIds`. Posts are always public.
 */
export function readPost(run: BlueskyRun, repo: Repo, key: string, rkey: string, row: number, rec: Obj): boolean {
  const text = str(rec, 'text');
  if (text === undefined) {
    run.skip(repo, 'posts', key, row, 'the post has no "text"');
    return false;
  }
  const at = run.time(repo, str(rec, 'createdAt'), key, row);
  const reply = obj(rec, 'reply');
  const parent = reply ? str(obj(reply, 'parent') ?? {}, 'uri') : undefined;
  const embed = obj(rec, 'embed');
  const quoted = quotedUri(embed);
  const e = run.event(repo, reply ? 'reply' : 'post', row, at);
  e.text = text;
  e.url = ownPostUrl(repo.did, rkey);
  e.visibility = 'public';
  const ids = run.personIds(repo, [parent !== undefined ? uriDid(parent) : undefined, ...mentionDids(rec), quoted !== undefined ? uriDid(quoted) : undefined]);
  if (ids.length > 0) e.personIds = ids;
  const target = quoted !== undefined ? webUrl(quoted) : externalUri(embed);
  if (target !== undefined) e.targetUrl = target;
  // The model has no language field; the declared languages ride in `detail` (`langs:en,pt`).
  const langs = arr(rec, 'langs').filter((l): l is string => typeof l === 'string');
  if (langs.length > 0) e.detail = `langs:${langs.join(',')}`;
  return true;
}

/** A plain repost: no text, the reposted post as `targetUrl`, its author as the counterpart. */
export function readRepost(run: BlueskyRun, repo: Repo, key: string, row: number, rec: Obj): boolean {
  const uri = str(obj(rec, 'subject') ?? {}, 'uri');
  if (uri === undefined) {
    run.skip(repo, 'posts', key, row, 'the repost has no "subject"');
    return false;
  }
  const e = run.event(repo, 'repost', row, run.time(repo, str(rec, 'createdAt'), key, row));
  e.targetUrl = webUrl(uri);
  const ids = run.personIds(repo, [uriDid(uri)]);
  if (ids.length > 0) e.personIds = ids;
  return true;
}
