/**
 * Pure value mapping for X archives: person ids, dates, status URLs, tweet text repair and the
 * post / reply / repost / quote distinction (formats/x.md §2 "tweets.js").
 */
import { daysFromCivil } from '../_shared/dates.ts';
import { decodeEntities } from '../_shared/html-text.ts';
import { asObject, id, list, mentions, str, urls, type JsonObject, type RawMention } from './raw.ts';

/** Person id for an X account: ids stay strings (they exceed 2^53). */
export function personId(accountId: string): string {
  return `x:id:${accountId}`;
}

/** Profile link for a handle. twitter.com, the host the archives themselves use for links (like.js `expandedUrl`). */
export function handleUrl(handle: string): string {
  return `https://twitter.com/${handle}`;
}

/** A status link: under the author's handle when known, else the handle-free `i/web/status` form X also serves. */
export function statusUrl(statusId: string, handle?: string): string {
  return handle !== undefined ? `https://twitter.com/${handle}/status/${statusId}` : `https://twitter.com/i/web/status/${statusId}`;
}

const MONTHS: Readonly<Record<string, number>> = { Jan: 0, Feb: 1, Mar: 2, Apr: 3, May: 4, Jun: 5, Jul: 6, Aug: 7, Sep: 8, Oct: 9, Nov: 10, Dec: 11 };

// Evidence: tweets.js `created_at` "Sat Aug 12 16:10:37 +0000 2023" (2023 [X1]), "Sun Oct 07 07:39:51 +0000 2012" (2022-05 [X2]).
const TWITTER_DATE = /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$/;
// Evidence: DMs `createdAt` "2020-01-20T21:42:09.068Z" [X1]; account.js "2009-04-24T19:18:20.000Z" [X2].
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})$/;

/** Twitter's `EEE MMM dd HH:mm:ss Z yyyy` to UTC ms; undefined when malformed or out of range. */
export function parseTwitterDate(raw: string): number | undefined {
  // Every tweet, like and DM has a date: the common fixed-width shape is read by character codes
  // (660k dates: 0.2-0.3 s instead of 0.8-1.0 s); anything else takes the pattern, which decides alike.
  return raw.length === 30 ? (fastTwitterDate(raw) ?? parseTwitterDateByPattern(raw)) : parseTwitterDateByPattern(raw);
}

/** The pattern-based reading of a Twitter date, for every shape the fast path hands over. */
function parseTwitterDateByPattern(raw: string): number | undefined {
  const m = TWITTER_DATE.exec(raw.trim());
  if (!m) return undefined;
  const month = MONTHS[m[1]!];
  if (month === undefined) return undefined;
  const offset = (Number(m[7]) * 60 + Number(m[8])) * (m[6] === '-' ? -1 : 1);
  const t = utc(Number(m[9]), month, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), 0);
  return t === undefined ? undefined : t - offset * 60_000;
}

/** `c` as a decimal digit, or NaN (which every later comparison fails). */
function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
}

const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;

/**
 * `Sat Aug 12 16:10:37 +0000 2023` exactly (30 characters, two-digit day), or undefined to let the
 * pattern decide: it never refuses what the pattern would accept, only hands it over.
 */
function fastTwitterDate(s: string): number | undefined {
  if (s.charCodeAt(3) !== 32 || s.charCodeAt(7) !== 32 || s.charCodeAt(10) !== 32 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58 || s.charCodeAt(19) !== 32 || s.charCodeAt(25) !== 32) return undefined;
  if (!isUpper(s.charCodeAt(0)) || !isLower(s.charCodeAt(1)) || !isLower(s.charCodeAt(2))) return undefined;
  const sign = s.charCodeAt(20);
  if (sign !== 43 && sign !== 45) return undefined;
  const month = MONTHS[s.slice(4, 7)];
  const d = digit(s, 8) * 10 + digit(s, 9);
  const h = digit(s, 11) * 10 + digit(s, 12);
  const mi = digit(s, 14) * 10 + digit(s, 15);
  const sec = digit(s, 17) * 10 + digit(s, 18);
  const offset = ((digit(s, 21) * 10 + digit(s, 22)) * 60 + digit(s, 23) * 10 + digit(s, 24)) * (sign === 45 ? -1 : 1);
  const y = digit(s, 26) * 1000 + digit(s, 27) * 100 + digit(s, 28) * 10 + digit(s, 29);
  if (month === undefined || Number.isNaN(d + h + mi + sec + offset + y)) return undefined;
  const t = utc(y, month, d, h, mi, sec, 0);
  return t === undefined ? undefined : t - offset * 60_000;
}

/** ISO-8601 with `Z` or an offset (DMs, account.js) to UTC ms; undefined when malformed. */
export function parseIsoDate(raw: string): number | undefined {
  const m = ISO_DATE.exec(raw.trim());
  if (!m) return undefined;
  const ms = m[7] !== undefined ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
  const t = utc(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), ms);
  if (t === undefined) return undefined;
  const zone = m[8]!;
  if (zone === 'Z') return t;
  const digits = zone.replace(':', '');
  const offset = (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5))) * (digits[0] === '-' ? -1 : 1);
  return t - offset * 60_000;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function utc(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number | undefined {
  if (mo < 0 || mo > 11 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return undefined;
  // Date.UTC rolls 31 Feb over into March: refuse instead. (It reads years 0-99 as 1900-1999.)
  const year = y <= 99 ? 1900 + y : y;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (d > (mo === 1 && leap ? 29 : MONTH_DAYS[mo]!) && s !== 60) return undefined;
  // Date.UTC's arithmetic without its cost (a million dates at the huge bench scale).
  return (daysFromCivil(year, mo + 1, d) * 86_400 + h * 3600 + mi * 60 + s) * 1000 + ms;
}

/**
 * Readable text: HTML entities decoded (`full_text` is HTML-escaped: `&amp;`, `&gt;` [X1]) and t.co
 * links replaced by the URLs they stand for, so link-based measures see the real domain.
 */
export function repairText(raw: string, links: readonly { url: string; expanded: string }[]): string {
  let text = decodeEntities(raw);
  for (const l of links) if (text.includes(l.url)) text = text.split(l.url).join(l.expanded);
  return text;
}

// Status links on either host, mobile or not, `status` or the old `statuses`.
const STATUS_LINK = /^https?:\/\/(?:(?:www|mobile)\.)?(?:twitter|x)\.com\/(?:[A-Za-z0-9_]{1,15}|i\/web)\/status(?:es)?\/(\d+)/i;
// Evidence: 2012 retweet in the 2022-05 archive [X2]: "RT @nostrich: 2012 is about…"; no retweeted_status object.
const RETWEET = /^RT @([A-Za-z0-9_]{1,15}):?/;

export type TweetKind = 'post' | 'reply' | 'repost';

/** What one own tweet becomes in the ledger; `people` are the accounts it names (for Person records). */
export interface MappedTweet {
  readonly statusId: string;
  readonly kind: TweetKind;
  readonly rawDate?: string;
  readonly at?: number;
  readonly text?: string;
  readonly url: string;
  readonly targetUrl?: string;
  readonly personIds: string[];
  readonly people: RawMention[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Classifies an own tweet. Retweets (`RT @user:` prefix [X2], or a `retweeted_status` object in
 * API-shaped copies) → `repost` without text. A reply to someone else (`in_reply_to_status_id(_str)`)
 * → `reply`; a reply to oneself continues a thread, so it is a `post` (the owner is never a
 * counterpart). A quote (`quoted_status_id_str` / `quoted_status_permalink`, or a status link at the
 * end of the text, which is how archives show quotes) → `post` with `targetUrl`. Undefined without an id.
 */
export function mapTweet(tweet: JsonObject, owner: { id?: string; handle?: string }): MappedTweet | undefined {
  const statusId = id(tweet, 'id_str') ?? id(tweet, 'id');
  if (statusId === undefined) return undefined;
  const rawDate = str(tweet, 'created_at');
  const fullText = str(tweet, 'full_text') ?? str(tweet, 'text') ?? '';
  const entities = asObject(tweet['entities']);
  const named = mentions(tweet);
  // Built by assignment, not by spreading optional parts: spreads cost more than the rest of the
  // mapping, at hundreds of thousands of tweets.
  const out: Mutable<MappedTweet> = { statusId, kind: 'post', url: statusUrl(statusId, owner.handle), personIds: [], people: [] };
  if (rawDate !== undefined) {
    out.rawDate = rawDate;
    const at = parseTwitterDate(rawDate);
    if (at !== undefined) out.at = at;
  }

  const retweeted = asObject(tweet['retweeted_status']);
  const rt = RETWEET.exec(fullText);
  if (retweeted || rt) {
    const author = asObject(retweeted?.['user']);
    const authorId = id(author, 'id_str') ?? named.find((m) => rt && m.handle?.toLowerCase() === rt[1]!.toLowerCase())?.id;
    const authorHandle = str(author, 'screen_name') ?? rt?.[1];
    const originalId = id(retweeted, 'id_str');
    out.kind = 'repost';
    if (originalId !== undefined) out.targetUrl = statusUrl(originalId, authorHandle);
    if (authorId !== undefined && authorId !== owner.id) {
      out.personIds = [personId(authorId)];
      out.people = [authorHandle !== undefined ? { id: authorId, handle: authorHandle } : { id: authorId }];
    }
    return out;
  }

  const links = urls(list(entities, 'urls'));
  out.text = repairText(fullText, links);
  const quoted = quoteTarget(tweet, fullText, links);
  const replyTo = id(tweet, 'in_reply_to_status_id_str') ?? id(tweet, 'in_reply_to_status_id');
  const replyUser = id(tweet, 'in_reply_to_user_id_str') ?? id(tweet, 'in_reply_to_user_id');
  const selfReply = replyTo !== undefined && replyUser !== undefined && replyUser === owner.id;
  if (replyTo !== undefined && !selfReply) out.kind = 'reply';
  // A self-reply points at the tweet it continues; a quote at the quoted one (a quote wins).
  if (quoted !== undefined) out.targetUrl = quoted;
  else if (selfReply) out.targetUrl = statusUrl(replyTo, owner.handle);
  if (out.kind === 'reply' && replyUser !== undefined && replyUser !== owner.id) {
    const replyHandle = str(tweet, 'in_reply_to_screen_name');
    out.people.push(replyHandle !== undefined ? { id: replyUser, handle: replyHandle } : { id: replyUser });
  }
  for (const m of named) if (m.id !== owner.id && !out.people.some((p) => p.id === m.id)) out.people.push(m);
  for (const p of out.people) out.personIds.push(personId(p.id));
  return out;
}

/** The quoted status's URL, from API-shaped fields or a status link that ends the text. */
function quoteTarget(tweet: JsonObject, fullText: string, links: readonly { url: string; expanded: string }[]): string | undefined {
  const permalink = str(asObject(tweet['quoted_status_permalink']), 'expanded');
  if (permalink !== undefined) return permalink;
  const quotedId = id(tweet, 'quoted_status_id_str') ?? id(tweet, 'quoted_status_id');
  if (quotedId !== undefined) return statusUrl(quotedId);
  const end = fullText.trimEnd();
  for (const l of links) if (STATUS_LINK.test(l.expanded) && end.endsWith(l.url)) return l.expanded;
  return undefined;
}
