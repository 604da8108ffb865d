/**
 * The parts of Mastodon's ActivityPub export we read, as loose shapes checked at run time: every
 * value starts as `unknown`. Field lists per file: formats/mastodon.md §2 (indieweb.social archive
 * 2024-07-23; backup_service.rb).
 */

export type Json = Record<string, unknown>;

/** The ActivityStreams public collection, in the three spellings servers use. */
export const PUBLIC = new Set(['https://www.w3.org/ns/activitystreams#Public', 'as:Public', 'Public']);

/** A plain JSON object, or undefined. */
export function asObject(v: unknown): Json | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
}

/** A non-empty string, or undefined. */
export function asString(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** Addressing fields (`to`, `cc`) may be one string or a list; we always want the list. */
export function asStringList(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (!Array.isArray(v)) return [];
  return v.filter((x): x is string => typeof x === 'string');
}

/** A URI given inline or as an object with an `id` (Announce objects are URIs in Mastodon, embedded elsewhere). */
export function asIdRef(v: unknown): string | undefined {
  return asString(v) ?? asString(asObject(v)?.['id']);
}

/** A `tag` entry of type Mention: `{type:"Mention", href, name:"@user@host"}`; local accounts are `@user`. */
export interface RawMention {
  readonly href?: string;
  readonly name?: string;
}

/** Mention tags of a Note, in order. */
export function mentions(note: Json): RawMention[] {
  const tags = Array.isArray(note['tag']) ? note['tag'] : [];
  const out: RawMention[] = [];
  for (const t of tags) {
    const o = asObject(t);
    if (!o || o['type'] !== 'Mention') continue;
    const href = asString(o['href']);
    const name = asString(o['name']);
    out.push({ ...(href !== undefined ? { href } : {}), ...(name !== undefined ? { name } : {}) });
  }
  return out;
}
