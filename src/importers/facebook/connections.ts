/**
 * Friends, followers, following and friend requests. All are `{name, timestamp?}` lists under a
 * versioned key (real 2026 export: `friends_v2`, `following_v3`, `followers_v3` with no timestamp,
 * `received_requests_v2`, `sent_requests_v2`, `deleted_friends_v2`; 2019: `friends`, `following`).
 */
import type { ArchiveEntry } from '../../archive/types.ts';
import { diagnostic } from '../../diagnostics/diagnostic.ts';
import type { TieKind } from '../../model/types.ts';
import { asObject, asString, listIn, readMetaJson } from '../_shared/meta/read-json.ts';
import type { MetaRun } from '../_shared/meta/run.ts';
import { fromEpochSeconds } from '../_shared/meta/time.ts';
import { facebookPerson } from './map.ts';

/** How one name-list file is read: its wrapper keys and what each item becomes. */
export interface NameListSpec {
  readonly keys: readonly string[];
  /** FileReport kind. */
  readonly kind: string;
  readonly as: { readonly tie: TieKind } | { readonly invitation: 'in' | 'out' } | 'count';
}

export const NAME_LISTS = {
  friends: { keys: ['friends_v2', 'friends'], kind: 'connections', as: { tie: 'friend' } },
  following: { keys: ['following_v3', 'following_v2', 'following'], kind: 'connections', as: { tie: 'follows' } },
  followers: { keys: ['followers_v3', 'followers_v2', 'followers'], kind: 'connections', as: { tie: 'followed-by' } },
  requestsReceived: { keys: ['received_requests_v2', 'received_requests'], kind: 'invitations', as: { invitation: 'in' } },
  requestsSent: { keys: ['sent_requests_v2', 'sent_requests'], kind: 'invitations', as: { invitation: 'out' } },
  // Removed friends are counted only: the tie no longer exists and the export says nothing else.
  removedFriends: { keys: ['deleted_friends_v2', 'deleted_friends'], kind: 'other', as: 'count' },
} as const satisfies Record<string, NameListSpec>;

/** Reads one `{name, timestamp}` list file into ties, invitation events or a count. */
export async function readNameList(run: MetaRun, entry: ArchiveEntry, spec: NameListSpec): Promise<void> {
  const file = entry.path;
  const value = await readMetaJson(run, entry);
  if (value === undefined) {
    run.report(file, spec.kind, 0, 0);
    return;
  }
  const list = listIn(value, spec.keys);
  if (!list) {
    run.sink.add(diagnostic('json.unexpected-shape', 'warning', { file }, { expected: `a list under ${spec.keys.join(' or ')}` }));
    run.report(file, spec.kind, 0, 0);
    return;
  }
  let records = 0;
  let skipped = 0;
  list.items.forEach((raw, i) => {
    const row = i + 1;
    const item = asObject(raw);
    const name = asString(item?.['name']);
    if (!item || name === undefined || name.trim() === '') {
      run.sink.add(diagnostic('json.bad-item', 'warning', { file, row }, { field: 'name' }));
      skipped++;
      return;
    }
    records++;
    if (spec.as === 'count') return;
    const at = fromEpochSeconds(item['timestamp']);
    const id = run.person(facebookPerson(name));
    if ('tie' in spec.as) {
      run.tie(id, spec.as.tie, at, file, row);
    } else {
      const e = run.event('invitation', spec.as.invitation, file, row);
      if (at !== undefined) e.at = at;
      e.personIds = [id];
      // Facebook friend requests cannot carry a note, so `hasNote` stays unset: "no note" would be a
      // choice the user never had, and would pull down the personalisation rate of LinkedIn users.
    }
  });
  run.report(file, spec.kind, records, skipped, list.key);
}
