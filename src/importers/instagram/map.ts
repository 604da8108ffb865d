/** Pure mapping helpers for Instagram: usernames to person ids, `string_list_data` / `string_map_data` lookups. */
import { asObject, asString } from '../_shared/meta/read-json.ts';
import { displayName, nameKey } from '../_shared/meta/names.ts';
import type { PersonRef } from '../_shared/meta/run.ts';

/** A person known by username: `instagram:user:<lower-case username>`. */
export function userPerson(username: string, name?: string): PersonRef {
  const u = username.trim().replace(/^@/, '');
  return { id: `instagram:user:${u.toLowerCase()}`, handle: u, profileUrl: `https://www.instagram.com/${u}`, ...(name !== undefined && name !== '' ? { name } : {}) };
}

/** A person known only by display name (messages): `instagram:name:<normalised name>`. */
export function namePerson(name: string): PersonRef {
  return { id: `instagram:name:${nameKey(name)}`, name: displayName(name) };
}

/**
 * The username in a follow/like item. ≤2024: `string_list_data[0].value`; 2025+: the item's `title`
 * with `href` `https://www.instagram.com/_u/<username>` and no `value` (formats/instagram.md §3,
 * instaunfollowers#113, 2025-10). Falls back to the href's last path segment.
 */
export function usernameOf(item: Record<string, unknown>): string | undefined {
  const sld = firstStringListData(item);
  const value = asString(sld?.['value']);
  if (value !== undefined && value.trim() !== '') return value.trim();
  const title = asString(item['title']);
  if (title !== undefined && title.trim() !== '') return title.trim();
  const href = asString(sld?.['href']);
  return href !== undefined ? usernameFromHref(href) : undefined;
}

/** `https://www.instagram.com/_u/jane` or `https://www.instagram.com/jane/` → `jane`. */
export function usernameFromHref(href: string): string | undefined {
  const m = /^https?:\/\/(?:www\.)?instagram\.com\/(?:_u\/)?([^/?#]+)\/?(?:[?#].*)?$/i.exec(href.trim());
  return m?.[1];
}

/** The first element of `string_list_data`, which always had exactly one in the real files. */
export function firstStringListData(item: Record<string, unknown>): Record<string, unknown> | undefined {
  const list = item['string_list_data'];
  return Array.isArray(list) ? asObject(list[0]) : undefined;
}

/**
 * A `string_map_data` field by one of its localised labels (English "Comment", Dutch "Opmerking"
 * [I3]), else by position among the entries: labels follow the account's language.
 */
export function mapField(item: Record<string, unknown>, labels: readonly string[], position: number): Record<string, unknown> | undefined {
  const map = asObject(item['string_map_data']);
  if (!map) return undefined;
  for (const l of labels) {
    const v = asObject(map[l]);
    if (v) return v;
  }
  return asObject(Object.values(map)[position]);
}
