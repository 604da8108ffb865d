/** Bad and odd input: diagnostics, never throws; other platforms' archives are not claimed. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createMemoryArchive, type MemoryFile } from '../../archive/memory.ts';
import { ArchiveReadError, type Archive } from '../../archive/types.ts';
import { DiagnosticSink } from '../../diagnostics/diagnostic.ts';
import { sampleXArchive, sampleXSpec, writeXArchive } from '../../sample/x/index.ts';
import { xImporter } from './index.ts';

const enc = new TextEncoder();
const file = (path: string, text: string): MemoryFile => ({ path, bytes: enc.encode(text) });

async function importFiles(files: MemoryFile[] | Archive) {
  const sink = new DiagnosticSink(10_000);
  const archive = Array.isArray(files) ? createMemoryArchive('edge', files) : files;
  const batch = await xImporter.read(archive, { diagnostics: sink });
  return { batch, sink, codes: sink.items.map((d) => d.code) };
}

const tweet = (id: string, text: string) => ({ tweet: { id_str: id, created_at: 'Sat Aug 12 16:10:37 +0000 2023', full_text: text } });
const ytd = (global: string, items: unknown[]) => `window.YTD.${global}.part0 = ${JSON.stringify(items, null, 2)}`;

describe('X importer on bad input', () => {
  it('an empty archive: nothing usable, no records, not recognised', async () => {
    const { batch, codes } = await importFiles([]);
    expect(batch.files).toEqual([]);
    expect(batch.events).toEqual([]);
    expect(codes).toEqual(['import.nothing-usable']);
    expect(xImporter.recognize(createMemoryArchive('e', [])).confidence).toBe(0);
  });

  it('a malformed element is skipped with json.malformed at its index; the others are read', async () => {
    const text = 'window.YTD.tweets.part0 = [ {"tweet":{"id_str":"1","full_text":"a"}}, {"tweet":{"id_str":"2",}}, {"tweet":{"id_str":"3","full_text":"c"}} ]';
    const { batch, sink } = await importFiles([file('data/tweets.js', text)]);
    expect(batch.files).toEqual([{ platform: 'x', archive: 'edge', file: 'data/tweets.js', kind: 'posts', records: 2, skipped: 1, variant: 'tweets.js (YTD.tweets, 2022+)', encoding: 'utf-8' }]);
    expect(sink.items.filter((d) => d.code === 'json.malformed').map((d) => [d.file, d.row])).toEqual([['data/tweets.js', 2]]);
    expect(batch.events.map((e) => e.text)).toEqual(['a', 'c']);
  });

  it('a truncated tweets.js keeps the tweets before the cut and says so', async () => {
    const full = ytd('tweets', [tweet('1', 'one'), tweet('2', 'two'), tweet('3', 'three')]);
    const { batch, sink } = await importFiles([file('data/tweets.js', full.slice(0, full.indexOf('three') - 5))]);
    expect(batch.events.map((e) => e.text)).toEqual(['one', 'two']);
    expect(batch.files[0]).toMatchObject({ records: 2, skipped: 1 });
    expect(sink.items.find((d) => d.code === 'json.truncated')).toMatchObject({ file: 'data/tweets.js', row: 3, params: { count: 2 } });
  });

  it('a tweet with bytes that are not UTF-8 is read with them replaced, and the file is flagged at that tweet', async () => {
    const [head, tail] = ytd('tweets', [tweet('1', 'one'), tweet('2', 'tw@o'), tweet('3', 'three')]).split('@');
    const bytes = new Uint8Array([...enc.encode(head), 0xff, ...enc.encode(tail)]);
    const { batch, sink } = await importFiles([{ path: 'data/tweets.js', bytes }]);
    expect(batch.events.map((e) => e.text)).toEqual(['one', 'tw\uFFFDo', 'three']);
    expect(batch.files[0]).toMatchObject({ records: 3, skipped: 0 });
    expect(sink.items.filter((d) => d.code === 'text.invalid-utf8-elements')).toMatchObject([{ severity: 'warning', file: 'data/tweets.js', row: 2, params: { count: 1 } }]);
  });

  it("the wrong platform's files under X names: diagnostics, no records", async () => {
    const { batch, codes } = await importFiles([
      file('data/tweets.js', 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,Lovelace,,,,,09 Sep 2022\n'),
      file('data/follower.js', JSON.stringify({ '@context': 'https://www.w3.org/ns/activitystreams', orderedItems: [] })),
      file('data/like.js', ytd('like', [{ favourite: { id: 'x' } }])),
      file('data/direct-messages.js', ytd('direct_messages', [{ messages: [{ sender_name: 'A', timestamp_ms: 1 }] }])),
      file('data/account.js', ytd('account', [{ profile_user: [] }])),
    ]);
    expect(batch.events).toEqual([]);
    expect(batch.ties).toEqual([]);
    expect(batch.profiles).toEqual([]);
    expect(batch.files.map((f) => [f.file, f.records, f.skipped])).toEqual([
      ['data/account.js', 0, 1],
      ['data/direct-messages.js', 0, 1],
      ['data/tweets.js', 0, 0],
      ['data/follower.js', 0, 0],
      ['data/like.js', 0, 1],
    ]);
    // Every skipped element is named with its file and row.
    expect(codes.filter((c) => c === 'value.missing')).toHaveLength(3);
    expect(codes).toContain('json.not-array');
    expect(codes).toContain('import.nothing-usable');
  });

  it('an archive read error mid-file keeps what was read and becomes a diagnostic', async () => {
    const good = createMemoryArchive('broken', [file('data/tweets.js', ytd('tweets', [tweet('1', 'one'), tweet('2', 'two')]))], 40);
    const archive: Archive = {
      ...good,
      async *read(entry) {
        let n = 0;
        for await (const chunk of good.read(entry)) {
          if (n++ === 4) throw new ArchiveReadError('archive.corrupt-entry', { reason: 'invalid distance' });
          yield chunk;
        }
      },
    };
    const { batch, sink } = await importFiles(archive);
    expect(batch.files[0]?.file).toBe('data/tweets.js');
    expect(sink.items.find((d) => d.code === 'archive.corrupt-entry')).toMatchObject({ severity: 'error', file: 'data/tweets.js', params: { reason: 'invalid distance' } });
  });

  it('counts DMs without a sender as skipped and keeps the rest', async () => {
    const dm = (senderId: string | undefined, text: string) => ({ messageCreate: { recipientId: '2', text, ...(senderId ? { senderId } : {}), createdAt: 'not a date' } });
    const { batch, sink } = await importFiles([
      file('data/account.js', ytd('account', [{ account: { accountId: '1', username: 'me' } }])),
      file('data/direct-messages.js', ytd('direct_messages', [{ dmConversation: { conversationId: '1-2', messages: [dm('1', 'hi'), dm(undefined, 'lost')] } }])),
    ]);
    expect(batch.files.find((f) => f.kind === 'messages')).toMatchObject({ records: 1, skipped: 1 });
    expect(batch.events).toEqual([
      { kind: 'message', platform: 'x', direction: 'out', source: { platform: 'x', file: 'data/direct-messages.js', row: 1 }, conversationId: '1-2', participants: 2, text: 'hi', personIds: ['x:id:2'] },
    ]);
    expect(sink.items.map((d) => d.code)).toEqual(['value.missing', 'value.bad-date']);
  });

  it('infers the owner from the conversations when account.js and the manifest are missing', async () => {
    const files = sampleXArchive(3).files.filter((f) => !/account\.js|manifest\.js/.test(f.path));
    const { batch, sink } = await importFiles(files);
    expect(sink.items.find((d) => d.code === 'import.owner-inferred')?.params).toEqual({ name: sampleXSpec(3).owner.accountId, source: 'the direct messages' });
    expect(batch.events.filter((e) => e.kind === 'message' && e.direction === 'out')).toHaveLength(3);
    expect(batch.people.some((p) => p.id === `x:id:${sampleXSpec(3).owner.accountId}`)).toBe(false);
  });

  it('reads a tweet only once when both tweet.js and tweets.js hold it', async () => {
    const { batch, codes } = await importFiles([file('data/tweet.js', ytd('tweet', [tweet('1', 'one')])), file('data/tweets.js', ytd('tweets', [tweet('1', 'one'), tweet('2', 'two')]))]);
    expect(batch.events.map((e) => e.text)).toEqual(['one', 'two']);
    expect(codes).toContain('import.duplicate-item');
  });

  it('lists data files it does not read as other, and ignores the viewer assets', async () => {
    const files = [...writeXArchive(sampleXSpec(1)), file('data/ad-impressions.js', ytd('ad_impressions', [])), file('assets/js/main.js', 'x')];
    const { batch } = await importFiles(files);
    expect(batch.files.filter((f) => f.kind === 'other').map((f) => f.file)).toEqual(['data/manifest.js', 'data/block.js', 'data/ad-impressions.js']);
  });
});

describe('recognition', () => {
  const FIXTURES = fileURLToPath(new URL('../../../../shared/fixtures/real/', import.meta.url));
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
  const others = readdirSync(FIXTURES)
    .filter((p) => p !== 'x' && statSync(join(FIXTURES, p)).isDirectory())
    .flatMap((platform) => readdirSync(join(FIXTURES, platform)).map((name) => join(platform, name)));

  it.each(others)('does not claim %s', (name) => {
    const dir = join(FIXTURES, name);
    const archive = createMemoryArchive(name, walk(dir).map((p) => ({ path: relative(dir, p), bytes: new Uint8Array(0) })));
    expect(xImporter.recognize(archive).confidence).toBeLessThan(0.5);
  });

  it('needs more than a manifest.js alone', () => {
    expect(xImporter.recognize(createMemoryArchive('m', [file('manifest.js', '')])).confidence).toBeLessThan(0.5);
  });
});
