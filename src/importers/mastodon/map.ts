/**
 * Pure value mapping for Mastodon: account addresses and person ids from mention tags and URIs,
 * visibility from addressing, and dates. No I/O; the readers call these.
 */
import { PUBLIC } from './raw.ts';

/** An account known by its address, or only by an actor URI. */
export interface Account {
  readonly id: string;
  /** `user@host`, lower-case, when known. */
  readonly acct?: string;
  /** Actor or profile URL, when known. */
  readonly uri?: string;
}

/** Host of a URL, lower-case, or undefined for anything that is not an http(s) URL. */
export function hostOf(uri: string): string | undefined {
  const m = /^https?:\/\/([^/?#@\s]+)/i.exec(uri);
  return m?.[1]?.toLowerCase();
}

/** `mastodon:acct:user@host`, lower-cased: Mastodon matches account addresses case-insensitively. */
export function acctPersonId(acct: string): string {
  return `mastodon:acct:${acct.toLowerCase()}`;
}

/** Normalises an account address: drops a leading `@`, lower-cases; undefined unless it is `user@host`. */
export function normaliseAcct(raw: string): string | undefined {
  const s = raw.trim().replace(/^@/, '').toLowerCase();
  return /^[^@\s/]+@[^@\s/]+\.[^@\s/]+$/.test(s) || /^[^@\s/]+@localhost$/.test(s) ? s : undefined;
}

/**
 * Account from a Mention tag. Remote accounts are named `@user@host`; accounts on the owner's own
 * server are `@user` only (indieweb.social 2024: `{"name":"@willd","href":"https://indieweb.social/users/willd"}`),
 * so the host comes from the href.
 */
export function accountFromMention(name: string | undefined, href: string | undefined): Account | undefined {
  if (name !== undefined) {
    const full = normaliseAcct(name);
    if (full !== undefined) return { id: acctPersonId(full), acct: full, ...(href !== undefined ? { uri: href } : {}) };
    const host = href !== undefined ? hostOf(href) : undefined;
    const user = /^@?([^@\s/]+)$/.exec(name.trim())?.[1];
    if (user !== undefined && host !== undefined) {
      const acct = `${user.toLowerCase()}@${host}`;
      return { id: acctPersonId(acct), acct, ...(href !== undefined ? { uri: href } : {}) };
    }
  }
  if (href !== undefined) return accountFromActorUri(href) ?? { id: `mastodon:uri:${href}`, uri: href };
  return undefined;
}

/** Mastodon-style actor URI `https://host/users/name` (or profile URL `https://host/@name`) → account. */
export function accountFromActorUri(uri: string): Account | undefined {
  const host = hostOf(uri);
  const m = /^https?:\/\/[^/]+\/(?:users\/([^/?#]+)|@([^/?#@]+))\/?$/i.exec(uri);
  const user = m?.[1] ?? m?.[2];
  if (host === undefined || user === undefined) return undefined;
  const acct = `${safeDecode(user).toLowerCase()}@${host}`;
  return { id: acctPersonId(acct), acct, uri };
}

/**
 * Author of a status from its URI, for Mastodon-style URIs only: `https://host/users/name/statuses/<id>`
 * or `https://host/@name/<id>`. Other software (`/objects/<uuid>`, Pleroma; seen in likes.json
 * 2024) does not name the author, so we return undefined rather than guess.
 */
export function accountFromStatusUri(uri: string): Account | undefined {
  const host = hostOf(uri);
  const m = /^https?:\/\/[^/]+\/(?:users\/([^/?#]+)\/statuses|@([^/?#@]+))\/[^/?#]+\/?$/i.exec(uri);
  const user = m?.[1] ?? m?.[2];
  if (host === undefined || user === undefined) return undefined;
  const acct = `${safeDecode(user).toLowerCase()}@${host}`;
  return { id: acctPersonId(acct), acct, uri: uri.replace(/\/statuses\/[^/]+\/?$|\/[^/]+\/?$/, '') };
}

export type Visibility = 'public' | 'unlisted' | 'private' | 'direct';

/**
 * Visibility is not a field in the export; Mastodon encodes it in the addressing (formats/mastodon.md
 * §2): public = Public in `to`; unlisted = Public in `cc`; followers-only ("private") = the
 * followers collection without Public; direct = only the mentioned accounts.
 */
export function visibilityOf(to: readonly string[], cc: readonly string[]): Visibility {
  if (to.some((t) => PUBLIC.has(t))) return 'public';
  if (cc.some((t) => PUBLIC.has(t))) return 'unlisted';
  if ([...to, ...cc].some((t) => /\/followers\/?$/.test(t))) return 'private';
  return 'direct';
}

/** ISO-8601 with a zone (`2022-11-08T03:07:14Z`, fractions and offsets tolerated) → epoch ms; anything else → undefined. */
export function parseActivityDate(raw: unknown): number | undefined {
  if (typeof raw !== 'string') return undefined;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/.test(raw)) return undefined;
  const t = Date.parse(raw);
  return Number.isFinite(t) ? t : undefined;
}

/** Percent-decoding that leaves a malformed sequence as written instead of throwing. */
function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
