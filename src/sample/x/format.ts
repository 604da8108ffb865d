/**
 * Text the way X's archive writer lays it out (formats/x.md §2): data files are
 * `window.YTD.<global>.part<N> = [ … ]` pretty-printed with `" : "`, two-space indent, one array item
 * per line and `[ ]` for an empty nested array, no newline at the end (2022-05 archive [X2]); the
 * manifest uses the other Jackson layout, `[ {` … `}, {` … `} ]`. Numbers are strings throughout.
 */
import { hashSeed } from '../random.ts';

type Json = string | boolean | null | readonly Json[] | { readonly [key: string]: Json };

/** The data-file layout: every array item on its own line. */
export function dataJson(value: Json, indent = ''): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[ ]';
    return `[\n${value.map((v) => inner + dataJson(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 0) return '{ }';
    const obj = value as { readonly [key: string]: Json };
    return `{\n${keys.map((k) => `${inner}${JSON.stringify(k)} : ${dataJson(obj[k]!, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/** The manifest layout: array items inline, `[ {` … `}, {` … `} ]`. */
export function manifestJson(value: Json, indent = ''): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[ ]';
    return `[ ${value.map((v) => manifestJson(v, indent)).join(', ')} ]`;
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 0) return '{ }';
    const obj = value as { readonly [key: string]: Json };
    return `{\n${keys.map((k) => `${inner}${JSON.stringify(k)} : ${manifestJson(obj[k]!, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/**
 * A whole data file (`globalName` like `YTD.tweets.part0`): `window.YTD.tweets.part0 = [ … ]`; an
 * empty one is written `[]` on one line [X3]. `inline`: the 2019-2020 layout, `[ {` … `}, {` … `} ]` [X3].
 */
export function ytdFile(globalName: string, items: readonly Json[], inline = false): string {
  return `window.${globalName} = ${items.length === 0 ? '[]' : inline ? manifestJson(items) : dataJson(items)}`;
}

export type { Json };

// X's Snowflake epoch (2010-11-04T01:42:54.657Z): ids are (ms since it) << 22 | worker/sequence bits.
const SNOWFLAKE_EPOCH = 1288834974657n;

/** A Snowflake id for a moment, as X's ids are since late 2010; `seq` keeps ids of one millisecond apart. */
export function snowflake(ms: number, seq: number): string {
  return ((BigInt(ms) - SNOWFLAKE_EPOCH) * 4194304n + BigInt(seq % 4096)).toString();
}

const TCO_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** A stable t.co short link for a URL (ten characters, as X's are). */
export function tco(url: string): string {
  let h = hashSeed(url);
  let s = '';
  for (let i = 0; i < 10; i++) {
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
    s += TCO_CHARS[h % TCO_CHARS.length];
  }
  return `https://t.co/${s}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const pad = (n: number) => String(n).padStart(2, '0');

/** `Sat Aug 12 16:10:37 +0000 2023` (tweets' `created_at`). */
export function twitterDate(ms: number): string {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000 ${d.getUTCFullYear()}`;
}

/** `2020-01-20T21:42:09.068Z` (DMs, account.js, manifest). */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString();
}

/** HTML-escapes text as tweets' `full_text` is (`&amp;`, `&lt;`, `&gt;`). */
export function escapeTweetText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
