/**
 * `profile_information.json`: `{"profile_v2":{name{full_name}, username, profile_uri, websites[{address}],
 * work_experiences[…]}}` since ~2021 [F4]; 2019 `{"profile":{…}}` [F2]. There is no headline; work
 * history is the only career field.
 */
import type { ArchiveEntry } from '../../archive/types.ts';
import { diagnostic } from '../../diagnostics/diagnostic.ts';
import type { Position, Profile } from '../../model/types.ts';
import { asObject, asString, readMetaJson } from '../_shared/meta/read-json.ts';
import { displayName } from '../_shared/meta/names.ts';
import type { MetaRun, Mutable } from '../_shared/meta/run.ts';
import { fromEpochSeconds } from '../_shared/meta/time.ts';

/** `YYYY-MM` of an epoch-seconds value, or undefined. */
function month(v: unknown): string | undefined {
  const t = fromEpochSeconds(v);
  return t === undefined ? undefined : new Date(t).toISOString().slice(0, 7);
}

/** Reads the profile; returns the owner's full name when the file gives it. */
export async function readProfile(run: MetaRun, entry: ArchiveEntry): Promise<string | undefined> {
  const file = entry.path;
  const value = await readMetaJson(run, entry);
  const root = asObject(value);
  const p = asObject(root?.['profile_v2']) ?? asObject(root?.['profile']);
  if (!p) {
    if (value !== undefined) run.sink.add(diagnostic('json.unexpected-shape', 'warning', { file }, { expected: 'an object under profile_v2' }));
    run.report(file, 'profile', 0, 0);
    return undefined;
  }
  const nameObj = asObject(p['name']);
  const full = asString(nameObj?.['full_name']) ?? asString(p['name']);
  const profile: Mutable<Profile> = { platform: 'facebook', websites: [], positions: [], skills: [] };
  if (full !== undefined && full.trim() !== '') profile.name = displayName(full);
  const username = asString(p['username']);
  if (username !== undefined && username !== '') profile.handle = username;
  const uri = asString(p['profile_uri']);
  if (uri !== undefined && uri !== '') profile.profileUrl = uri;
  const websites: string[] = [];
  for (const w of Array.isArray(p['websites']) ? p['websites'] : []) {
    const a = asString(asObject(w)?.['address']);
    if (a !== undefined && a !== '') websites.push(a);
  }
  profile.websites = websites;
  const positions: Position[] = [];
  for (const w of Array.isArray(p['work_experiences']) ? p['work_experiences'] : []) {
    const o = asObject(w);
    const organisation = asString(o?.['employer']);
    if (!o || organisation === undefined || organisation === '') continue;
    const description = asString(o['description']);
    const location = asString(o['location']);
    const startedOn = month(o['start_timestamp']);
    const finishedOn = month(o['end_timestamp']);
    positions.push({
      organisation,
      title: asString(o['title']) ?? '',
      ...(description ? { description } : {}),
      ...(location ? { location } : {}),
      ...(startedOn ? { startedOn } : {}),
      ...(finishedOn ? { finishedOn } : {}),
    });
  }
  profile.positions = positions;
  run.profile = profile;
  run.report(file, 'profile', 1, 0, root?.['profile_v2'] ? 'profile_v2' : 'profile');
  return profile.name;
}
