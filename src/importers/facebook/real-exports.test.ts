/**
 * The importer against the real (redacted) 2026 Facebook export in /work/shared/fixtures/real/facebook/:
 * record counts checked against an independent parse of each file, plus specific values.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createMemoryArchive } from '../../archive/memory.ts';
import type { Archive } from '../../archive/types.ts';
import { DiagnosticSink } from '../../diagnostics/diagnostic.ts';
import { facebookImporter } from './index.ts';

const ROOT = fileURLToPath(new URL('../../../../shared/fixtures/real/', import.meta.url));
const DIR = join(ROOT, 'facebook/tieubachlongblog__thanhbobber');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

function folderArchive(dir: string, prefix = ''): Archive {
  return createMemoryArchive(dir, walk(dir).map((p) => ({ path: prefix + relative(dir, p), bytes: new Uint8Array(readFileSync(p)) })));
}

/** Independent count: the length of the one list in the file (top-level key or messages). */
function lengthOf(path: string): number {
  const v = JSON.parse(readFileSync(join(DIR, path), 'utf8')) as Record<string, unknown[]>;
  return (v['messages'] ?? Object.values(v)[0] ?? []).length;
}

async function read(archive: Archive) {
  const sink = new DiagnosticSink();
  const batch = await facebookImporter.read(archive, { diagnostics: sink });
  return { batch, sink };
}

describe('Facebook importer on the real 2026 export', () => {
  it('is recognised with high confidence', () => {
    expect(facebookImporter.recognize(folderArchive(DIR)).confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('reports every file with records = the items in the file', async () => {
    const { batch } = await read(folderArchive(DIR));
    const files = walk(DIR).map((p) => relative(DIR, p)).sort();
    expect(batch.files.map((f) => f.file).sort()).toEqual(files);
    for (const f of batch.files) expect([f.file, f.records + f.skipped, f.skipped]).toEqual([f.file, lengthOf(f.file), 0]);
    const kinds = Object.fromEntries(batch.files.map((f) => [f.file, f.kind]));
    expect(kinds['connections/friends/your_friends.json']).toBe('connections');
    expect(kinds['connections/friends/received_friend_requests.json']).toBe('invitations');
    expect(kinds['connections/friends/removed_friends.json']).toBe('other');
    expect(kinds['1004027223469146/message_1.json']).toBe('messages');
  });

  it('maps friends, follows and followers to ties; requests to invitation events', async () => {
    const { batch } = await read(folderArchive(DIR));
    const count = (k: string) => batch.ties.filter((t) => t.kind === k).length;
    expect(count('friend')).toBe(lengthOf('connections/friends/your_friends.json'));
    expect(count('follows')).toBe(lengthOf("connections/followers/who_you've_followed.json"));
    expect(count('followed-by')).toBe(lengthOf('connections/followers/people_who_followed_you.json'));
    // Followers have no timestamp in the 2026 file; friends do (epoch seconds → ms).
    expect(batch.ties.filter((t) => t.kind === 'followed-by').every((t) => t.since === undefined)).toBe(true);
    const first = batch.ties.find((t) => t.kind === 'friend');
    expect(first).toMatchObject({ since: 1772926883000, personId: 'facebook:name:úiuf nbẩb mekạw', source: { row: 1 } });
    const inv = batch.events.filter((e) => e.kind === 'invitation');
    expect(inv.filter((e) => e.direction === 'in')).toHaveLength(lengthOf('connections/friends/received_friend_requests.json'));
    expect(inv.filter((e) => e.direction === 'out')).toHaveLength(lengthOf('connections/friends/sent_friend_requests.json'));
  });

  it('repairs the mojibake in names and message text', async () => {
    const { batch } = await read(folderArchive(DIR));
    const names = batch.people.map((p) => p.name);
    // Raw: "R\u00c3\u00a9\u00c3\u00addf Nb\u00e1\u00ba\u00a9b Rp\u00e1\u00ba\u00a1nq" (received_friend_requests.json, row 1).
    expect(names).toContain('Réídf Nbẩb Rpạnq');
    expect(names).toContain('Nã Wot');
    const text = batch.events.find((e) => e.kind === 'message' && e.source.row === 1 && e.source.file.startsWith('2488'))?.text ?? '';
    expect(text.startsWith('Jý yốh Wqfjubyqxw')).toBe(true);
    expect(text).toContain('✅');
    expect(text).toContain('➡️');
    expect(batch.people.every((p) => !/[\u00c3\u00e1][\u0080-\u00bf]/u.test(p.name ?? ''))).toBe(true);
  });

  it('infers the owner from the participant in every thread; the empty-name participant is one person per thread', async () => {
    const { batch, sink } = await read(folderArchive(DIR));
    expect(sink.items.find((d) => d.code === 'import.owner-inferred')?.params?.['name']).toBe('Flìyg Nlpfxu');
    const messages = batch.events.filter((e) => e.kind === 'message');
    expect(messages).toHaveLength(lengthOf('1004027223469146/message_1.json') + lengthOf('1322040318949810/message_1.json') + lengthOf('2488152187986709/message_1.json'));
    // Counted independently in the raw (unrepaired) files: the owner's name is still mojibake there.
    const threads = ['1004027223469146', '1322040318949810', '2488152187986709'];
    const raw = threads.flatMap((t) => (JSON.parse(readFileSync(join(DIR, t, 'message_1.json'), 'utf8')) as { messages: { sender_name: string }[] }).messages);
    const fromOwner = raw.filter((m) => m.sender_name === 'Fl\u00c3\u00acyg Nlpfxu').length;
    expect(fromOwner).toBeGreaterThan(0);
    expect(messages.filter((e) => e.direction === 'out')).toHaveLength(fromOwner);
    const inbound = messages.filter((e) => e.direction === 'in');
    expect(inbound).toHaveLength(raw.length - fromOwner);
    expect(new Set(inbound.map((e) => e.personIds?.[0]))).toEqual(
      new Set(['facebook:thread:inbox/1004027223469146', 'facebook:thread:inbox/1322040318949810', 'facebook:thread:inbox/2488152187986709']),
    );
    expect(messages[0]).toMatchObject({ at: 1736477443701, conversationId: 'facebook:inbox/1004027223469146', participants: 2 });
    expect(batch.people.some((p) => p.name === 'Flìyg Nlpfxu' && p.id.includes('thread'))).toBe(false);
  });

  it('reads the same under an extra top folder, and gives identical output twice', async () => {
    const a = await read(folderArchive(DIR, 'facebook-someone-2026-03-01/'));
    const b = await read(folderArchive(DIR, 'facebook-someone-2026-03-01/'));
    expect(JSON.stringify(a.batch)).toBe(JSON.stringify(b.batch));
    expect(a.batch.events.length).toBe((await read(folderArchive(DIR))).batch.events.length);
  });

  it('does not claim the real Instagram, LinkedIn or other platforms\' samples', () => {
    for (const dir of ['instagram/yummyhopper__personal_instagram_analysis', 'linkedin/Sajiah__mylinkedindata', 'linkedin/apk0703__linkdin_profile_analysis', 'x/mrled__twarchive', 'mastodon/dealingwith__masto-archive', 'bluesky/bluesky-social__indigo']) {
      expect([dir, facebookImporter.recognize(folderArchive(join(ROOT, dir))).confidence]).toEqual([dir, expect.any(Number)]);
      expect(facebookImporter.recognize(folderArchive(join(ROOT, dir))).confidence).toBeLessThan(0.5);
    }
  });
});
