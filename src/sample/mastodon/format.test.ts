import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createMemoryArchive, type MemoryFile } from '../../archive/memory.ts';
import { DiagnosticSink } from '../../diagnostics/diagnostic.ts';
import { mastodonImporter } from '../../importers/mastodon/index.ts';
import { isInventedWord } from '../names.ts';
import { sampleMastodonArchive, sampleMastodonSpec, statusPlainText, writeMastodonExport } from './index.ts';

const REAL = fileURLToPath(new URL('../../../../shared/fixtures/real/mastodon/dealingwith__masto-archive/', import.meta.url));
const dec = new TextDecoder();
const text = (files: readonly MemoryFile[], path: string) => {
  const f = files.find((x) => x.path === path);
  if (!f) throw new Error(`no ${path}`);
  return dec.decode(f.bytes);
};
type Activity = { type: string; object: Record<string, unknown> | string } & Record<string, unknown>;

async function importFiles(files: MemoryFile[]) {
  const sink = new DiagnosticSink();
  const batch = await mastodonImporter.read(createMemoryArchive('sample', files), { diagnostics: sink });
  return { batch, sink };
}

describe('Mastodon sample writer', () => {
  it('round-trips: the importer reports exactly the expected counts per kind', async () => {
    for (const seed of [1, 2, 42]) {
      const { files, expected } = sampleMastodonArchive(seed);
      expect(mastodonImporter.recognize(createMemoryArchive('s', files)).confidence).toBe(1);
      const { batch, sink } = await importFiles(files);
      const got: Record<string, number> = {};
      for (const f of batch.files) got[f.kind] = (got[f.kind] ?? 0) + f.records;
      expect(got).toEqual(expected);
      expect(batch.files.every((f) => f.skipped === 0)).toBe(true);
      expect(sink.items.filter((d) => d.severity !== 'info')).toEqual([]);
    }
  });

  it('round-trips values: texts, kinds, visibility, recipients, owner', async () => {
    const spec = sampleMastodonSpec(7);
    const { batch } = await importFiles(writeMastodonExport(spec));
    const outbox = batch.events.filter((e) => e.source.file === 'outbox.json');
    expect(outbox.map((e) => e.kind)).toEqual(spec.statuses.map((s) => (s.kind === 'boost' ? 'repost' : s.kind === 'direct' ? 'message' : s.kind === 'reply' && s.to === 'self' ? 'post' : s.kind)));
    expect(outbox.map((e) => e.text)).toEqual(spec.statuses.map((s) => statusPlainText(spec, s)));
    expect(outbox.map((e) => e.at)).toEqual(spec.statuses.map((s) => Math.floor(s.at / 1000) * 1000));
    expect(outbox.map((e) => e.visibility)).toEqual(spec.statuses.map((s) => (s.kind === 'boost' ? 'public' : s.kind === 'direct' ? 'direct' : s.visibility)));
    const id = (i: number) => `mastodon:acct:${spec.people[i]?.username}@${spec.people[i]?.host}`;
    const group = outbox.find((e) => e.kind === 'message' && e.participants === 3);
    expect(group?.personIds).toEqual([id(3), id(6)]);
    const reply = outbox.find((e) => e.kind === 'reply');
    expect(reply?.personIds).toEqual([id(1)]);
    expect(outbox.find((e) => e.subject !== undefined)?.subject).toBe('work rant');
    expect(batch.profiles[0]).toMatchObject({ handle: `@${spec.owner.username}@${spec.owner.host}`, name: spec.owner.displayName, summary: spec.owner.bio, websites: [spec.owner.website] });
    expect(batch.ties.map((t) => t.personId)).toEqual(spec.follows.map(id));
    expect(batch.people.some((p) => p.id.includes(spec.owner.username))).toBe(false);
  });

  it("copies the real archive's shape: duplicated orderedItems, key order, date format", () => {
    const files = writeMastodonExport(sampleMastodonSpec(3));
    const outbox = text(files, 'outbox.json');
    expect(outbox).toMatch(/^\{"@context":\["https:\/\/www\.w3\.org\/ns\/activitystreams","https:\/\/w3id\.org\/security\/v1",\{/);
    expect(outbox).toMatch(/"id":"outbox\.json","type":"OrderedCollection","totalItems":\d+,"orderedItems":\[\],"orderedItems":\[\{/);
    expect(outbox.includes('\n')).toBe(false);
    const real = JSON.parse(readFileSync(`${REAL}outbox.json`, 'utf8')) as { orderedItems: Activity[] };
    const ours = JSON.parse(outbox) as { orderedItems: Activity[]; totalItems: number };
    expect(ours.totalItems).not.toBe(ours.orderedItems.length);
    const keys = (items: Activity[], type: string) => Object.keys(items.find((i) => i.type === type) ?? {});
    expect(keys(ours.orderedItems, 'Create')).toEqual(keys(real.orderedItems, 'Create'));
    expect(keys(ours.orderedItems, 'Announce')).toEqual(keys(real.orderedItems, 'Announce'));
    const noteKeys = (items: Activity[]) => Object.keys((items.find((i) => i.type === 'Create' && (i.object as Record<string, unknown>)['updated'] === undefined)?.object ?? {}) as object);
    expect(noteKeys(ours.orderedItems)).toEqual(noteKeys(real.orderedItems));
    for (const a of ours.orderedItems) expect(a['published']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const realActor = Object.keys(JSON.parse(readFileSync(`${REAL}actor.json`, 'utf8')) as object);
    const ourActor = Object.keys(JSON.parse(text(files, 'actor.json')) as object);
    expect(ourActor).toEqual(realActor);
    expect(Object.keys(JSON.parse(text(files, 'likes.json')) as object)).toEqual(['@context', 'id', 'type', 'orderedItems']);
    expect(text(files, 'following_accounts.csv').split('\n')[0]).toBe('Account address,Show boosts,Notify on new posts,Languages');
    expect(text(files, 'following_accounts.csv')).toContain(',"en,fr"\n');
  });

  it('is deterministic per seed and uses invented names only', () => {
    const a = writeMastodonExport(sampleMastodonSpec(9));
    const b = writeMastodonExport(sampleMastodonSpec(9));
    expect(b).toEqual(a);
    expect(writeMastodonExport(sampleMastodonSpec(10))).not.toEqual(a);
    const spec = sampleMastodonSpec(9);
    for (const p of [spec.owner, ...spec.people]) {
      expect(isInventedWord(p.username), p.username).toBe(true);
      expect(p.host).toMatch(/^[a-z]+\.example$/);
    }
  });

  it('nests files under a top folder when asked', () => {
    const files = writeMastodonExport(sampleMastodonSpec(1), { topFolder: 'export/' });
    expect(files.every((f) => f.path.startsWith('export/'))).toBe(true);
    expect(files.map((f) => f.path)).toContain('export/outbox.json');
  });
});
