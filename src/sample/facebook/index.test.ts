import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createMemoryArchive } from '../../archive/memory.ts';
import { DiagnosticSink } from '../../diagnostics/diagnostic.ts';
import { repairDeep } from '../../importers/_shared/meta/mojibake.ts';
import { facebookImporter } from '../../importers/facebook/index.ts';
import { instagramImporter } from '../../importers/instagram/index.ts';
import { sampleFacebookArchive } from './index.ts';
import { metaJson } from './meta-json.ts';
import { expectValidBatch } from '../../../test/helpers/valid-batch.ts';

const REAL = fileURLToPath(new URL('../../../../shared/fixtures/real/', import.meta.url));

describe('metaJson writes the exact bytes of real Meta files', () => {
  it.each([
    'facebook/tieubachlongblog__thanhbobber/connections/friends/removed_friends.json',
    'facebook/tieubachlongblog__thanhbobber/1004027223469146/message_1.json',
    'instagram/yummyhopper__personal_instagram_analysis/data/content/stories.json',
    'instagram/yummyhopper__personal_instagram_analysis/data/messages/secret_conversations.json',
    'instagram/yummyhopper__personal_instagram_analysis/data/likes/liked_posts.json',
  ])('%s round-trips byte for byte (mojibake, empty arrays, no final newline)', (path) => {
    const original = readFileSync(REAL + path, 'utf8');
    expect(metaJson(repairDeep(JSON.parse(original)))).toBe(original);
  });

  it('writes empty arrays and objects as Meta does', () => {
    expect(metaJson({ a: [], b: {} })).toBe('{\n  "a": [\n    \n  ],\n  "b": {\n    \n  }\n}');
    expect(metaJson([])).toBe('[\n  \n]');
  });
});

async function importSample(seed: number) {
  const { files, expected, spec } = sampleFacebookArchive(seed);
  const sink = new DiagnosticSink();
  const archive = createMemoryArchive('sample', files);
  const batch = await facebookImporter.read(archive, { diagnostics: sink });
  return { files, expected, spec, batch, sink, archive };
}

describe('sampleFacebookArchive', () => {
  it('is deterministic per seed and differs between seeds', () => {
    const a = sampleFacebookArchive(7);
    const b = sampleFacebookArchive(7);
    expect(a.files.map((f) => [f.path, new TextDecoder().decode(f.bytes)])).toEqual(b.files.map((f) => [f.path, new TextDecoder().decode(f.bytes)]));
    expect(JSON.stringify(sampleFacebookArchive(8).spec)).not.toBe(JSON.stringify(a.spec));
  });

  it('is ASCII only on disk (all non-ASCII written as mojibake escapes)', () => {
    for (const f of sampleFacebookArchive(3).files) expect(f.bytes.every((b) => b < 0x80)).toBe(true);
  });

  it.each([1, 2, 42])('round-trips through the importer with the expected counts per kind (seed %i)', async (seed) => {
    const { expected, batch, sink, archive } = await importSample(seed);
    expect(facebookImporter.recognize(archive).confidence).toBeGreaterThanOrEqual(0.5);
    expect(instagramImporter.recognize(archive).confidence).toBeLessThan(0.5);
    const got: Record<string, number> = {};
    for (const f of batch.files) got[f.kind] = (got[f.kind] ?? 0) + f.records;
    expect(got).toEqual(expected);
    expect(batch.files.every((f) => f.skipped === 0)).toBe(true);
    expect(sink.items).toEqual([]);
    expectValidBatch(batch, 'facebook');
  });

  it('round-trips values: owner, repaired names, ties with dates, directions, reposts, reactions', async () => {
    const { spec, batch } = await importSample(5);
    expect(batch.profiles[0]).toMatchObject({ name: spec.owner.name, handle: spec.owner.username, positions: [{ organisation: 'Quorel Studio', title: 'Designer', startedOn: '2021-03' }] });
    expect(spec.owner.name).toContain('Ngữyễn');
    const friends = batch.ties.filter((t) => t.kind === 'friend');
    expect(friends.map((t) => [batch.people.find((p) => p.id === t.personId)?.name, t.since]).sort()).toEqual(
      spec.friends.map((f) => [f.person.name, f.since]).sort(),
    );
    const messages = batch.events.filter((e) => e.kind === 'message');
    const t1 = spec.threads[0]!;
    expect(messages.filter((e) => e.conversationId === `facebook:inbox/${t1.id}`).map((e) => [e.at, e.direction, e.text ?? null, e.targetUrl ?? null]).sort()).toEqual(
      t1.messages.map((m) => [m.at, m.from === 'owner' ? 'out' : 'in', m.text ?? null, m.link ?? null]).sort(),
    );
    expect(messages.find((e) => e.text?.includes('👍'))?.personIds).toEqual([`facebook:name:${t1.others[0]!.name.toLowerCase()}`]);
    expect(messages.filter((e) => e.participants === 3)).toHaveLength(spec.threads[1]!.messages.length);
    expect(batch.events.filter((e) => e.kind === 'repost').map((e) => e.targetUrl)).toEqual(['https://example.org/article']);
    expect(batch.events.filter((e) => e.kind === 'reaction').map((e) => e.detail).sort()).toEqual(['LIKE', 'LOVE', 'Thích']);
    expect(batch.events.find((e) => e.text?.startsWith('Café'))?.text).toBe('Café hopping in the old town ☕');
  });

  it('gives identical batches on two runs', async () => {
    expect(JSON.stringify((await importSample(9)).batch)).toBe(JSON.stringify((await importSample(9)).batch));
  });
});
