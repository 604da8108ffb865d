import { describe, expect, it } from 'vitest';
import { createMemoryArchive } from '../../archive/memory.ts';
import { DiagnosticSink } from '../../diagnostics/diagnostic.ts';
import { facebookImporter } from '../../importers/facebook/index.ts';
import { instagramImporter } from '../../importers/instagram/index.ts';
import { sampleInstagramArchive, type InstagramWriteOptions } from './index.ts';
import { expectValidBatch } from '../../../test/helpers/valid-batch.ts';

async function importSample(seed: number, options: InstagramWriteOptions = {}) {
  const { files, expected, spec } = sampleInstagramArchive(seed, options);
  const sink = new DiagnosticSink();
  const archive = createMemoryArchive('sample', files);
  const batch = await instagramImporter.read(archive, { diagnostics: sink });
  return { files, expected, spec, batch, sink, archive };
}

describe('sampleInstagramArchive', () => {
  it('is deterministic per seed, ASCII on disk, and followers_1.json is a bare list while following.json is wrapped', () => {
    const a = sampleInstagramArchive(11);
    const b = sampleInstagramArchive(11);
    const text = (f: { bytes: Uint8Array }) => new TextDecoder().decode(f.bytes);
    expect(a.files.map(text)).toEqual(b.files.map(text));
    for (const f of a.files) expect(f.bytes.every((x) => x < 0x80)).toBe(true);
    expect(text(a.files.find((f) => f.path.endsWith('followers_1.json'))!).startsWith('[\n  {\n    "title": "",')).toBe(true);
    expect(text(a.files.find((f) => f.path.endsWith('following.json'))!).startsWith('{\n  "relationships_following": [')).toBe(true);
  });

  it.each([
    [1, '2024'],
    [2, '2025'],
    [42, '2024'],
  ] as const)('round-trips with the expected counts per kind (seed %i, %s follow items)', async (seed, vintage) => {
    const { expected, batch, sink, archive } = await importSample(seed, { vintage });
    expect(instagramImporter.recognize(archive).confidence).toBeGreaterThanOrEqual(0.5);
    expect(facebookImporter.recognize(archive).confidence).toBeLessThan(0.5);
    const got: Record<string, number> = {};
    for (const f of batch.files) got[f.kind] = (got[f.kind] ?? 0) + f.records;
    expect(got).toEqual(expected);
    expect(batch.files.every((f) => f.skipped === 0)).toBe(true);
    expect(sink.items).toEqual([]);
    expectValidBatch(batch, 'instagram');
  });

  it('round-trips values: ties by username with dates, likes, comments, posts and message partners', async () => {
    const { spec, batch } = await importSample(5);
    expect(batch.profiles[0]).toMatchObject({ name: spec.owner.name, handle: spec.owner.username, summary: 'Maps, coffee and côte walks 🌊' });
    expect(batch.ties.filter((t) => t.kind === 'followed-by').map((t) => [t.personId, t.since]).sort()).toEqual(
      spec.followers.map((f) => [`instagram:user:${f.person.username}`, f.at]).sort(),
    );
    expect(batch.events.filter((e) => e.kind === 'reaction').every((e) => e.detail === '👍' && e.at !== undefined)).toBe(true);
    expect(batch.events.filter((e) => e.kind === 'post').map((e) => e.text ?? null).sort()).toEqual(['First light on the harbour', 'Three days on the coast ☀️', null].sort());
    // The 1:1 partner's username comes from the thread folder, so messages and follows share one person.
    const t1 = spec.threads[0]!;
    const oneToOne = batch.events.filter((e) => e.conversationId === `instagram:inbox/${t1.others[0]!.username}_${t1.id}`);
    expect(oneToOne.map((e) => [e.at, e.direction]).sort()).toEqual(t1.messages.map((m) => [m.at, m.from === 'owner' ? 'out' : 'in']).sort());
    expect(oneToOne.every((e) => e.personIds?.[0] === `instagram:user:${t1.others[0]!.username}`)).toBe(true);
    expect(batch.ties.some((t) => t.personId === `instagram:user:${t1.others[0]!.username}`)).toBe(true);
    // Group members are known by display name only.
    const group = batch.events.filter((e) => e.participants === 3);
    expect(group.length).toBe(spec.threads[1]!.messages.length);
    expect(group.find((e) => e.direction === 'in')?.personIds?.[0]).toMatch(/^instagram:name:/);
  });

  it('gives identical batches on two runs', async () => {
    expect(JSON.stringify((await importSample(9)).batch)).toBe(JSON.stringify((await importSample(9)).batch));
  });
});
