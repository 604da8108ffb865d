/** Bad and odd input: malformed, empty, truncated, the wrong platform's files, both reaction shapes, old vintages. */
import { describe, expect, it } from 'vitest';
import { createMemoryArchive, type MemoryFile } from '../../archive/memory.ts';
import { ArchiveReadError, type Archive } from '../../archive/types.ts';
import { DiagnosticSink } from '../../diagnostics/diagnostic.ts';
import { facebookImporter } from './index.ts';

const enc = new TextEncoder();
const file = (path: string, value: unknown): MemoryFile => ({ path, bytes: enc.encode(typeof value === 'string' ? value : JSON.stringify(value, null, 2)) });

async function read(files: MemoryFile[] | Archive) {
  const sink = new DiagnosticSink();
  const archive = Array.isArray(files) ? createMemoryArchive('test', files) : files;
  const batch = await facebookImporter.read(archive, { diagnostics: sink });
  return { batch, sink, codes: sink.items.map((d) => d.code) };
}

describe('Facebook importer: bad input gives diagnostics, not throws', () => {
  it('an empty archive: nothing usable, not recognised', async () => {
    const { batch, codes } = await read([]);
    expect(batch.files).toEqual([]);
    expect(batch.events).toEqual([]);
    expect(codes).toEqual(['import.nothing-usable']);
    expect(facebookImporter.recognize(createMemoryArchive('e', [])).confidence).toBe(0);
  });

  it('malformed JSON in one file: a diagnostic, and the other files are still read', async () => {
    const { batch, sink } = await read([
      file('connections/friends/your_friends.json', '{"friends_v2": [ {"name": "A", '),
      file("connections/followers/who_you've_followed.json", { following_v3: [{ name: 'Bo Ra', timestamp: 1700000000 }] }),
    ]);
    expect(sink.items.find((d) => d.code === 'json.malformed')?.file).toBe('connections/friends/your_friends.json');
    expect(batch.ties).toEqual([expect.objectContaining({ kind: 'follows', personId: 'facebook:name:bo ra', since: 1700000000000 })]);
    expect(batch.files.map((f) => [f.file, f.records])).toEqual([
      ['connections/friends/your_friends.json', 0],
      ["connections/followers/who_you've_followed.json", 1],
    ]);
  });

  it('a truncated message file: a diagnostic; a read error mid-file: its code', async () => {
    const text = JSON.stringify({ participants: [{ name: 'A' }, { name: 'B' }], messages: [{ sender_name: 'A', timestamp_ms: 1, content: 'x' }] });
    const { codes } = await read([file('inbox/1/message_1.json', text.slice(0, text.length - 20))]);
    expect(codes).toContain('json.truncated');
    const base = createMemoryArchive('t', [file('connections/friends/your_friends.json', { friends_v2: [{ name: 'A', timestamp: 1 }] })]);
    const failing: Archive = {
      ...base,
      async *read() {
        throw new ArchiveReadError('archive.corrupt-entry', { reason: 'bad deflate' });
      },
    };
    const r = await read(failing);
    expect(r.sink.items[0]).toMatchObject({ code: 'archive.corrupt-entry', file: 'connections/friends/your_friends.json', params: { reason: 'bad deflate' } });
    expect(r.batch.files[0]).toMatchObject({ records: 0 });
  });

  it("the wrong platform's files under the right names: shape diagnostics", async () => {
    const { batch, codes } = await read([
      // Instagram's following.json shape under Facebook's friends file name.
      file('connections/friends/your_friends.json', { relationships_following: [{ title: '', string_list_data: [{ value: 'x', timestamp: 1 }] }] }),
      file('personal_information/profile_information/profile_information.json', [1, 2, 3]),
      file('your_facebook_activity/messages/inbox/9/message_1.json', [{ sender_name: 'x' }]),
    ]);
    expect(codes.filter((c) => c === 'json.unexpected-shape')).toHaveLength(3);
    expect(batch.ties).toEqual([]);
    expect(batch.events).toEqual([]);
  });

  it('items without a name are skipped with their row', async () => {
    const { batch, sink } = await read([file('your_friends.json', { friends_v2: [{ name: 'A' }, { timestamp: 5 }, 'junk', { name: '  ' }] })]);
    expect(batch.files[0]).toMatchObject({ records: 1, skipped: 3 });
    expect(sink.items.filter((d) => d.code === 'json.bad-item').map((d) => d.row)).toEqual([2, 3, 4]);
  });
});

describe('Facebook importer: layouts from the secondary sources', () => {
  it('reads both reaction shapes, localised labels included', async () => {
    const { batch } = await read([
      file('likes_and_reactions_1.json', [
        { timestamp: 1700000000, label_values: [{ label: 'C\u00e1\u00ba\u00a3m x\u00c3\u00bac', value: 'Th\u00c3\u00adch' }, { label: 'URL', value: 'https://www.facebook.com/p/1' }] },
      ]),
      file('likes_and_reactions/posts_and_comments.json', { reactions: [{ timestamp: 1500000000, title: 'A likes B', data: [{ reaction: { reaction: 'LIKE', actor: 'A' } }] }] }),
    ]);
    expect(batch.events.map((e) => [e.kind, e.at, e.detail, e.targetUrl])).toEqual([
      ['reaction', 1700000000000, 'Thích', 'https://www.facebook.com/p/1'],
      ['reaction', 1500000000000, 'LIKE', undefined],
    ]);
  });

  it('posts: text → post, link only → repost, 2019 status_updates wrapper; comments_v2 and 2019 comments', async () => {
    const { batch } = await read([
      file('posts/your_posts_1.json', [
        { timestamp: 1600000000, data: [{ post: 'Hello' }], title: 'A updated her status.' },
        { timestamp: 1600000100, attachments: [{ data: [{ external_context: { url: 'https://example.org' } }] }], title: 'A shared a link.' },
        { timestamp: 1600000200, attachments: [{ data: [{ media: { uri: 'photo.jpg' } }] }] },
      ]),
      file('old/your_posts.json', { status_updates: [{ timestamp: 1400000000, data: [{ post: 'Old' }] }] }),
      file('comments_and_reactions/comments.json', { comments_v2: [{ timestamp: 1600000300, data: [{ comment: { timestamp: 1600000301, comment: 'Nice', author: 'A' } }], title: 'A commented.' }] }),
    ]);
    // Files in path order: `old/` before `posts/`.
    expect(batch.events.map((e) => [e.kind, e.at, e.text, e.targetUrl])).toEqual([
      ['post', 1400000000000, 'Old', undefined],
      ['post', 1600000000000, 'Hello', undefined],
      ['repost', 1600000100000, undefined, 'https://example.org'],
      ['post', 1600000200000, undefined, undefined],
      ['comment', 1600000301000, 'Nice', undefined],
    ]);
  });

  it('2019 friends.json and a profile with work history; the profile name settles the owner', async () => {
    const { batch, codes } = await read([
      file('friends/friends.json', { friends: [{ name: 'Bo', timestamp: 1500000000 }] }),
      file('profile_information/profile_information.json', {
        profile_v2: { name: { full_name: 'Ana Th\u00c3\u00a0nh' }, username: 'ana.t', websites: [{ address: 'https://ana.example' }], work_experiences: [{ employer: 'Quorel', title: 'Designer', start_timestamp: 1500000000 }] },
      }),
      file('messages/inbox/bo_abc/message_1.json', { participants: [{ name: 'Bo' }, { name: 'Ana Th\u00c3\u00a0nh' }], messages: [{ sender_name: 'Ana Th\u00c3\u00a0nh', timestamp_ms: 1600000000000, content: 'hi' }] }),
    ]);
    expect(batch.profiles).toEqual([
      { platform: 'facebook', name: 'Ana Thành', handle: 'ana.t', websites: ['https://ana.example'], positions: [{ organisation: 'Quorel', title: 'Designer', startedOn: '2017-07' }], skills: [] },
    ]);
    expect(codes).not.toContain('import.owner-inferred');
    expect(batch.events.find((e) => e.kind === 'message')).toMatchObject({ direction: 'out', personIds: ['facebook:name:bo'] });
    expect(batch.people.map((p) => p.id)).toEqual(['facebook:name:bo']);
  });
});

describe('Facebook importer: time zones', () => {
  it('gives the same output in a far-east time zone (all times are UTC)', async () => {
    const files = [
      file('profile_information.json', { profile_v2: { name: { full_name: 'A' }, work_experiences: [{ employer: 'Q', title: 'T', start_timestamp: Date.UTC(2017, 5, 30, 12) / 1000 }] } }),
      file('your_friends.json', { friends_v2: [{ name: 'Bo', timestamp: Date.UTC(2020, 0, 31, 23) / 1000 }] }),
    ];
    const before = process.env['TZ'];
    const utc = await read(files);
    process.env['TZ'] = 'Pacific/Kiritimati';
    try {
      const far = await read(files);
      expect(JSON.stringify(far.batch)).toBe(JSON.stringify(utc.batch));
      expect(far.batch.profiles[0]?.positions[0]?.startedOn).toBe('2017-06');
    } finally {
      if (before === undefined) delete process.env['TZ'];
      else process.env['TZ'] = before;
    }
  });
});

describe('Facebook recognition', () => {
  it('a Messenger-only download is recognised by its 2024+ folder, and Instagram does not claim it', async () => {
    const { instagramImporter } = await import('../instagram/index.ts');
    const archive = createMemoryArchive('m', [file('your_facebook_activity/messages/inbox/123/message_1.json', { participants: [], messages: [] })]);
    expect(facebookImporter.recognize(archive)).toEqual({ confidence: 0.5, evidence: ['your_facebook_activity/'] });
    expect(instagramImporter.recognize(archive).confidence).toBe(0);
  });
});
