/**
 * follower.js / following.js → `followed-by` / `follows` ties. Rows are
 * `{ "follower" : { "accountId", "userLink" } }` (`userLink` since ~2020; 2019-2020 rows have only
 * `accountId` [X3]): no handle, no name, no date — a snapshot at export time.
 */
import { diagnostic } from '../../diagnostics/diagnostic.ts';
import type { TieKind } from '../../model/types.ts';
import { id, str, unwrap } from './raw.ts';
import type { XRun } from './run.ts';

/** One handler per file; `key` is the wrapper key (`follower` or `following`). */
export function tieHandler(run: XRun, file: string, key: 'follower' | 'following'): (value: unknown, row: number) => boolean {
  const kind: TieKind = key === 'follower' ? 'followed-by' : 'follows';
  return (value, row) => {
    const o = unwrap(value, key);
    const accountId = id(o, 'accountId');
    if (accountId === undefined) {
      run.sink.add(diagnostic('value.missing', 'warning', { file, row }, { column: `${key}.accountId` }));
      return false;
    }
    const userLink = str(o, 'userLink');
    const personId = run.person(accountId, userLink !== undefined ? { profileUrl: userLink } : {});
    run.ties.push({ personId, platform: 'x', kind, source: { platform: 'x', file, row } });
    return true;
  };
}

/** The once-per-file note that ties have no dates. */
export function noTieDates(run: XRun, file: string, key: 'follower' | 'following'): void {
  run.sink.add(diagnostic('import.no-timestamps', 'info', { file }, { what: key === 'follower' ? 'followers' : 'accounts you follow' }));
}
