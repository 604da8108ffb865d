/** Bad and odd input: malformed, empty, truncated, the wrong platform's files, and the layout changes by year. */
import { describe, expect, it } from 'vitest';
import { createMemoryArchive, type MemoryFile } from '../../archive/memory.ts';
import { DiagnosticSink } from '../../diagnostics/diagnostic.ts';
import { instagramImporter } from './index.ts';
import { usernameFromHref } from './map.ts';

const enc = new TextEncoder();
const file = (path: string, value: unknown): MemoryFile => ({ path, bytes: enc.encode(typeof value === 'string' ? value : JSON.stringify(value, null, 2)) });

async function read(files: MemoryFile[]) {
  const sink = new DiagnosticSink();
  const batch = await instagramImporter.read(createMemoryArchive('test', files), { diagnostics: sink });
  return { batch, sink, codes: sink.items.map((d) => d.code) };
}

const item2024 = (u: string, t: number) => ({ title: '', media_list_data: [], string_list_data: [{ href: `https://www.instagram.com/${u}`, value: u, timestamp: t }] });
const item2025 = (u: string, t: number) => ({ title: u, string_list_data: [{ href: `https://www.instagram.com/_u/${u}`, timestamp: t }] });

describe('Instagram importer: bad input gives diagnostics, not throws', () => {
  it('an empty archive: nothing usable, not recognised', async () => {
    const { batch, codes } = await read([]);
    expect(batch.files).toEqual([]);
    expect(codes).toEqual(['import.nothing-usable']);
    expect(instagramImporter.recognize(createMemoryArchive('e', [])).confidence).toBe(0);
  });

  it('malformed and truncated JSON: diagnostics, and the other files are still read', async () => {
    const full = JSON.stringify({ likes_media_likes: [{ title: 'a', string_list_data: [{ href: 'h', value: 'v', timestamp: 1 }] }] });
    const { batch, sink } = await read([
      file('connections/followers_and_following/followers_1.json', '[ {"title": "", "string_list_data": [ {"value": "x" '),
      file('likes/liked_posts.json', full.slice(0, full.length - 5)),
      file('connections/followers_and_following/following.json', { relationships_following: [item2024('Bo.Ra', 1700000000)] }),
    ]);
    expect(sink.items.filter((d) => d.code === 'json.malformed').map((d) => d.file).sort()).toEqual(['connections/followers_and_following/followers_1.json', 'likes/liked_posts.json']);
    expect(batch.ties).toEqual([expect.objectContaining({ kind: 'follows', personId: 'instagram:user:bo.ra', since: 1700000000000 })]);
    expect(batch.people).toEqual([{ id: 'instagram:user:bo.ra', platform: 'instagram', handle: 'Bo.Ra', profileUrl: 'https://www.instagram.com/Bo.Ra' }]);
  });

  it("the wrong platform's files under the right names: shape diagnostics", async () => {
    const { batch, codes } = await read([
      // Facebook's friends list under Instagram's following name; a Facebook profile under the IG profile name.
      file('following.json', { friends_v2: [{ name: 'A', timestamp: 1 }] }),
      file('personal_information.json', { profile_v2: { name: { full_name: 'A' } } }),
      file('liked_posts.json', 'not json at all'),
    ]);
    expect(codes.filter((c) => c === 'json.unexpected-shape')).toHaveLength(2);
    expect(codes).toContain('json.malformed');
    expect(batch.ties).toEqual([]);
    expect(batch.profiles).toEqual([]);
  });

  it('follow items without a username are skipped with their row', async () => {
    const { batch, sink } = await read([file('followers_1.json', [item2024('a', 1), { title: '', string_list_data: [] }, 7])]);
    expect(batch.files[0]).toMatchObject({ records: 1, skipped: 2 });
    expect(sink.items.filter((d) => d.code.startsWith('json.bad')).map((d) => d.row)).toEqual([2, 3]);
  });
});

describe('Instagram importer: layouts by year', () => {
  it('2025 follow items (username in title, `_u/` links, no value) give the same ties as 2024 ones', async () => {
    const a = await read([file('followers_1.json', [item2024('jane_d', 1700000000)])]);
    const b = await read([file('followers_1.json', [item2025('jane_d', 1700000000)])]);
    expect(a.batch.ties).toEqual(b.batch.ties);
    expect(a.batch.ties[0]).toMatchObject({ kind: 'followed-by', personId: 'instagram:user:jane_d' });
    expect(usernameFromHref('https://www.instagram.com/_u/jane_d')).toBe('jane_d');
    expect(usernameFromHref('https://www.instagram.com/jane_d/')).toBe('jane_d');
  });

  it('2021–22 wrapped followers.json, Dutch comment labels, newer label_values likes', async () => {
    const { batch } = await read([
      file('followers_and_following/followers.json', { relationships_followers: [item2024('old_friend', 1600000000)] }),
      file('comments/post_comments_1.json', [{ string_map_data: { Opmerking: { value: 'Mooi!' }, 'Media-eigenaar': { value: 'piet' }, Tijd: { timestamp: 1650000000 } } }]),
      file('likes/liked_posts.json', [{ timestamp: 1660000000, label_values: [{ label: 'URL', value: 'https://www.instagram.com/p/X/' }, { label: 'Username', value: 'kees' }] }]),
    ]);
    expect(batch.ties).toEqual([expect.objectContaining({ kind: 'followed-by', personId: 'instagram:user:old_friend' })]);
    expect(batch.events.map((e) => [e.kind, e.at, e.text, e.personIds, e.targetUrl])).toEqual([
      ['reaction', 1660000000000, undefined, ['instagram:user:kees'], 'https://www.instagram.com/p/X/'],
      ['comment', 1650000000000, 'Mooi!', ['instagram:user:piet'], undefined],
    ]);
  });

  it('profile: name, handle, bio and website; the profile name settles message direction', async () => {
    const f = (value: string) => ({ href: '', value, timestamp: 0 });
    const { batch, codes } = await read([
      file('personal_information/personal_information/personal_information.json', { profile_user: [{ string_map_data: { Username: f('ana.t'), Name: f('Ana Th\u00c3\u00a0nh'), Bio: f('Maps'), Website: f('https://ana.example') } }] }),
      file('your_instagram_activity/messages/inbox/bo_123/message_1.json', { participants: [{ name: 'Bo B' }, { name: 'Ana Th\u00c3\u00a0nh' }], messages: [{ sender_name: 'Ana Th\u00c3\u00a0nh', timestamp_ms: 1, content: 'hi' }], thread_path: 'inbox/bo_123' }),
    ]);
    expect(batch.profiles).toEqual([{ platform: 'instagram', name: 'Ana Thành', handle: 'ana.t', profileUrl: 'https://www.instagram.com/ana.t', summary: 'Maps', websites: ['https://ana.example'], positions: [], skills: [] }]);
    expect(codes).not.toContain('import.owner-inferred');
    expect(batch.events[0]).toMatchObject({ kind: 'message', direction: 'out', personIds: ['instagram:user:bo'] });
  });
});

describe('Instagram recognition', () => {
  it('a 2025 messages-only download is recognised by its folder, and Facebook does not claim it', async () => {
    const { facebookImporter } = await import('../facebook/index.ts');
    const archive = createMemoryArchive('m', [file('your_instagram_activity/messages/inbox/bo_1/message_1.json', { participants: [], messages: [] })]);
    expect(instagramImporter.recognize(archive)).toEqual({ confidence: 0.5, evidence: ['your_instagram_activity/'] });
    expect(facebookImporter.recognize(archive).confidence).toBe(0);
  });
});
