/** The spec's items as repository records, keyed `collection/rkey`, in the lexicons' shapes. */
import type { BlueskySpec, PostRef } from './spec.ts';
import { foreignCid } from './blocks.ts';
import { tidFor } from './tid.ts';

export interface SampleRecord {
  readonly key: string;
  readonly value: Record<string, unknown>;
}

const utf8 = new TextEncoder();

/** `2024-03-05T10:20:30.123Z`, or with an offset and no fraction (`2023-04-26T00:09:11-07:00`, fakermaker). */
export function createdAt(at: number, offsetMinutes?: number): string {
  if (offsetMinutes === undefined) return new Date(at).toISOString();
  const local = new Date(at + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

export function postUri(ref: PostRef): string {
  return `at://${ref.did}/app.bsky.feed.post/${ref.rkey}`;
}

function strongRef(ref: PostRef): { uri: string; cid: string } {
  const uri = postUri(ref);
  return { uri, cid: foreignCid(uri) };
}

/** Every record of the spec; record keys are TIDs of their times, made unique by a microsecond counter. */
export function sampleRecords(spec: BlueskySpec, clockId: number): SampleRecord[] {
  const used = new Set<string>();
  const rkey = (at: number): string => {
    for (let micros = 0; ; micros++) {
      const k = tidFor(at, micros, clockId);
      if (!used.has(k)) {
        used.add(k);
        return k;
      }
    }
  };
  const out: SampleRecord[] = [];
  const handles = new Map(spec.people.map((p) => [p.did, p.handle]));
  const ownKeys: string[] = [];
  spec.posts.forEach((p) => {
    const key = rkey(p.at);
    ownKeys.push(key);
    const value: Record<string, unknown> = { $type: 'app.bsky.feed.post', text: p.text, createdAt: createdAt(p.at, p.offsetMinutes) };
    if (p.langs) value['langs'] = [...p.langs];
    const parent = p.replyTo ?? (p.replyToOwn !== undefined ? { did: spec.owner.did, rkey: ownKeys[p.replyToOwn]! } : undefined);
    if (parent) value['reply'] = { root: strongRef(parent), parent: strongRef(parent) };
    if (p.quote) value['embed'] = { $type: 'app.bsky.embed.record', record: strongRef(p.quote) };
    else if (p.link) value['embed'] = { $type: 'app.bsky.embed.external', external: { uri: p.link.uri, title: p.link.title, description: '' } };
    if (p.mentions?.length) {
      value['facets'] = p.mentions.map((did) => {
        const at = `@${handles.get(did) ?? did}`;
        const start = utf8.encode(p.text.slice(0, p.text.indexOf(at))).length;
        return { index: { byteStart: start, byteEnd: start + utf8.encode(at).length }, features: [{ $type: 'app.bsky.richtext.facet#mention', did }] };
      });
    }
    out.push({ key: `app.bsky.feed.post/${key}`, value });
  });
  for (const r of spec.reposts) out.push({ key: `app.bsky.feed.repost/${rkey(r.at)}`, value: { $type: 'app.bsky.feed.repost', subject: strongRef(r.of), createdAt: createdAt(r.at) } });
  for (const l of spec.likes) out.push({ key: `app.bsky.feed.like/${rkey(l.at)}`, value: { $type: 'app.bsky.feed.like', subject: strongRef(l.of), createdAt: createdAt(l.at) } });
  for (const f of spec.follows) out.push({ key: `app.bsky.graph.follow/${rkey(f.at)}`, value: { $type: 'app.bsky.graph.follow', subject: f.did, createdAt: createdAt(f.at) } });
  for (const b of spec.blocks) out.push({ key: `app.bsky.graph.block/${rkey(b.at)}`, value: { $type: 'app.bsky.graph.block', subject: b.did, createdAt: createdAt(b.at) } });
  const profile: Record<string, unknown> = { $type: 'app.bsky.actor.profile' };
  if (spec.owner.displayName !== undefined) profile['displayName'] = spec.owner.displayName;
  if (spec.owner.description !== undefined) profile['description'] = spec.owner.description;
  out.push({ key: 'app.bsky.actor.profile/self', value: profile });
  return out;
}
