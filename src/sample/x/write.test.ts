/** The X sample writer: real layout, round trip through the importer, determinism. */
import { describe, expect, it } from 'vitest';
import { createMemoryArchive, type MemoryFile } from '../../archive/memory.ts';
import { DiagnosticSink } from '../../diagnostics/diagnostic.ts';
import { xImporter } from '../../importers/x/index.ts';
import { sampleStatusId, sampleXArchive, sampleXSpec, writeXArchive } from './index.ts';

const dec = new TextDecoder();
const text = (files: MemoryFile[], path: string) => dec.decode(files.find((f) => f.path === path)!.bytes);

async function importFiles(files: MemoryFile[]) {
  const sink = new DiagnosticSink(10_000);
  const batch = await xImporter.read(createMemoryArchive('sample', files), { diagnostics: sink });
  return { batch, sink };
}

function recordsByKind(files: readonly { kind: string; records: number }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of files) out[f.kind] = (out[f.kind] ?? 0) + f.records;
  return out;
}

describe('writeXArchive layout', () => {
  const { files } = sampleXArchive(7);

  it('writes the data files, manifest and viewer page at their real paths', () => {
    expect(files.map((f) => f.path)).toEqual([
      'Your archive.html',
      'data/README.txt',
      'data/account.js',
      'data/block.js',
      'data/direct-messages-group.js',
      'data/direct-messages.js',
      'data/follower.js',
      'data/following.js',
      'data/like.js',
      'data/manifest.js',
      'data/profile.js',
      'data/tweets.js',
    ]);
  });

  it('uses the YTD wrappers (underscores in globals), " : " pretty printing and no final newline', () => {
    expect(text(files, 'data/tweets.js').startsWith('window.YTD.tweets.part0 = [\n  {\n    "tweet" : {\n      "edit_info" : {')).toBe(true);
    expect(text(files, 'data/direct-messages-group.js').startsWith('window.YTD.direct_messages_group.part0 = [')).toBe(true);
    expect(text(files, 'data/block.js')).toBe('window.YTD.block.part0 = []');
    expect(text(files, 'data/manifest.js')).toMatch(/^window\.__THAR_CONFIG = \{\n {2}"userInfo" : \{/);
    expect(text(files, 'data/manifest.js')).toContain('"files" : [ {\n        "fileName" : "data/tweets.js",\n        "globalName" : "YTD.tweets.part0",\n        "count" : "6"\n      } ]');
    for (const f of files.filter((x) => x.path.endsWith('.js'))) expect(dec.decode(f.bytes).endsWith('\n')).toBe(false);
    // Numbers are strings, as in real archives.
    expect(text(files, 'data/tweets.js')).toMatch(/"favorite_count" : "\d+"/);
    expect(text(files, 'data/tweets.js')).toContain('&amp; &lt;clear&gt;');
  });

  it('writes the 2022 vintage as tweet.js and splits tweets into parts', () => {
    const split = writeXArchive(sampleXSpec(7), { vintage: '2022', tweetsPerPart: 4, topFolder: 'twitter-2022' });
    const names = split.map((f) => f.path).filter((p) => /tweet/.test(p));
    expect(names).toEqual(['twitter-2022/data/tweet-part1.js', 'twitter-2022/data/tweet.js']);
    expect(text(split, 'twitter-2022/data/tweet-part1.js').startsWith('window.YTD.tweet.part1 = [')).toBe(true);
    expect(text(split, 'twitter-2022/data/tweet.js')).not.toContain('edit_info');
  });

  it('writes the 2019 vintage at the zip root in the inline layout, without manifest or userLink', async () => {
    const old = writeXArchive(sampleXSpec(7), { vintage: '2019' });
    expect(old.map((f) => f.path)).toContain('tweet.js');
    expect(old.some((f) => f.path.startsWith('data/') || f.path.endsWith('manifest.js'))).toBe(false);
    expect(text(old, 'follower.js')).toMatch(/^window\.YTD\.follower\.part0 = \[ \{\n {2}"follower" : \{\n {4}"accountId" : "\d+"\n {2}\}\n\}, \{/);
    const { batch, sink } = await importFiles(old);
    expect(recordsByKind(batch.files)).toEqual(sampleXArchive(7).expected);
    expect(sink.items.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('is deterministic', () => {
    expect(sampleXArchive(7)).toEqual(sampleXArchive(7));
    expect(sampleXArchive(8).files).not.toEqual(sampleXArchive(7).files);
  });
});

describe('sample archive round trip', () => {
  it.each([1, 2, 3])('is recognised and reports exactly the expected counts (seed %i)', async (seed) => {
    const { files, expected } = sampleXArchive(seed);
    expect(xImporter.recognize(createMemoryArchive('s', files)).confidence).toBeGreaterThanOrEqual(0.5);
    const { batch, sink } = await importFiles(files);
    expect(recordsByKind(batch.files)).toEqual(expected);
    expect(batch.files.every((f) => f.skipped === 0)).toBe(true);
    expect(sink.items.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it.each(['2019', '2022', '2023'] as const)('every %s-vintage archive is recognised, and imports identically twice', async (vintage) => {
    const files = writeXArchive(sampleXSpec(6), { vintage, tweetsPerPart: 3 });
    expect(xImporter.recognize(createMemoryArchive('s', files)).confidence).toBeGreaterThanOrEqual(0.5);
    expect(await importFiles(files)).toEqual(await importFiles(files));
  });

  it('reads split 2022 parts under a top folder with the same result', async () => {
    const spec = sampleXSpec(4);
    const a = await importFiles(writeXArchive(spec));
    const b = await importFiles(writeXArchive(spec, { vintage: '2022', tweetsPerPart: 2, topFolder: 'top' }));
    expect(b.batch.events.map((e) => ({ ...e, source: undefined }))).toEqual(a.batch.events.map((e) => ({ ...e, source: undefined })));
    expect(b.batch.files.filter((f) => f.kind === 'posts').map((f) => [f.file, f.records])).toEqual([
      ['top/data/tweet.js', 2],
      ['top/data/tweet-part1.js', 2],
      ['top/data/tweet-part2.js', 2],
    ]);
  });

  it('maps each tweet kind, the likes and both kinds of conversation to the planted values', async () => {
    const spec = sampleXSpec(5);
    const { batch } = await importFiles(writeXArchive(spec));
    const [first, reply, thread, continuation, retweet, quote] = batch.events.filter((e) => e.source.file.endsWith('tweets.js'));
    const p = spec.people;
    expect(first).toMatchObject({ kind: 'post', at: spec.tweets[0]!.at, text: expect.stringMatching(/small steps & <clear> goals\. https:\/\/example\.org\/notes$/) });
    expect(reply).toMatchObject({ kind: 'reply', personIds: [`x:id:${p[0]!.accountId}`], text: `@${p[0]!.handle} Thanks, that helped a lot!` });
    expect(thread).toMatchObject({ kind: 'post', personIds: [`x:id:${p[1]!.accountId}`] });
    expect(continuation).toMatchObject({ kind: 'post', targetUrl: `https://twitter.com/${spec.owner.handle}/status/${sampleStatusId(spec.tweets[2]!, 2)}` });
    expect(retweet).toMatchObject({ kind: 'repost', personIds: [`x:id:${p[2]!.accountId}`] });
    expect(retweet?.text).toBeUndefined();
    // Archives name a quoted author only through the link (no id), so a quote has no counterpart id.
    expect(quote).toMatchObject({ kind: 'post', targetUrl: 'https://twitter.com/late_joiner/status/1632345678901234567' });
    expect(quote?.personIds).toBeUndefined();
    // An id past 2^53 survives exactly.
    expect(batch.ties.filter((t) => t.personId === 'x:id:1498765432109876543').map((t) => t.kind)).toEqual(['followed-by', 'follows']);

    const likes = batch.events.filter((e) => e.kind === 'reaction');
    expect(likes.map((l) => l.targetUrl)).toEqual(spec.likes.map((l) => `https://twitter.com/i/web/status/${l.tweetId}`));
    expect(likes.every((l) => l.at === undefined)).toBe(true);

    const messages = batch.events.filter((e) => e.kind === 'message');
    const oneToOne = messages.filter((m) => m.participants === 2);
    expect(oneToOne.map((m) => [m.direction, m.text, m.personIds])).toEqual(
      // Newest first in the file, as X writes them; the ledger sorts by time later.
      [...spec.conversations[0]!.messages].sort((a, b) => b.at - a.at).map((m) => [m.from === spec.owner.accountId ? 'out' : 'in', m.text, [`x:id:${p[0]!.accountId}`]]),
    );
    const group = messages.filter((m) => m.participants === 3);
    expect(group.map((m) => [m.direction, m.conversationId, m.personIds])).toEqual([
      ['out', '1633333333333333333', [`x:id:${p[1]!.accountId}`, `x:id:${p[3]!.accountId}`].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))],
      ['in', '1633333333333333333', [`x:id:${p[3]!.accountId}`]],
    ]);

    expect(batch.ties.filter((t) => t.kind === 'followed-by').map((t) => t.personId)).toEqual(spec.followers.map((id) => `x:id:${id}`));
    expect(batch.ties.filter((t) => t.kind === 'follows').map((t) => t.personId)).toEqual(spec.following.map((id) => `x:id:${id}`));
    expect(batch.ties.every((t) => t.since === undefined)).toBe(true);
    // A follower also mentioned in a tweet gets the handle link; one never named keeps the intent link.
    expect(batch.people.find((x) => x.id === `x:id:${p[1]!.accountId}`)?.profileUrl).toBe(`https://twitter.com/${p[1]!.handle}`);
    expect(batch.people.find((x) => x.id === `x:id:${p[4]!.accountId}`)?.profileUrl).toBe(`https://twitter.com/intent/user?user_id=${p[4]!.accountId}`);
    expect(batch.profiles[0]).toMatchObject({ handle: spec.owner.handle, name: spec.owner.name, summary: spec.owner.bio });
  });
});
