/**
 * The importer against the real X archive files in /work/shared/fixtures/real/x/ (2022-05, mrled):
 * record counts checked against an independent parse of each file, plus specific values.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createMemoryArchive } from '../../archive/memory.ts';
import { DiagnosticSink } from '../../diagnostics/diagnostic.ts';
import { xImporter } from './index.ts';

const ROOT = fileURLToPath(new URL('../../../../shared/fixtures/real/x/', import.meta.url));
const ARCHIVES = readdirSync(ROOT);

/** Lists a fixture folder into a memory archive under `prefix` (`data/` as since ~2020, '' as 2019-2020 root-level archives). */
function archiveOf(name: string, prefix: string) {
  const dir = join(ROOT, name);
  return createMemoryArchive(name, readdirSync(dir).map((n) => ({ path: prefix + n, bytes: new Uint8Array(readFileSync(join(dir, n))) })));
}

/** Element count without our splitter: text after the first `=`, JSON.parse, array length. */
function independentCount(name: string, file: string): number {
  const text = readFileSync(join(ROOT, name, file), 'utf8');
  return (JSON.parse(text.slice(text.indexOf('=') + 1)) as unknown[]).length;
}

describe.each(ARCHIVES)('real archive %s', (name) => {
  it.each(['data/', '', 'twitter-2022-05-06-abc/data/'])('is recognised and imports every element (prefix "%s")', async (prefix) => {
    const archive = archiveOf(name, prefix);
    expect(xImporter.recognize(archive).confidence).toBeGreaterThanOrEqual(0.5);
    const sink = new DiagnosticSink(10_000);
    const batch = await xImporter.read(archive, { diagnostics: sink });
    const data = batch.files.filter((f) => f.kind !== 'other');
    expect(data.length).toBeGreaterThan(0);
    for (const f of data) {
      expect({ file: f.file, records: f.records, skipped: f.skipped }).toEqual({ file: f.file, records: independentCount(name, f.file.slice(prefix.length)), skipped: 0 });
    }
    expect(sink.items.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('mrled 2022-05 archive values', () => {
  const run = async () => {
    const sink = new DiagnosticSink(10_000);
    const batch = await xImporter.read(archiveOf('mrled__twarchive', 'data/'), { diagnostics: sink });
    return { batch, sink };
  };

  it('takes the owner from account.js and the profile from profile.js; the owner is no Person', async () => {
    const { batch } = await run();
    expect(batch.profiles).toEqual([
      {
        platform: 'x',
        name: 'Micah R Ledbetter /mɹ̩ˈled/',
        handle: 'mrled',
        profileUrl: 'https://twitter.com/mrled',
        summary: 'ALL RITUALS RESTRICTED. ALL RITES RESERVED.',
        location: 'Austin',
        websites: ['https://t.co/XfCABWRXic'],
        positions: [],
        skills: [],
      },
    ]);
    expect(batch.people.some((p) => p.id === 'x:id:35010911')).toBe(false);
  });

  it('tells the 2012 retweet from the 2020 post, with dates and mentioned accounts', async () => {
    const { batch } = await run();
    const [rt, post] = batch.events;
    expect(rt).toMatchObject({ kind: 'repost', direction: 'out', at: Date.UTC(2012, 9, 7, 7, 39, 51), personIds: ['x:id:626183'], url: 'https://twitter.com/mrled/status/254848497235398656' });
    expect(rt?.text).toBeUndefined();
    expect(post).toMatchObject({ kind: 'post', at: Date.UTC(2020, 5, 27, 16, 34, 46), personIds: ['x:id:2717302468'] });
    expect(post?.text).toMatch(/^I just found @syncthing and I'm really liking it/);
    expect(batch.people.find((p) => p.id === 'x:id:2717302468')).toEqual({ id: 'x:id:2717302468', platform: 'x', handle: 'syncthing', name: 'Syncthing', profileUrl: 'https://twitter.com/syncthing' });
    expect(batch.files.find((f) => f.file === 'data/tweet.js')?.variant).toBe('tweet.js (YTD.tweet, 2019–2022)');
  });

  it('warns that the files the manifest lists but the folder lacks are missing', async () => {
    const { sink } = await run();
    const missing = sink.items.filter((d) => d.code === 'import.missing-part').map((d) => d.file);
    expect(missing).toEqual(['data/direct-messages.js', 'data/direct-messages-group.js', 'data/follower.js', 'data/following.js', 'data/like.js']);
  });

  it('gives identical output on two runs', async () => {
    const a = await run();
    const b = await run();
    expect(b.batch).toEqual(a.batch);
    expect(b.sink.items).toEqual(a.sink.items);
  });
});
