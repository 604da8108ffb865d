/**
 * Followers and following. `followers_1.json` is a bare list since 2023 (older: wrapped in
 * `relationships_followers`); `following.json` is always wrapped in `relationships_following`
 * (real 2024-12 export [I1]). Items: `{title, media_list_data, string_list_data:[{href, value, timestamp}]}`.
 */
import type { ArchiveEntry } from '../../archive/types.ts';
import { diagnostic } from '../../diagnostics/diagnostic.ts';
import type { TieKind } from '../../model/types.ts';
import { readList } from '../_shared/meta/read-list.ts';
import type { MetaRun } from '../_shared/meta/run.ts';
import { fromEpochSeconds } from '../_shared/meta/time.ts';
import { firstStringListData, userPerson, usernameOf } from './map.ts';

/** Reads one followers/following file into ties of `kind`. */
export function readFollows(run: MetaRun, entry: ArchiveEntry, kind: TieKind): Promise<void> {
  const keys = kind === 'follows' ? ['relationships_following'] : ['relationships_followers'];
  return readList(run, entry, keys, 'connections', (item, file, row) => {
    const username = usernameOf(item);
    if (username === undefined) {
      run.sink.add(diagnostic('json.bad-item', 'warning', { file, row }, { field: 'username' }));
      return false;
    }
    const id = run.person(userPerson(username));
    run.tie(id, kind, fromEpochSeconds(firstStringListData(item)?.['timestamp']), file, row);
    return true;
  });
}
