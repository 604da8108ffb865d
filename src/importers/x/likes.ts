/**
 * like.js → `reaction` events without `at`: real archives give `{ "like" : { tweetId, fullText,
 * expandedUrl } }`, no timestamp and no author [X1] (a `likedAt` appears only in synthetic fixtures
 * of other projects; it is not read). The liked tweet's text is someone else's and is not kept.
 */
import { diagnostic } from '../../diagnostics/diagnostic.ts';
import { statusUrl } from './map.ts';
import { id, str, unwrap } from './raw.ts';
import type { XRun } from './run.ts';

/** One handler per file. */
export function likeHandler(run: XRun, file: string): (value: unknown, row: number) => boolean {
  return (value, row) => {
    const o = unwrap(value, 'like');
    const tweetId = id(o, 'tweetId');
    const url = str(o, 'expandedUrl') ?? (tweetId !== undefined ? statusUrl(tweetId) : undefined);
    if (url === undefined) {
      run.sink.add(diagnostic('value.missing', 'warning', { file, row }, { column: 'like.tweetId' }));
      return false;
    }
    const e = run.event('reaction', 'out', file, row);
    e.targetUrl = url;
    e.detail = 'like';
    return true;
  };
}

/** The once-per-file note that likes have no dates. */
export function noLikeDates(run: XRun, file: string): void {
  run.sink.add(diagnostic('import.no-timestamps', 'info', { file }, { what: 'likes' }));
}
