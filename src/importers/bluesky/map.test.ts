import { describe, expect, it } from 'vitest';
import { didPersonId, externalUri, mentionDids, parseAtUri, parseCreatedAt, quotedUri, recordTime, tidTime, uriDid, webUrl } from './map.ts';

describe('parseCreatedAt', () => {
  it('reads UTC with milliseconds and offsets without them', () => {
    expect(parseCreatedAt('2023-08-25T08:25:39.961Z')).toBe(Date.UTC(2023, 7, 25, 8, 25, 39, 961));
    // fakermaker.repo.car (2023-04): local time with a -07:00 offset.
    expect(parseCreatedAt('2023-04-26T00:08:50-07:00')).toBe(Date.UTC(2023, 3, 26, 7, 8, 50));
    expect(parseCreatedAt('2024-01-01T05:30:00+05:30')).toBe(Date.UTC(2024, 0, 1, 0, 0, 0));
    expect(parseCreatedAt('2024-01-01T00:00:00.123456789Z')).toBe(Date.UTC(2024, 0, 1, 0, 0, 0, 123));
    expect(parseCreatedAt('2024-01-01T00:00:00')).toBe(Date.UTC(2024, 0, 1));
  });

  it('rejects what is not a date', () => {
    for (const bad of ['', 'yesterday', '2024-02-30T00:00:00Z', '2024-13-01T00:00:00Z', '2024-01-01', '1700000000']) expect(parseCreatedAt(bad)).toBeUndefined();
  });
});

describe('record keys (TIDs)', () => {
  it('decodes the time a TID holds', () => {
    // fakermaker post 3juazpfj7zj2y has createdAt 2023-04-26T00:09:11-07:00.
    const t = tidTime('3juazpfj7zj2y')!;
    expect(Math.abs(t - Date.UTC(2023, 3, 26, 7, 9, 11))).toBeLessThan(1000);
    expect(tidTime('self')).toBeUndefined();
    expect(tidTime('zzzzzzzzzzzzz')).toBeUndefined();
  });

  it('prefers createdAt, and falls back to the key for a missing or future createdAt', () => {
    const key = '3juazpfj7zj2y';
    expect(recordTime('2023-04-26T00:09:11-07:00', key)).toEqual({ at: Date.UTC(2023, 3, 26, 7, 9, 11), source: 'createdAt' });
    expect(recordTime(undefined, key).source).toBe('key');
    expect(recordTime('2099-01-01T00:00:00Z', key).source).toBe('key');
    expect(recordTime('garbage', key).source).toBe('key');
    // Backdated posts (imports of old writing) keep their createdAt.
    expect(recordTime('2015-06-01T00:00:00Z', key)).toEqual({ at: Date.UTC(2015, 5, 1), source: 'createdAt' });
    expect(recordTime('garbage', 'self')).toEqual({ source: 'none' });
    expect(recordTime('2099-01-01T00:00:00Z', 'self').source).toBe('createdAt');
  });
});

describe('at:// URIs', () => {
  it('splits them and finds the account DID', () => {
    const u = 'at://did:plc:52h2g25cka2totzv3ooc364t/app.bsky.feed.post/3jhdcbzpdpc2k';
    expect(parseAtUri(u)).toEqual({ authority: 'did:plc:52h2g25cka2totzv3ooc364t', collection: 'app.bsky.feed.post', rkey: '3jhdcbzpdpc2k' });
    expect(uriDid(u)).toBe('did:plc:52h2g25cka2totzv3ooc364t');
    expect(uriDid('at://alice.example.com/app.bsky.feed.post/x')).toBeUndefined();
    expect(parseAtUri('https://bsky.app/x')).toBeUndefined();
  });

  it('turns post URIs into bsky.app addresses and leaves others alone', () => {
    expect(webUrl('at://did:plc:abc/app.bsky.feed.post/3k')).toBe('https://bsky.app/profile/did:plc:abc/post/3k');
    expect(webUrl('at://did:plc:abc/app.bsky.feed.generator/hot')).toBe('at://did:plc:abc/app.bsky.feed.generator/hot');
    expect(didPersonId('did:plc:abc')).toBe('bluesky:did:did:plc:abc');
  });
});

describe('mentions and embeds', () => {
  it('reads facet mentions and legacy entity mentions', () => {
    const rec = {
      facets: [
        { index: { byteStart: 0, byteEnd: 5 }, features: [{ $type: 'app.bsky.richtext.facet#mention', did: 'did:plc:a' }] },
        { index: { byteStart: 6, byteEnd: 9 }, features: [{ $type: 'app.bsky.richtext.facet#link', uri: 'https://x.example' }] },
      ],
      entities: [{ type: 'mention', index: { start: 0, end: 5 }, value: 'did:plc:b' }, { type: 'link', value: 'https://y.example' }],
    };
    expect(mentionDids(rec)).toEqual(['did:plc:a', 'did:plc:b']);
    expect(mentionDids({})).toEqual([]);
  });

  it('finds the quoted record in record and recordWithMedia embeds, and link cards', () => {
    const ref = { uri: 'at://did:plc:q/app.bsky.feed.post/1', cid: 'bafy' };
    expect(quotedUri({ $type: 'app.bsky.embed.record', record: ref })).toBe(ref.uri);
    const rwm = { $type: 'app.bsky.embed.recordWithMedia', record: { $type: 'app.bsky.embed.record', record: ref }, media: { $type: 'app.bsky.embed.external', external: { uri: 'https://l.example' } } };
    expect(quotedUri(rwm)).toBe(ref.uri);
    expect(externalUri(rwm)).toBe('https://l.example');
    expect(quotedUri({ $type: 'app.bsky.embed.images', images: [] })).toBeUndefined();
    expect(quotedUri(undefined)).toBeUndefined();
  });
});
