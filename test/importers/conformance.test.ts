/**
 * One conformance suite, run against every importer in the registry: it recognises its own real
 * samples and generated archives with high confidence and no other platform's; empty and damaged
 * archives give diagnostics, not throws; output holds together as a ledger; two runs are identical.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryArchive, type MemoryFile } from '../../src/archive/memory.ts';
import type { Archive } from '../../src/archive/types.ts';
import { DiagnosticSink } from '../../src/diagnostics/diagnostic.ts';
import { importers } from '../../src/importers/index.ts';
import type { Importer } from '../../src/importers/importer.ts';
import { MIN_CONFIDENCE, recognize } from '../../src/importers/recognize.ts';
import type { ImportBatch } from '../../src/model/build.ts';
import { platforms, type Platform } from '../../src/model/types.ts';
import { generateSample } from '../../src/sample/generate.ts';
import { sampleBlueskyArchive } from '../../src/sample/bluesky/sample.ts';
import { sampleFacebookArchive } from '../../src/sample/facebook/index.ts';
import { sampleInstagramArchive } from '../../src/sample/instagram/index.ts';
import { sampleMastodonArchive } from '../../src/sample/mastodon/index.ts';
import { sampleXArchive } from '../../src/sample/x/sample.ts';
import { realArchives } from '../helpers/real-fixtures.ts';

interface Generated {
  readonly files: MemoryFile[];
  readonly expected?: Record<string, number>;
}

const generators: Record<Platform, (seed: number) => Generated> = {
  linkedin: (seed) => ({ files: generateSample({ persona: 'connector', seed, scale: 0.2 }).files }),
  x: sampleXArchive,
  mastodon: sampleMastodonArchive,
  bluesky: sampleBlueskyArchive,
  facebook: sampleFacebookArchive,
  instagram: (seed) => sampleInstagramArchive(seed),
};

const generated = (p: Platform, seed = 1) => createMemoryArchive(`${p}-sample`, generators[p](seed).files);

async function read(importer: Importer, archive: Archive): Promise<{ batch: ImportBatch; sink: DiagnosticSink }> {
  const sink = new DiagnosticSink();
  const batch = await importer.read(archive, { diagnostics: sink });
  return { batch, sink };
}

/** The batch holds together: every id it refers to is a person of this platform; values have the model's shapes. */
function expectValidBatch(batch: ImportBatch, platform: Platform): void {
  const ids = new Set(batch.people.map((p) => p.id));
  const problems: string[] = [];
  for (const p of batch.people) if (p.platform !== platform || !p.id.startsWith(`${platform}:`)) problems.push(`person ${p.id}`);
  for (const t of batch.ties) if (!ids.has(t.personId) || (t.since !== undefined && !Number.isFinite(t.since))) problems.push(`tie ${t.personId}`);
  for (const e of batch.events) {
    if (e.platform !== platform || (e.direction !== 'in' && e.direction !== 'out')) problems.push(`event ${e.kind} ${e.source.file}:${e.source.row}`);
    if (e.at !== undefined && !Number.isFinite(e.at)) problems.push(`event time ${e.source.file}:${e.source.row}`);
    for (const id of e.personIds ?? []) if (!ids.has(id)) problems.push(`event person ${id}`);
  }
  for (const f of batch.files) if (f.platform !== platform || f.records < 0 || f.skipped < 0) problems.push(`file ${f.file}`);
  expect(problems.slice(0, 5)).toEqual([]);
}

describe.each(importers.map((i) => [i.platform, i] as const))('importer %s', (platform, importer) => {
  it('recognises every real sample of its platform, and is the registry’s choice', () => {
    for (const { name, archive } of realArchives(platform)) {
      const a = archive();
      expect({ name, confidence: importer.recognize(a).confidence >= MIN_CONFIDENCE }).toEqual({ name, confidence: true });
      expect(recognize(a, importers)?.importer.platform).toBe(platform);
    }
  });

  it('recognises its generated archives with high confidence', () => {
    for (const seed of [1, 2]) expect(importer.recognize(generated(platform, seed)).confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('rejects every other platform’s real and generated archives, and an empty archive', () => {
    for (const other of platforms.filter((p) => p !== platform)) {
      expect({ other, c: importer.recognize(generated(other)).confidence < MIN_CONFIDENCE }).toEqual({ other, c: true });
      for (const { name, archive } of realArchives(other)) expect({ name, c: importer.recognize(archive()).confidence < MIN_CONFIDENCE }).toEqual({ name, c: true });
    }
    expect(importer.recognize(createMemoryArchive('empty', [])).confidence).toBeLessThan(MIN_CONFIDENCE);
  });

  it('reads every real sample into a valid batch without error diagnostics', async () => {
    for (const { archive } of realArchives(platform)) {
      const { batch, sink } = await read(importer, archive());
      expectValidBatch(batch, platform);
      expect(batch.files.length).toBeGreaterThan(0);
      expect(sink.items.filter((d) => d.severity === 'error')).toEqual([]);
    }
  });

  it('reads its generated archive with the expected record counts, deterministically', async () => {
    const g = generators[platform](3);
    const first = await read(importer, createMemoryArchive('a', g.files));
    const second = await read(importer, createMemoryArchive('a', g.files));
    expectValidBatch(first.batch, platform);
    expect(second.batch).toEqual(first.batch);
    expect(second.sink.items).toEqual(first.sink.items);
    if (g.expected) {
      const counts: Record<string, number> = {};
      for (const f of first.batch.files) counts[f.kind] = (counts[f.kind] ?? 0) + f.records;
      for (const [kind, n] of Object.entries(g.expected)) expect({ kind, n: counts[kind] ?? 0 }).toEqual({ kind, n });
    }
  });

  it('turns empty and damaged archives into diagnostics, never a throw', async () => {
    const empty = await read(importer, createMemoryArchive('empty', []));
    expect(empty.batch.events.length + empty.batch.ties.length).toBe(0);
    const g = generators[platform](4).files;
    // Every file cut in half, and every file replaced by bytes of the wrong kind.
    const cut = g.map((f) => ({ path: f.path, bytes: f.bytes.subarray(0, Math.floor(f.bytes.length / 2)) }));
    const junk = g.map((f, i) => ({ path: f.path, bytes: new TextEncoder().encode(i % 2 ? '%PDF-1.4 junk' : '{"not": "this"') }));
    for (const files of [cut, junk]) {
      const { batch, sink } = await read(importer, createMemoryArchive('damaged', files));
      expectValidBatch(batch, platform);
      expect(sink.items.length).toBeGreaterThan(0);
      for (const d of sink.items) expect(typeof d.code).toBe('string');
    }
  });
});
