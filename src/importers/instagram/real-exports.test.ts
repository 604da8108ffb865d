/**
 * The importer against the real (redacted) 2024-07 Instagram export in /work/shared/fixtures/real/instagram/:
 * record counts from an independent parse of each file, plus specific values.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createMemoryArchive } from '../../archive/memory.ts';
import type { Archive } from '../../archive/types.ts';
import { DiagnosticSink } from '../../diagnostics/diagnostic.ts';
import { instagramImporter } from './index.ts';

const ROOT = fileURLToPath(new URL('../../../../shared/fixtures/real/', import.meta.url));
const DIR = join(ROOT, 'instagram/yummyhopper__personal_instagram_analysis');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

function folderArchive(dir: string): Archive {
  return createMemoryArchive(dir, walk(dir).map((p) => ({ path: relative(dir, p), bytes: new Uint8Array(readFileSync(p)) })));
}

/** Independent count: a bare list's length, else the `messages` list, else the first list-valued key. */
function lengthOf(path: string): number {
  const v = JSON.parse(readFileSync(join(DIR, path), 'utf8')) as unknown;
  if (Array.isArray(v)) return v.length;
  const o = v as Record<string, unknown>;
  const list = o['messages'] ?? Object.values(o).find(Array.isArray);
  return Array.isArray(list) ? list.length : 0;
}

async function read() {
  const sink = new DiagnosticSink();
  const batch = await instagramImporter.read(folderArchive(DIR), { diagnostics: sink });
  return { batch, sink };
}

describe('Instagram importer on the real 2024-07 export', () => {
  it('is recognised with high confidence; Facebook and LinkedIn exports are not', () => {
    expect(instagramImporter.recognize(folderArchive(DIR)).confidence).toBeGreaterThanOrEqual(0.5);
    for (const dir of ['facebook/tieubachlongblog__thanhbobber', 'linkedin/Sajiah__mylinkedindata', 'linkedin/apk0703__linkdin_profile_analysis', 'x/mrled__twarchive', 'mastodon/dealingwith__masto-archive', 'bluesky/bluesky-social__indigo']) {
      expect([dir, instagramImporter.recognize(folderArchive(join(ROOT, dir))).confidence < 0.5]).toEqual([dir, true]);
    }
  });

  it('reports each file read with records = the items in the file', async () => {
    const { batch } = await read();
    const byFile = Object.fromEntries(batch.files.map((f) => [f.file, f]));
    const expectations: [string, string][] = [
      ['data/likes/liked_posts.json', 'reactions'],
      ['data/likes/liked_comments.json', 'reactions'],
      ['data/comments/post_comments_1.json', 'comments'],
      ['data/content/posts_1.json', 'posts'],
      ['data/content/stories.json', 'posts'],
      ['data/saved/saved_posts.json', 'other'],
      ['data/messages/inbox/buia_240706456762706/message_1.json', 'messages'],
      ['data/messages/inbox/trfqsp_856002675579069/message_1.json', 'messages'],
      ['data/messages/message_requests/clllnhuexgwelacgknqntljsm06lnprqv_06582964687695760/message_1.json', 'messages'],
    ];
    for (const [file, kind] of expectations) {
      expect([file, byFile[file]?.kind, byFile[file]?.records, byFile[file]?.skipped]).toEqual([file, kind, lengthOf(file), 0]);
    }
    // The Threads app profile shares the account profile's file name; it is counted as other.
    expect(byFile['data/threads/personal_information.json']).toMatchObject({ kind: 'other', records: 0 });
  });

  it('likes become timed reactions to the media owner, with the repaired emoji', async () => {
    const { batch } = await read();
    const first = batch.events.find((e) => e.source.file === 'data/likes/liked_posts.json' && e.source.row === 1);
    expect(first).toMatchObject({
      kind: 'reaction',
      direction: 'out',
      at: 1720107508000,
      detail: '👍',
      targetUrl: 'https://www.instagram.com/p/B3WMy7Os7Rw/',
      personIds: ['instagram:user:qnvsji.nmuayx'],
    });
  });

  it('comments keep their text and mentions, and point at the media owner', async () => {
    const { batch } = await read();
    const comments = batch.events.filter((e) => e.kind === 'comment');
    expect(comments[1]).toMatchObject({ at: 1688409001000, text: '@mrvwyliidypd kptm vfq e szqd y odlgx szbq meubqq 🙄', personIds: ['instagram:user:ark_meplxoyfo'] });
  });

  it('posts take caption and time from the top level or from media[0]', async () => {
    const { batch } = await read();
    const raw = JSON.parse(readFileSync(join(DIR, 'data/content/posts_1.json'), 'utf8')) as { title?: string; creation_timestamp?: number; media: { title: string; creation_timestamp: number }[] }[];
    const posts = batch.events.filter((e) => e.source.file === 'data/content/posts_1.json');
    expect(posts.map((e) => e.at)).toEqual(raw.map((p) => (p.creation_timestamp ?? p.media[0]!.creation_timestamp) * 1000));
    expect(posts[0]).toMatchObject({ kind: 'post', text: 'Jvhvh bqj', at: 1715566876000 });
    expect(raw.some((p) => p.creation_timestamp !== undefined)).toBe(true);
  });

  it('messages: owner inferred, directions, the 1:1 partner known by the folder username, groups by display name', async () => {
    const { batch, sink } = await read();
    expect(sink.items.find((d) => d.code === 'import.owner-inferred')?.params?.['name']).toBe('Gzk Jvidwjrjp');
    const messages = batch.events.filter((e) => e.kind === 'message');
    const trf = messages.filter((e) => e.conversationId === 'instagram:inbox/trfqsp_856002675579069');
    expect(trf[0]).toMatchObject({ direction: 'in', at: 1702786561693, personIds: ['instagram:user:trfqsp'], participants: 2 });
    expect(batch.people.find((p) => p.id === 'instagram:user:trfqsp')).toMatchObject({ name: 'groclb', handle: 'trfqsp' });
    const group = messages.filter((e) => e.conversationId?.includes('message_requests'));
    expect(group.length).toBe(lengthOf('data/messages/message_requests/clllnhuexgwelacgknqntljsm06lnprqv_06582964687695760/message_1.json'));
    expect(group.every((e) => (e.participants ?? 0) > 2 && e.personIds?.every((id) => id.startsWith('instagram:name:')))).toBe(true);
    // A repaired display name with an emoji flag.
    expect(batch.people.some((p) => p.name === 'Xylmfg Jvokts🇵🇭')).toBe(true);
  });

  it('gives identical output twice', async () => {
    expect(JSON.stringify((await read()).batch)).toBe(JSON.stringify((await read()).batch));
  });
});
