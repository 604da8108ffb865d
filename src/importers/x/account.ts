/**
 * account.js and profile.js → the owner's identity and one Profile (formats/x.md "account.js /
 * profile.js"). The owner is never a Person; their account id decides message direction.
 */
import { diagnostic } from '../../diagnostics/diagnostic.ts';
import type { Profile } from '../../model/types.ts';
import { handleUrl } from './map.ts';
import { id, str, unwrap } from './raw.ts';
import type { XRun } from './run.ts';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Profile fields gathered from account.js, profile.js and the manifest. */
export interface ProfileDraft {
  seen: boolean;
  bio?: string;
  website?: string;
  location?: string;
}

/** `{account:{email, createdVia, username, accountId, createdAt, accountDisplayName}}` → the owner. */
export function accountHandler(run: XRun, draft: ProfileDraft, file: string): (value: unknown, row: number) => boolean {
  return (value, row) => {
    const a = unwrap(value, 'account');
    const accountId = id(a, 'accountId');
    if (!a || accountId === undefined) {
      run.sink.add(diagnostic('value.missing', 'warning', { file, row }, { column: 'account.accountId' }));
      return false;
    }
    draft.seen = true;
    // The first account element wins; archives have exactly one.
    run.owner.id ??= accountId;
    const handle = str(a, 'username');
    const name = str(a, 'accountDisplayName');
    if (handle !== undefined) run.owner.handle ??= handle;
    if (name !== undefined) run.owner.name ??= name;
    return true;
  };
}

/** `{profile:{description:{bio, website, location}, avatarMediaUrl, headerMediaUrl}}` → bio, website, location. */
export function profileHandler(run: XRun, draft: ProfileDraft, file: string): (value: unknown, row: number) => boolean {
  return (value, row) => {
    const p = unwrap(value, 'profile');
    if (!p) {
      run.sink.add(diagnostic('value.missing', 'warning', { file, row }, { column: 'profile' }));
      return false;
    }
    draft.seen = true;
    const d = unwrap(p, 'description');
    const bio = str(d, 'bio');
    // Evidence: `"website" : "https://t.co/XfCABWRXic"` (2022-05 [X2]): a t.co link, kept as exported (expanding it needs the network).
    const website = str(d, 'website');
    const location = str(d, 'location');
    if (bio !== undefined) draft.bio = bio;
    if (website !== undefined) draft.website = website;
    if (location !== undefined) draft.location = location;
    return true;
  };
}

/** The owner's Profile; the bio is a summary (X has no headline/summary split). */
export function buildProfile(run: XRun, draft: ProfileDraft): Profile {
  const p: Mutable<Profile> = { platform: 'x', websites: draft.website !== undefined ? [draft.website] : [], positions: [], skills: [] };
  if (run.owner.name !== undefined) p.name = run.owner.name;
  if (run.owner.handle !== undefined) {
    p.handle = run.owner.handle;
    p.profileUrl = handleUrl(run.owner.handle);
  }
  if (draft.bio !== undefined) p.summary = draft.bio;
  if (draft.location !== undefined) p.location = draft.location;
  return p;
}
