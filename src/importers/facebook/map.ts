/** Pure mapping helpers for Facebook: names to person ids. */
import { displayName, nameKey } from '../_shared/meta/names.ts';
import type { PersonRef } from '../_shared/meta/run.ts';

/**
 * Facebook gives names only, no ids or URLs (formats/facebook.md §3): the id is the normalised
 * name, so two friends with one name collapse into one person (a known, documented limit).
 */
export function facebookPerson(name: string): PersonRef {
  return { id: `facebook:name:${nameKey(name)}`, name: displayName(name) };
}

/**
 * A thread participant with an empty name (deleted or unavailable account, seen in all three real
 * 2026 threads) becomes one anonymous person per thread, so the exchange still has a counterpart.
 */
export function facebookThreadPerson(name: string, threadKey: string): PersonRef {
  return nameKey(name) === '' ? { id: `facebook:thread:${threadKey}` } : facebookPerson(name);
}
