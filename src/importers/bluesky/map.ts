/**
 * Pure helpers from repository values to model values: person ids, at:// URIs, dates, mentions
 * and embeds. No I/O, no clock.
 */
import { COLLECTIONS, WEB } from './paths.ts';
import { arr, isObj, obj, str, type Obj } from './raw.ts';

/** Person id for an account: `bluesky:did:<did>`. DIDs are case-sensitive (did:web hosts aside); kept as given. */
export function didPersonId(did: string): string {
  return `bluesky:did:${did}`;
}

/** The web address of an account; the repository holds no handle, so the DID form is the stable one. */
export function profileUrl(did: string): string {
  return `${WEB}${did}`;
}

export interface AtUri {
  readonly authority: string;
  readonly collection?: string;
  readonly rkey?: string;
}

/** Splits `at://<did>/<collection>/<rkey>`; undefined for anything else. */
export function parseAtUri(uri: string): AtUri | undefined {
  const m = /^at:\/\/([^/?#\s]+)(?:\/([^/?#\s]+)(?:\/([^/?#\s]+))?)?\/?$/.exec(uri);
  if (!m) return undefined;
  const [, authority, collection, rkey] = m;
  return { authority: authority!, ...(collection !== undefined ? { collection } : {}), ...(rkey !== undefined ? { rkey } : {}) };
}

/** The DID of the account that owns an at:// URI, when the URI names it by DID (old records may use a handle). */
export function uriDid(uri: string): string | undefined {
  const a = parseAtUri(uri)?.authority;
  return a !== undefined && a.startsWith('did:') ? a : undefined;
}

/** A post's at:// URI as its bsky.app address; other records keep their at:// URI (no web page shows them). */
export function webUrl(uri: string): string {
  const u = parseAtUri(uri);
  if (u && u.collection === COLLECTIONS.post && u.rkey !== undefined) return `${WEB}${u.authority}/post/${u.rkey}`;
  return uri;
}

/** The bsky.app address of one of the owner's posts. */
export function ownPostUrl(did: string, rkey: string): string {
  return `${WEB}${did}/post/${rkey}`;
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d+))?([Zz]|[+-]\d{2}:?\d{2})?$/;

/**
 * RFC-3339 `createdAt` to epoch ms. Clients write `2023-08-25T08:25:39.961Z` and
 * `2023-04-26T00:08:50-07:00` (fakermaker, 2023-04); a missing zone is read as UTC.
 */
export function parseCreatedAt(raw: string): number | undefined {
  const m = RFC3339.exec(raw.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return undefined;
  const ms = m[7] !== undefined ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
  let t = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59), ms);
  // Date.UTC rolls 31 February into March: a day past the month's end is no date.
  if (new Date(t).getUTCDate() !== d) return undefined;
  const zone = m[8];
  if (zone !== undefined && zone !== 'Z' && zone !== 'z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    t -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60_000;
  }
  return t;
}

const S32 = '234567abcdefghijklmnopqrstuvwxyz';
const TID = /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/;

/** The creation time a TID record key encodes (53-bit microseconds, then a 10-bit clock id), in ms. */
export function tidTime(rkey: string): number | undefined {
  if (!TID.test(rkey)) return undefined;
  let v = 0n;
  for (const c of rkey) v = (v << 5n) | BigInt(S32.indexOf(c));
  return Number((v >> 10n) / 1000n);
}

/**
 * Earliest plausible record time. Repositories start in 2022 (paul_staging, 2022-11), but posts
 * imported from older platforms keep their older dates; a date before 2000 is a broken clock.
 */
const EARLIEST = Date.UTC(2000, 0, 1);
const DAY = 86_400_000;

/**
 * The record's time: `createdAt` when it is a date not far after the record key's own time; the key's
 * time when `createdAt` is missing, unreadable or implausible (client clocks are not trusted: a
 * future `createdAt` would move the export date T). `source` says which was used.
 */
export function recordTime(createdAt: string | undefined, rkey: string): { at?: number; source: 'createdAt' | 'key' | 'none' } {
  const c = createdAt !== undefined ? parseCreatedAt(createdAt) : undefined;
  const k = tidTime(rkey);
  if (c !== undefined && c >= EARLIEST && (k === undefined || c <= k + DAY)) return { at: c, source: 'createdAt' };
  if (k !== undefined && k >= EARLIEST) return { at: k, source: 'key' };
  return { source: 'none' };
}

/**
 * DIDs mentioned in a post: facets `app.bsky.richtext.facet#mention` (since 2023-03) and the legacy
 * `entities: [{type: "mention", value: <did>}]` (paul_staging 2022-12, fakermaker 2023-04).
 */
export function mentionDids(record: Obj): string[] {
  const out: string[] = [];
  for (const f of arr(record, 'facets')) {
    if (!isObj(f)) continue;
    for (const feature of arr(f, 'features')) {
      if (!isObj(feature) || str(feature, '$type') !== 'app.bsky.richtext.facet#mention') continue;
      const did = str(feature, 'did');
      if (did?.startsWith('did:')) out.push(did);
    }
  }
  for (const e of arr(record, 'entities')) {
    if (!isObj(e) || str(e, 'type') !== 'mention') continue;
    const did = str(e, 'value');
    if (did?.startsWith('did:')) out.push(did);
  }
  return out;
}

/**
 * The at:// URI of a quoted record: `app.bsky.embed.record` → `record.uri`;
 * `app.bsky.embed.recordWithMedia` → `record.record.uri` (paul_staging 2023-03, "QP of a QP").
 */
export function quotedUri(embed: Obj | undefined): string | undefined {
  if (!embed) return undefined;
  const type = str(embed, '$type');
  if (type === 'app.bsky.embed.record') return str(obj(embed, 'record') ?? {}, 'uri');
  if (type === 'app.bsky.embed.recordWithMedia') return str(obj(obj(embed, 'record') ?? {}, 'record') ?? {}, 'uri');
  return undefined;
}

/** The link of a link card (`app.bsky.embed.external`, alone or as the media of a quote). */
export function externalUri(embed: Obj | undefined): string | undefined {
  if (!embed) return undefined;
  const type = str(embed, '$type');
  if (type === 'app.bsky.embed.external') return str(obj(embed, 'external') ?? {}, 'uri');
  if (type === 'app.bsky.embed.recordWithMedia') return externalUri(obj(embed, 'media'));
  return undefined;
}
