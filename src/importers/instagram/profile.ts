/**
 * `personal_information.json` → `profile_user[0].string_map_data` with Username, Name, Bio, Website
 * (shape partly unverified: formats/instagram.md §3). The Threads app's file of the same name
 * (`text_post_app_text_post_app_profile`, real 2024-07 [I2]) is counted as other.
 */
import type { ArchiveEntry } from '../../archive/types.ts';
import { diagnostic } from '../../diagnostics/diagnostic.ts';
import type { Profile } from '../../model/types.ts';
import { displayName } from '../_shared/meta/names.ts';
import { asObject, asString, readMetaJson } from '../_shared/meta/read-json.ts';
import type { MetaRun, Mutable } from '../_shared/meta/run.ts';
import { mapField } from './map.ts';

/** Reads a profile candidate; returns the display name when this file was the account profile. */
export async function readProfile(run: MetaRun, entry: ArchiveEntry): Promise<string | undefined> {
  const file = entry.path;
  const value = await readMetaJson(run, entry);
  const root = asObject(value);
  if (!root) {
    if (value !== undefined) run.sink.add(diagnostic('json.unexpected-shape', 'warning', { file }, { expected: 'a profile_user list' }));
    run.report(file, 'profile', 0, 0);
    return undefined;
  }
  const users = root['profile_user'];
  const user = Array.isArray(users) ? asObject(users[0]) : undefined;
  if (!user) {
    if (Object.keys(root).some((k) => k.startsWith('text_post_app'))) run.report(file, 'other', 0, 0, 'threads');
    else {
      run.sink.add(diagnostic('json.unexpected-shape', 'warning', { file }, { expected: 'a profile_user list' }));
      run.report(file, 'profile', 0, 0);
    }
    return undefined;
  }
  const field = (labels: readonly string[]) => {
    const v = asString(mapField(user, labels, -1)?.['value']);
    return v !== undefined && v.trim() !== '' ? v.trim() : undefined;
  };
  const profile: Mutable<Profile> = { platform: 'instagram', websites: [], positions: [], skills: [] };
  const name = field(['Name', 'Naam']);
  const username = field(['Username', 'Gebruikersnaam']);
  const bio = field(['Bio']);
  const website = field(['Website']);
  if (name !== undefined) profile.name = displayName(name);
  if (username !== undefined) {
    profile.handle = username;
    profile.profileUrl = `https://www.instagram.com/${username}`;
  }
  if (bio !== undefined) profile.summary = bio;
  if (website !== undefined) profile.websites = [website];
  run.profile = profile;
  run.report(file, 'profile', 1, 0);
  return profile.name;
}
