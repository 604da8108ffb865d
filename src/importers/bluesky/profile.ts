/** `app.bsky.actor.profile/self` → the owner's Profile. */
import type { Profile } from '../../model/types.ts';
import { profileUrl } from './map.ts';
import { str, type Obj } from './raw.ts';
import type { BlueskyRun, Repo } from './run.ts';

function text(v: string | undefined): string | undefined {
  const t = v?.trim();
  return t === undefined || t === '' ? undefined : t;
}

/**
 * The bio (`description`) is the summary; Bluesky has no headline. The handle lives in the DID
 * document, not the repository, so the profile URL uses the DID.
 */
export function readProfile(run: BlueskyRun, repo: Repo, rec: Obj): boolean {
  const name = text(str(rec, 'displayName'));
  const summary = text(str(rec, 'description'));
  const website = text(str(rec, 'website'));
  const profile: Profile = {
    platform: 'bluesky',
    ...(name !== undefined ? { name } : {}),
    profileUrl: profileUrl(repo.did),
    ...(summary !== undefined ? { summary } : {}),
    websites: website !== undefined ? [website] : [],
    positions: [],
    skills: [],
  };
  run.profiles.push(profile);
  return true;
}
