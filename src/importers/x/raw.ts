/**
 * What we read from each X data file, as narrow accessors over untrusted JSON (`unknown` until
 * checked). Every X number is a string in the archive (`"favorite_count" : "0"`, ids) [X1][X2];
 * ids exceed 2^53, so an id is accepted only as a string of digits, never converted to a number.
 */

export type JsonObject = Readonly<Record<string, unknown>>;

/** The value as an object, or undefined for arrays, null and primitives. */
export function asObject(v: unknown): JsonObject | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as JsonObject) : undefined;
}

/** `obj[key]` as a non-empty string. */
export function str(obj: JsonObject | undefined, key: string): string | undefined {
  const v = obj?.[key];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** `obj[key]` as an array (empty when absent or not an array). */
export function list(obj: JsonObject | undefined, key: string): readonly unknown[] {
  const v = obj?.[key];
  return Array.isArray(v) ? v : [];
}

/**
 * An account or status id: a string of digits. A JSON number is accepted only when it is a safe
 * integer (synthetic files in other projects write numbers; a real id above 2^53 would already have
 * lost digits, so it is refused rather than guessed).
 */
export function id(obj: JsonObject | undefined, key: string): string | undefined {
  const v = obj?.[key];
  if (typeof v === 'string') return isDigits(v) ? v : undefined;
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return String(v);
  return undefined;
}

/** 1 to 25 ASCII digits (an id; a loop, since every tweet, like and DM has several). */
function isDigits(v: string): boolean {
  if (v.length === 0 || v.length > 25) return false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The payload of a wrapped element: `{ "tweet" : { … } }` → the inner object. */
export function unwrap(element: unknown, key: string): JsonObject | undefined {
  return asObject(asObject(element)?.[key]);
}

/**
 * `{ tweet: {…} }` in every archive seen (2019-2023). A bare tweet object is accepted too, as a
 * tolerance for tools that re-save archives in the API's shape (not seen in a real archive).
 */
export function unwrapTweet(element: unknown): JsonObject | undefined {
  const inner = unwrap(element, 'tweet');
  if (inner) return inner;
  const o = asObject(element);
  return o && ('full_text' in o || 'id_str' in o) ? o : undefined;
}

export interface RawMention {
  readonly id: string;
  readonly handle?: string;
  readonly name?: string;
}

/** `entities.user_mentions[]` with a usable `id_str`. */
export function mentions(tweet: JsonObject): RawMention[] {
  const out: RawMention[] = [];
  for (const m of list(asObject(tweet['entities']), 'user_mentions')) {
    const o = asObject(m);
    const mid = id(o, 'id_str') ?? id(o, 'id');
    if (mid === undefined) continue;
    const handle = str(o, 'screen_name');
    const name = str(o, 'name');
    out.push({ id: mid, ...(handle !== undefined ? { handle } : {}), ...(name !== undefined ? { name } : {}) });
  }
  return out;
}

export interface RawUrl {
  /** The t.co link as it appears in the text. */
  readonly url: string;
  readonly expanded: string;
}

/** `entities.urls[]` (tweets: url/expanded_url) or DM `urls[]` (url/expanded). */
export function urls(items: readonly unknown[]): RawUrl[] {
  const out: RawUrl[] = [];
  for (const u of items) {
    const o = asObject(u);
    const url = str(o, 'url');
    const expanded = str(o, 'expanded_url') ?? str(o, 'expanded');
    if (url !== undefined && expanded !== undefined) out.push({ url, expanded });
  }
  return out;
}
