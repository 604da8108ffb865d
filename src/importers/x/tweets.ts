/** tweets.js / tweet.js (+ parts) → post, reply and repost events (formats/x.md "tweets.js / tweet.js"). */
import { diagnostic } from '../../diagnostics/diagnostic.ts';
import { mapTweet } from './map.ts';
import { unwrapTweet } from './raw.ts';
import type { XRun } from './run.ts';

/**
 * One handler per file. `favorite_count` and `retweet_count` are not kept: the ledger has no field
 * for reactions received. A tweet id seen in an earlier part is skipped, so an archive holding both
 * `tweet.js` and `tweets.js` does not count a tweet twice.
 */
export function tweetHandler(run: XRun, file: string, seen: Set<string>): (value: unknown, row: number) => boolean {
  return (value, row) => {
    const raw = unwrapTweet(value);
    const t = raw ? mapTweet(raw, run.owner) : undefined;
    if (!t) {
      run.sink.add(diagnostic('value.missing', 'warning', { file, row }, { column: 'tweet.id_str' }));
      return false;
    }
    if (seen.has(t.statusId)) {
      run.sink.add(diagnostic('import.duplicate-item', 'info', { file, row }, { id: t.statusId }));
      return false;
    }
    seen.add(t.statusId);
    if (t.rawDate !== undefined && t.at === undefined) {
      run.sink.add(diagnostic('value.bad-date', 'warning', { file, row }, { value: t.rawDate.slice(0, 40), column: 'created_at' }));
    }
    const personIds = t.people.map((p) => run.person(p.id, p));
    const e = run.event(t.kind, 'out', file, row);
    if (t.at !== undefined) e.at = t.at;
    if (t.text !== undefined) e.text = t.text;
    e.url = t.url;
    if (t.targetUrl !== undefined) e.targetUrl = t.targetUrl;
    if (personIds.length > 0) e.personIds = personIds;
    return true;
  };
}
