/** Bad and odd input: diagnostics, never throws; determinism; the tar.gz (pre-4.1) container. */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createMemoryArchive, type MemoryFile } from '../../archive/memory.ts';
import { createTarArchive } from '../../archive/tar.ts';
import { ArchiveReadError, type Archive } from '../../archive/types.ts';
import { DiagnosticSink } from '../../diagnostics/diagnostic.ts';
import { packFiles } from '../../sample/mastodon/tar.ts';
import { sampleMastodonArchive, sampleMastodonSpec, writeMastodonExport } from '../../sample/mastodon/index.ts';
import { mastodonImporter } from './index.ts';

const enc = new TextEncoder();
const file = (path: string, text: string): MemoryFile => ({ path, bytes: enc.encode(text) });
const SHARED = fileURLToPath(new URL('../../../../shared/fixtures/real/', import.meta.url));

async function read(archive: Archive) {
  const sink = new DiagnosticSink();
  const batch = await mastodonImporter.read(archive, { diagnostics: sink });
  return { batch, sink, codes: sink.items.map((d) => d.code) };
}

const mem = (...files: MemoryFile[]) => createMemoryArchive('test', files);

describe('Mastodon importer edge cases', () => {
  it('an empty archive is not recognised and reads to nothing, with one warning', async () => {
    expect(mastodonImporter.recognize(mem()).confidence).toBe(0);
    const { batch, codes } = await read(mem());
    expect(batch.files).toEqual([]);
    expect(codes).toEqual(['import.nothing-usable']);
  });

  it('malformed JSON in every file gives diagnostics and empty reports', async () => {
    const { batch, sink } = await read(mem(file('actor.json', '{"id":'), file('outbox.json', '{"orderedItems":[{"a":1},'), file('likes.json', 'not json')));
    expect(batch.files.map((f) => [f.file, f.kind, f.records, f.skipped])).toEqual([
      ['actor.json', 'profile', 0, 0],
      ['outbox.json', 'posts', 0, 1],
      ['likes.json', 'reactions', 0, 0],
    ]);
    expect(sink.items.filter((d) => d.code === 'json.malformed').map((d) => d.file)).toEqual(['actor.json', 'outbox.json', 'likes.json']);
    expect(sink.items.find((d) => d.code === 'activitypub.item-skipped')).toMatchObject({ file: 'outbox.json', row: 1 });
  });

  it('a truncated outbox keeps the items before the cut', async () => {
    const { files } = sampleMastodonArchive(3);
    const outbox = files.find((f) => f.path === 'outbox.json');
    if (!outbox) throw new Error('no outbox');
    const text = new TextDecoder().decode(outbox.bytes);
    const cut = text.slice(0, text.indexOf('"type":"Announce"') - 10);
    const { batch, sink } = await read(mem(file('outbox.json', cut)));
    expect(report(batch, 'outbox.json')?.records).toBe(4);
    expect(sink.items.find((d) => d.code === 'json.malformed')?.params?.['reason']).toMatch(/truncated\?\) after 4 complete items/);
    // No actor.json: the owner is inferred from the outbox's actor.
    expect(sink.items.find((d) => d.code === 'import.owner-inferred')?.params?.['source']).toBe('outbox.json');
  });

  it('an ArchiveReadError mid-file becomes a diagnostic and keeps what was read', async () => {
    const { files } = sampleMastodonArchive(3);
    const base = createMemoryArchive('x', files, 512);
    const failing: Archive = {
      ...base,
      async *read(entry) {
        let n = 0;
        for await (const c of base.read(entry)) {
          if (entry.path === 'outbox.json' && n++ === 14) throw new ArchiveReadError('archive.corrupt-entry', { reason: 'invalid block type' });
          yield c;
        }
      },
    };
    const { batch, sink } = await read(failing);
    const r = report(batch, 'outbox.json');
    expect(r?.records).toBeGreaterThan(0);
    expect(r?.records).toBeLessThan(13);
    expect(sink.items.find((d) => d.code === 'archive.corrupt-entry')).toMatchObject({ file: 'outbox.json', params: { reason: 'invalid block type' } });
    expect(sink.items.some((d) => d.code === 'json.malformed')).toBe(false);
  });

  it("other platforms' files under Mastodon's names give diagnostics, not records", async () => {
    const x = file('likes.json', 'window.YTD.like.part0 = [ { "like" : { "tweetId" : "1", "fullText" : "hi" } } ]');
    const insta = file('bookmarks.json', '{"saved_saved_media":[{"title":"someone","string_map_data":{}}]}');
    const linkedin = file('following_accounts.csv', 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Bel,,,,,09 Sep 2022\n');
    const actor = file('actor.json', '{"profile_user":[{"string_map_data":{"Name":{"value":"x"}}}]}');
    const outbox = file('outbox.json', '[{"created_at":"Sat Aug 12 16:10:37 +0000 2023"}]');
    const { batch, codes } = await read(mem(x, insta, linkedin, actor, outbox));
    expect(batch.files.every((f) => f.records === 0)).toBe(true);
    expect(batch.events).toEqual([]);
    expect(batch.ties).toEqual([]);
    expect(codes).toEqual(['activitypub.unexpected', 'json.malformed', 'json.malformed', 'activitypub.unexpected', 'csv.missing-header', 'import.nothing-usable']);
  });

  it('odd items are skipped one by one: unknown activity, Create without object, bad date, empty list entry', async () => {
    const outbox = JSON.stringify({
      type: 'OrderedCollection',
      orderedItems: [
        { type: 'Follow', actor: 'https://a.example/users/me', object: 'https://b.example/users/x' },
        { type: 'Create', actor: 'https://a.example/users/me', object: 'https://a.example/users/me/statuses/1' },
        { type: 'Create', actor: 'https://a.example/users/me', object: { type: 'Note', published: 'yesterday', to: ['as:Public'], content: '<p>hi &amp; bye</p>' } },
        { type: 'Announce', actor: 'https://a.example/users/me', published: '2024-01-01T00:00:00Z', to: ['as:Public'], cc: [], object: { id: 'https://c.example/objects/9' } },
        42,
      ],
    });
    const { batch, sink } = await read(mem(file('outbox.json', outbox), file('likes.json', '{"type":"OrderedCollection","orderedItems":["https://b.example/users/x/statuses/5",{"no":"id"}]}')));
    expect(report(batch, 'outbox.json')).toMatchObject({ records: 2, skipped: 3 });
    expect(report(batch, 'likes.json')).toMatchObject({ records: 1, skipped: 1 });
    expect(batch.events.find((e) => e.kind === 'post')).toMatchObject({ text: 'hi & bye', visibility: 'public' });
    expect(batch.events.find((e) => e.kind === 'post')?.at).toBeUndefined();
    expect(batch.events.find((e) => e.kind === 'repost')).toMatchObject({ targetUrl: 'https://c.example/objects/9', at: Date.UTC(2024, 0, 1) });
    expect(sink.items.filter((d) => d.code === 'activitypub.item-skipped').map((d) => [d.file, d.row])).toEqual([
      ['outbox.json', 1],
      ['outbox.json', 2],
      ['outbox.json', 5],
      ['likes.json', 2],
    ]);
    expect(sink.items.find((d) => d.code === 'value.bad-date')).toMatchObject({ file: 'outbox.json', row: 3, params: { value: 'yesterday', column: 'published' } });
  });

  it('CSV rows without an account address are skipped with a row number; bookmarks.csv is read only without bookmarks.json', async () => {
    const { batch, sink } = await read(
      mem(file('following_accounts.csv', 'Account address,Show boosts\nok@a.example,true\n\nnot-an-address,true\n'), file('bookmarks.csv', 'https://a.example/users/x/statuses/1\n\nhttps://b.example/objects/2\n')),
    );
    expect(report(batch, 'following_accounts.csv')).toMatchObject({ records: 1, skipped: 1 });
    expect(sink.items.find((d) => d.code === 'csv.malformed-row')).toMatchObject({ file: 'following_accounts.csv', row: 2 });
    expect(batch.events.filter((e) => e.kind === 'save').map((e) => e.personIds)).toEqual([['mastodon:acct:x@a.example'], undefined]);
    const both = await read(mem(file('bookmarks.csv', 'https://a.example/users/x/statuses/1\n'), file('bookmarks.json', '{"type":"OrderedCollection","orderedItems":[]}')));
    expect(both.codes).toContain('import.duplicate-file');
    expect(both.batch.events).toEqual([]);
  });

  it('one item, everything on one day: one post, nothing else', async () => {
    const outbox = '{"type":"OrderedCollection","orderedItems":[],"orderedItems":[{"type":"Create","actor":"https://a.example/users/me","object":{"type":"Note","published":"2024-05-01T10:00:00Z","to":["https://a.example/users/me/followers"],"cc":[],"content":"<p>only</p>"}}]}';
    const { batch, codes } = await read(mem(file('outbox.json', outbox)));
    expect(batch.events).toEqual([
      { kind: 'post', platform: 'mastodon', direction: 'out', source: { platform: 'mastodon', file: 'outbox.json', row: 1 }, at: Date.UTC(2024, 4, 1, 10), text: 'only', visibility: 'private' },
    ]);
    expect(codes).toEqual(['import.owner-inferred']);
  });

  it('two runs over the same archive give identical output', async () => {
    const { files } = sampleMastodonArchive(11);
    const a = await read(mem(...files));
    const b = await read(mem(...files));
    expect(JSON.stringify(b.batch)).toBe(JSON.stringify(a.batch));
    expect(b.sink.items).toEqual(a.sink.items);
  });

  it('reads a pre-4.1 tar.gz archive (signed items, totalItems in likes) under an extra folder', async () => {
    const files = writeMastodonExport(sampleMastodonSpec(5), { vintage: 'pre-4.1', csv: false, topFolder: 'archive-20230101120000-0123456789abcdef0123456789abcdef' });
    const gz = gzipSync(packFiles(files));
    const raw = new Uint8Array(gunzipSync(gz));
    const archive = await createTarArchive('archive.tar.gz', async function* () {
      for (let i = 0; i < raw.length; i += 4096) yield raw.subarray(i, i + 4096);
    });
    expect(mastodonImporter.recognize(archive).confidence).toBe(1);
    const { batch } = await read(archive);
    const spec = sampleMastodonSpec(5);
    const outbox = batch.files.find((f) => f.file.endsWith('/outbox.json'));
    expect(outbox).toMatchObject({ records: spec.statuses.length, skipped: 0 });
    expect(outbox?.variant).toMatch(/^pre-4\.1 \(signed items\); /);
    expect(batch.files.find((f) => f.file.endsWith('/likes.json'))).toMatchObject({ records: spec.likes.length, variant: 'pre-4.1 (with totalItems)' });
  });
});

describe('Mastodon recognition against other platforms', () => {
  it('claims no real sample of another platform, and every real Mastodon sample', () => {
    const roots = readdirSync(SHARED, { withFileTypes: true }).filter((d) => d.isDirectory());
    for (const { name: platform } of roots) {
      for (const dir of readdirSync(SHARED + platform, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
        const files: MemoryFile[] = [];
        const walk = (rel: string) => {
          for (const e of readdirSync(`${SHARED}${platform}/${dir}/${rel}`, { withFileTypes: true })) {
            const p = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory()) walk(p);
            else files.push({ path: p, bytes: new Uint8Array(0) });
          }
        };
        walk('');
        const c = mastodonImporter.recognize(createMemoryArchive(dir, files)).confidence;
        if (platform === 'mastodon') expect(c, dir).toBeGreaterThanOrEqual(0.5);
        else expect(c, `${platform}/${dir}`).toBeLessThan(0.5);
      }
    }
  });
});

function report(batch: { files: readonly { file: string }[] }, name: string) {
  return batch.files.find((f) => f.file === name) as { records: number; skipped: number; variant?: string } | undefined;
}
