/**
 * actor.json → the owner's identity and Profile. An ActivityPub `Person` (formats/mastodon.md §2):
 * preferredUsername plus the host of `id` give the account address; `summary` is the bio in HTML;
 * profile fields are `attachment[]` PropertyValues whose values are HTML links.
 */
import { ArchiveReadError, type ArchiveEntry } from '../../archive/types.ts';
import { readAllText } from '../../archive/text.ts';
import { diagnostic } from '../../diagnostics/diagnostic.ts';
import type { Profile } from '../../model/types.ts';
import { decodeEntities, htmlToText } from '../_shared/html-text.ts';
import { hostOf } from './map.ts';
import { asObject, asString, type Json } from './raw.ts';
import type { MastodonRun } from './run.ts';

const ACTOR_TYPES = new Set(['Person', 'Service', 'Application', 'Group', 'Organization']);

/** Reads actor.json; sets the run's owner and profile when it is a usable actor. */
export async function readActor(run: MastodonRun, entry: ArchiveEntry): Promise<void> {
  const file = entry.path;
  let actor: Json | undefined;
  let encoding: string | undefined;
  try {
    const { text, encoding: enc } = await readAllText(run.bytes(entry));
    encoding = enc;
    actor = asObject(JSON.parse(text) as unknown);
    if (!actor) run.sink.add(diagnostic('activitypub.unexpected', 'warning', { file }, { expected: 'actor (Person)' }));
  } catch (e) {
    if (e instanceof ArchiveReadError) run.sink.add(diagnostic(e.code, 'error', { file }, e.params));
    else if (e instanceof SyntaxError) run.sink.add(diagnostic('json.malformed', 'error', { file }, { reason: e.message }));
    else throw e;
  }
  const id = asString(actor?.['id']);
  const username = asString(actor?.['preferredUsername']);
  const type = asString(actor?.['type']);
  if (actor && (id === undefined || hostOf(id) === undefined || username === undefined || type === undefined || !ACTOR_TYPES.has(type))) {
    run.sink.add(diagnostic('activitypub.unexpected', 'warning', { file }, { expected: 'actor (Person)' }));
    actor = undefined;
  }
  if (!actor || id === undefined || username === undefined) {
    run.report(file, 'profile', 0, 0, { encoding });
    return;
  }
  const url = asString(actor['url']);
  const owner = run.setOwner(id, username, url);
  const profile: Profile = {
    platform: 'mastodon',
    ...optional('name', nonBlank(actor['name'])),
    ...optional('handle', owner.acct !== undefined ? `@${owner.acct}` : undefined),
    profileUrl: url ?? id,
    ...optional('summary', bio(actor['summary'])),
    websites: websites(actor['attachment']),
    positions: [],
    skills: [],
  };
  run.profiles.push(profile);
  run.report(file, 'profile', 1, 0, { variant: type === 'Person' ? undefined : type, encoding });
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value !== undefined ? { [key]: value } : {}) as { [P in K]?: string };
}

/** A string with something other than whitespace, trimmed. */
function nonBlank(raw: unknown): string | undefined {
  const s = asString(raw)?.trim();
  return s === undefined || s === '' ? undefined : s;
}

function bio(raw: unknown): string | undefined {
  const html = asString(raw);
  if (html === undefined) return undefined;
  const text = htmlToText(html);
  return text === '' ? undefined : text;
}

/**
 * Links among the profile fields: `{type:"PropertyValue", name:"Web", value:"<a href=\"https://daniel.industries\" …>"}`
 * (indieweb.social 2024). A plain-text value that is itself a URL counts too; other fields do not.
 */
function websites(raw: unknown): string[] {
  const out: string[] = [];
  for (const a of Array.isArray(raw) ? raw : []) {
    const field = asObject(a);
    if (!field || field['type'] !== 'PropertyValue') continue;
    const value = asString(field['value']);
    if (value === undefined) continue;
    const href = /href="([^"]+)"/i.exec(value)?.[1];
    const candidate = href !== undefined ? decodeEntities(href) : htmlToText(value).trim();
    if (/^https?:\/\/\S+$/i.test(candidate) && !out.includes(candidate)) out.push(candidate);
  }
  return out;
}
