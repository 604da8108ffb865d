/**
 * likes.json (favourites given) → reactions, bookmarks.json → saves. Both are bare lists of status
 * URIs with no time and no author (indieweb.social 2024: `"orderedItems":["https://host/users/x/statuses/<id>", …]`),
 * so events carry no `at`; the author is taken from Mastodon-style URIs only.
 */
import { diagnostic } from '../../diagnostics/diagnostic.ts';
import type { EventKind } from '../../model/types.ts';
import type { ItemHandler } from './collection-file.ts';
import { accountFromStatusUri } from './map.ts';
import { asIdRef } from './raw.ts';
import type { MastodonRun } from './run.ts';

/** The item handler for likes.json (`reaction`, detail `favourite`) or bookmarks.json (`save`). */
export function favouritesHandler(run: MastodonRun, file: string, kind: Extract<EventKind, 'reaction' | 'save'>): ItemHandler {
  return (value, row) => {
    // Objects with an `id` are tolerated: other servers may embed the status.
    const target = asIdRef(value);
    if (target === undefined) {
      run.sink.add(diagnostic('activitypub.item-skipped', 'warning', { file, row }, { reason: 'it is not a status URI' }));
      return false;
    }
    const author = accountFromStatusUri(target);
    const ids = run.personIds([author]);
    const e = run.event(kind, 'out', file, row);
    if (ids.length > 0) e.personIds = ids;
    e.targetUrl = target;
    if (kind === 'reaction') e.detail = 'favourite';
    return true;
  };
}
