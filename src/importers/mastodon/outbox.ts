/**
 * outbox.json → events. `Create` of a Note (or Question, Article…) becomes a post, a reply, or —
 * when addressed only to mentioned accounts — a sent direct message; `Announce` becomes a repost.
 * Only what the owner sent is in the outbox: replies and messages received are not exported.
 */
import { diagnostic } from '../../diagnostics/diagnostic.ts';
import { htmlToText } from '../_shared/html-text.ts';
import type { ItemHandler } from './collection-file.ts';
import { accountFromActorUri, accountFromMention, accountFromStatusUri, parseActivityDate, visibilityOf, type Account } from './map.ts';
import { asIdRef, asObject, asString, asStringList, mentions, PUBLIC, type Json } from './raw.ts';
import type { MastodonRun } from './run.ts';

/** What the outbox held, for the FileReport variant and tests. */
export class OutboxStats {
  posts = 0;
  replies = 0;
  reposts = 0;
  directMessages = 0;
  /** Items with their own `@context` or an LD `signature`: written by Mastodon before 4.1 (PR #23360). */
  signed = 0;
}

/** The item handler for outbox.json; `stats` counts what each item became. */
export function outboxHandler(run: MastodonRun, file: string, stats: OutboxStats): ItemHandler {
  return (value, row) => {
    const item = asObject(value);
    if (!item) return skip(run, file, row, 'it is not an activity object');
    if (item['signature'] !== undefined || item['@context'] !== undefined) stats.signed++;
    const actor = asIdRef(item['actor']);
    if (run.owner === undefined && actor !== undefined) {
      // No actor.json: every outbox activity is the owner's, so its actor names them.
      const owner = run.setOwner(actor);
      run.sink.add(diagnostic('import.owner-inferred', 'info', { file }, { name: owner.acct ?? actor, source: 'outbox.json' }));
    }
    const type = asString(item['type']);
    if (type === 'Create') return create(run, item, file, row, stats);
    if (type === 'Announce') return announce(run, item, file, row, stats);
    return skip(run, file, row, `activity type "${type ?? 'none'}" is not one flipside reads`);
  };
}

function skip(run: MastodonRun, file: string, row: number, reason: string): false {
  run.sink.add(diagnostic('activitypub.item-skipped', 'warning', { file, row }, { reason }));
  return false;
}

function date(run: MastodonRun, raw: unknown, file: string, row: number): number | undefined {
  const at = parseActivityDate(raw);
  if (at === undefined && raw !== undefined && raw !== null) {
    const value = String(raw);
    run.sink.add(diagnostic('value.bad-date', 'warning', { file, row }, { value: value.length > 40 ? `${value.slice(0, 40)}…` : value, column: 'published' }));
  }
  return at;
}

/** Note HTML → plain text; `contentMap` when `content` is missing (some servers send only the map). */
function noteText(note: Json): string | undefined {
  const html = asString(note['content']) ?? Object.values(asObject(note['contentMap']) ?? {}).find((v): v is string => typeof v === 'string' && v !== '');
  if (html === undefined) return undefined;
  const text = htmlToText(html);
  return text === '' ? undefined : text;
}

function create(run: MastodonRun, item: Json, file: string, row: number, stats: OutboxStats): boolean {
  const note = asObject(item['object']);
  if (!note) return skip(run, file, row, 'a Create without its object');
  const to = asStringList(note['to'] ?? item['to']);
  const cc = asStringList(note['cc'] ?? item['cc']);
  const visibility = visibilityOf(to, cc);
  const mentioned = mentions(note).map((m) => accountFromMention(m.name, m.href));
  const inReplyTo = asIdRef(note['inReplyTo']);
  const at = date(run, note['published'] ?? item['published'], file, row);
  const text = noteText(note);
  const cw = asString(note['summary']);
  const url = asString(note['url']) ?? asString(note['id']);

  if (visibility === 'direct') {
    // Recipients are the mentioned accounts; a Note with no Mention tags still names them in to/cc.
    const recipients = mentioned.some((m) => m !== undefined) ? mentioned : [...to, ...cc].filter((u) => !PUBLIC.has(u)).map(actorAccount);
    const ids = run.personIds(recipients);
    const e = run.event('message', 'out', file, row);
    if (at !== undefined) e.at = at;
    if (ids.length > 0) e.personIds = ids;
    e.conversationId = asString(note['conversation']) ?? asString(note['context']) ?? `mastodon:dm:${[...ids].sort().join(',')}`;
    e.participants = 1 + ids.length;
    if (text !== undefined) e.text = text;
    if (cw !== undefined) e.subject = cw;
    if (url !== undefined) e.url = url;
    e.visibility = 'direct';
    stats.directMessages++;
    return true;
  }

  // Mastodon adds the replied-to author as a mention; the mention whose href prefixes inReplyTo names them best.
  const repliedTo = inReplyTo === undefined ? undefined : repliedToAccount(inReplyTo, mentioned);
  const selfReply = repliedTo !== undefined && run.isOwner(repliedTo);
  // A reply to one's own post continues a thread; it is not a conversation with anyone.
  const kind = inReplyTo !== undefined && !selfReply ? 'reply' : 'post';
  const ids = run.personIds(kind === 'reply' ? [repliedTo, ...mentioned] : mentioned);
  const e = run.event(kind, 'out', file, row);
  if (at !== undefined) e.at = at;
  if (ids.length > 0) e.personIds = ids;
  if (text !== undefined) e.text = text;
  if (cw !== undefined) e.subject = cw;
  if (url !== undefined) e.url = url;
  // Quote posts (Mastodon 4.5 `quote`, FEP-044f; Misskey `_misskey_quote`; unverified: not in our sample).
  const quote = asIdRef(note['quote']) ?? asString(note['quoteUri']) ?? asString(note['quoteUrl']) ?? asString(note['_misskey_quote']);
  if (quote !== undefined) e.targetUrl = quote;
  else if (inReplyTo !== undefined) e.targetUrl = inReplyTo;
  e.visibility = visibility;
  if (kind === 'reply') stats.replies++;
  else stats.posts++;
  return true;
}

function repliedToAccount(inReplyTo: string, mentioned: readonly (Account | undefined)[]): Account | undefined {
  for (const m of mentioned) if (m?.uri !== undefined && inReplyTo.startsWith(`${m.uri}/`)) return m;
  return accountFromStatusUri(inReplyTo);
}

function actorAccount(uri: string): Account {
  return accountFromActorUri(uri) ?? { id: `mastodon:uri:${uri}`, uri };
}

function announce(run: MastodonRun, item: Json, file: string, row: number, stats: OutboxStats): boolean {
  // Boosts carry only the boosted status's URI (formats/mastodon.md §2), or an embedded object elsewhere.
  const target = asIdRef(item['object']);
  if (target === undefined) return skip(run, file, row, 'a boost without the boosted post');
  const to = asStringList(item['to']);
  const cc = asStringList(item['cc']);
  // The author: from a Mastodon-style status URI, else the actor Mastodon puts in cc (`https://host/users/x`).
  const author = accountFromStatusUri(target) ?? cc.filter((u) => !PUBLIC.has(u) && !/\/followers\/?$/.test(u)).map(actorAccount)[0];
  const ids = run.personIds([author]);
  const e = run.event('repost', 'out', file, row);
  const at = date(run, item['published'], file, row);
  if (at !== undefined) e.at = at;
  if (ids.length > 0) e.personIds = ids;
  e.targetUrl = target;
  e.visibility = visibilityOf(to, cc);
  stats.reposts++;
  return true;
}
