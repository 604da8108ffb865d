/**
 * JSON files of a Mastodon archive in their real shape (indieweb.social archive, 2024-07-23):
 * minified, raw UTF-8, keys in Mastodon's order, the outbox's `"orderedItems":[]` written before
 * the real list, and a `totalItems` that does not match the items.
 */
import type { MastodonAccountSpec, MastodonSpec, MastodonStatusSpec } from './spec.ts';
import { statusId } from './spec.ts';

const AS = 'https://www.w3.org/ns/activitystreams';
const PUBLIC = `${AS}#Public`;
const SECURITY = 'https://w3id.org/security/v1';

// The JSON-LD vocabularies as Mastodon 4.2 writes them (structure of the real files, not prose).
const OUTBOX_TERMS = {
  manuallyApprovesFollowers: 'as:manuallyApprovesFollowers', sensitive: 'as:sensitive', Hashtag: 'as:Hashtag',
  movedTo: { '@id': 'as:movedTo', '@type': '@id' }, alsoKnownAs: { '@id': 'as:alsoKnownAs', '@type': '@id' },
  toot: 'http://joinmastodon.org/ns#', Emoji: 'toot:Emoji', featured: { '@id': 'toot:featured', '@type': '@id' },
  featuredTags: { '@id': 'toot:featuredTags', '@type': '@id' }, schema: 'http://schema.org#', PropertyValue: 'schema:PropertyValue',
  value: 'schema:value', ostatus: 'http://ostatus.org#', atomUri: 'ostatus:atomUri', inReplyToAtomUri: 'ostatus:inReplyToAtomUri',
  conversation: 'ostatus:conversation', focalPoint: { '@container': '@list', '@id': 'toot:focalPoint' }, blurhash: 'toot:blurhash',
  discoverable: 'toot:discoverable', indexable: 'toot:indexable', memorial: 'toot:memorial', votersCount: 'toot:votersCount',
};
const ACTOR_TERMS = {
  manuallyApprovesFollowers: 'as:manuallyApprovesFollowers', toot: 'http://joinmastodon.org/ns#',
  featured: { '@id': 'toot:featured', '@type': '@id' }, featuredTags: { '@id': 'toot:featuredTags', '@type': '@id' },
  alsoKnownAs: { '@id': 'as:alsoKnownAs', '@type': '@id' }, movedTo: { '@id': 'as:movedTo', '@type': '@id' },
  schema: 'http://schema.org#', PropertyValue: 'schema:PropertyValue', value: 'schema:value', discoverable: 'toot:discoverable',
  memorial: 'toot:memorial', indexable: 'toot:indexable', focalPoint: { '@container': '@list', '@id': 'toot:focalPoint' },
};

export const actorUri = (a: MastodonAccountSpec): string => `https://${a.host}/users/${a.username}`;
export const profileUrl = (a: MastodonAccountSpec): string => `https://${a.host}/@${a.username}`;
export const acct = (a: MastodonAccountSpec): string => `${a.username}@${a.host}`;
export const remoteStatusUri = (a: MastodonAccountSpec, at: number): string => `${actorUri(a)}/statuses/${statusId(at, 7)}`;

/** ISO-8601 UTC without fractional seconds, as Mastodon writes `published`. */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function mentionHtml(a: MastodonAccountSpec): string {
  return `<span class="h-card" translate="no"><a href="${profileUrl(a)}" class="u-url mention">@<span>${a.username}</span></a></span>`;
}

/** A link as Mastodon shortens it: scheme and tail in invisible spans. */
function linkHtml(url: string): string {
  const m = /^(https?:\/\/)(.*)$/.exec(url);
  const rest = m?.[2] ?? url;
  const shown = rest.slice(0, 30);
  const tail = rest.slice(30);
  const cls = tail === '' ? '' : 'ellipsis';
  return `<a href="${escapeHtml(url)}" target="_blank" rel="nofollow noopener noreferrer" translate="no"><span class="invisible">${m?.[1] ?? ''}</span><span class="${cls}">${escapeHtml(shown)}</span><span class="invisible">${escapeHtml(tail)}</span></a>`;
}

/** The plain text the importer should get back for a status: mentions first, then the text, then the link. */
export function statusPlainText(spec: MastodonSpec, s: MastodonStatusSpec): string | undefined {
  if (s.kind === 'boost') return undefined;
  const mentioned = mentionedPeople(spec, s);
  const prefix = mentioned.map((a) => `@${a.username} `).join('');
  const link = s.kind === 'post' && s.link !== undefined ? `\n${s.link}` : '';
  return `${prefix}${s.text}${link}`;
}

function mentionedPeople(spec: MastodonSpec, s: MastodonStatusSpec): MastodonAccountSpec[] {
  const idx = s.kind === 'post' ? (s.mentions ?? []) : s.kind === 'reply' ? (s.to === 'self' ? [] : [s.to]) : s.kind === 'direct' ? s.to : [];
  return idx.map((i) => person(spec, i));
}

function person(spec: MastodonSpec, i: number): MastodonAccountSpec {
  const p = spec.people[i];
  if (!p) throw new Error(`sample spec refers to person ${i}, which does not exist`);
  return p;
}

function addressing(visibility: 'public' | 'unlisted' | 'private' | 'direct', followers: string, mentioned: readonly string[]): { to: string[]; cc: string[] } {
  if (visibility === 'public') return { to: [PUBLIC], cc: [followers, ...mentioned] };
  if (visibility === 'unlisted') return { to: [followers], cc: [PUBLIC, ...mentioned] };
  if (visibility === 'private') return { to: [followers], cc: [...mentioned] };
  return { to: [...mentioned], cc: [] };
}

/** One outbox activity, keys in Mastodon's order; `signed` adds the pre-4.1 per-item `@context` and LD signature. */
function activity(spec: MastodonSpec, s: MastodonStatusSpec, seq: number, signed: boolean): Record<string, unknown> {
  const owner = spec.owner;
  const me = actorUri(owner);
  const id = statusId(s.at, seq);
  const followers = `${me}/followers`;
  const head = signed ? { '@context': [AS, SECURITY, OUTBOX_TERMS] } : {};
  const signature = signed
    ? { signature: { type: 'RsaSignature2017', creator: `${me}#main-key`, created: isoSeconds(s.at), signatureValue: `c2ln${id}` } }
    : {};
  if (s.kind === 'boost') {
    const author = person(spec, s.person);
    return {
      ...head,
      id: `${me}/statuses/${id}/activity`,
      type: 'Announce',
      actor: me,
      published: isoSeconds(s.at),
      to: [PUBLIC],
      cc: [actorUri(author), followers],
      object: remoteStatusUri(author, s.at - 3_600_000),
      ...signature,
    };
  }
  const mentioned = mentionedPeople(spec, s);
  const visibility = s.kind === 'direct' ? 'direct' : s.visibility;
  const { to, cc } = addressing(visibility, followers, mentioned.map(actorUri));
  const inReplyTo = s.kind === 'reply' ? (s.to === 'self' ? `${me}/statuses/${statusId(s.at - 60_000, seq)}` : remoteStatusUri(person(spec, s.to), s.at - 600_000)) : null;
  const link = s.kind === 'post' && s.link !== undefined ? `</p><p>${linkHtml(s.link)}` : '';
  const content = `<p>${mentioned.map((a) => `${mentionHtml(a)} `).join('')}${escapeHtml(s.text)}${link}</p>`;
  const replies = `${me}/statuses/${id}/replies`;
  const day = isoSeconds(s.at).slice(0, 10);
  return {
    ...head,
    id: `${me}/statuses/${id}/activity`,
    type: 'Create',
    actor: me,
    published: isoSeconds(s.at),
    to,
    cc,
    object: {
      id: `${me}/statuses/${id}`,
      type: 'Note',
      summary: s.kind === 'post' && s.cw !== undefined ? s.cw : null,
      inReplyTo,
      published: isoSeconds(s.at),
      url: `${profileUrl(owner)}/${id}`,
      attributedTo: me,
      to,
      cc,
      sensitive: s.kind === 'post' && s.cw !== undefined,
      atomUri: `${me}/statuses/${id}`,
      inReplyToAtomUri: inReplyTo,
      conversation: `tag:${owner.host},${day}:objectId=${seq + 1000}:objectType=Conversation`,
      content,
      contentMap: { en: content },
      attachment: [],
      tag: mentioned.map((a) => ({ type: 'Mention', href: actorUri(a), name: a.host === owner.host ? `@${a.username}` : `@${acct(a)}` })),
      replies: { id: replies, type: 'Collection', first: { type: 'CollectionPage', next: `${replies}?only_other_accounts=true&page=true`, partOf: replies, items: [] } },
    },
    ...signature,
  };
}

/**
 * outbox.json. 4.1+: the streamed writer's `"orderedItems":[]` then the real list, and a
 * `totalItems` that undercounts (here: without direct messages). Pre-4.1: one list, signed items.
 */
export function outboxJson(spec: MastodonSpec, preV41: boolean): string {
  const items = spec.statuses.map((s, i) => JSON.stringify(activity(spec, s, i, preV41)));
  const total = spec.statuses.filter((s) => s.kind !== 'direct').length;
  const head = `{"@context":${JSON.stringify([AS, SECURITY, OUTBOX_TERMS])},"id":"outbox.json","type":"OrderedCollection","totalItems":${total},`;
  return `${head}${preV41 ? '' : '"orderedItems":[],'}"orderedItems":[${items.join(',')}]}`;
}

/** actor.json: the owner's Person, bio and website as HTML, avatar/header as relative file names. */
export function actorJson(spec: MastodonSpec): string {
  const o = spec.owner;
  const me = actorUri(o);
  const attachment = o.website !== undefined ? [{ type: 'PropertyValue', name: 'Web', value: linkHtml(o.website).replace('rel="nofollow noopener noreferrer"', 'rel="nofollow noopener noreferrer me"') }] : [];
  return JSON.stringify({
    '@context': [AS, SECURITY, ACTOR_TERMS],
    id: me,
    type: 'Person',
    following: `${me}/following`,
    followers: `${me}/followers`,
    inbox: `${me}/inbox`,
    outbox: 'outbox.json',
    featured: `${me}/collections/featured`,
    featuredTags: `${me}/collections/tags`,
    preferredUsername: o.username,
    name: o.displayName,
    summary: `<p>${escapeHtml(o.bio)}</p>`,
    url: profileUrl(o),
    manuallyApprovesFollowers: false,
    discoverable: true,
    indexable: false,
    // Date-only precision, as in the real file ("2022-11-07T00:00:00Z").
    published: `${isoSeconds(o.createdAt).slice(0, 10)}T00:00:00Z`,
    memorial: false,
    devices: `${me}/collections/devices`,
    publicKey: { id: `${me}#main-key`, owner: me, publicKeyPem: '-----BEGIN PUBLIC KEY-----\nSAMPLE\n-----END PUBLIC KEY-----\n' },
    tag: [],
    attachment,
    endpoints: { sharedInbox: `https://${o.host}/inbox` },
    icon: { type: 'Image', mediaType: 'image/png', url: 'avatar.png' },
    image: { type: 'Image', mediaType: 'image/png', url: 'header.png' },
    likes: 'likes.json',
    bookmarks: 'bookmarks.json',
  });
}

/** likes.json / bookmarks.json: status URIs only; pre-4.1 files also carry `totalItems` (dropped in PR #23360). */
export function uriCollectionJson(spec: MastodonSpec, which: 'likes' | 'bookmarks', preV41: boolean): string {
  const uris = spec[which].map((l) => remoteStatusUri(person(spec, l.person), l.postedAt));
  return JSON.stringify({
    '@context': AS,
    id: `${which}.json`,
    type: 'OrderedCollection',
    ...(preV41 ? { totalItems: uris.length } : {}),
    orderedItems: uris,
  });
}
