import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { packTar } from '../sample/mastodon/tar.ts';
import { createTarArchive, listTar } from './tar.ts';
import { ArchiveReadError, defaultLimits } from './types.ts';

const enc = new TextEncoder();
const dec = new TextDecoder();

/** Re-openable stream over fixed bytes, in small odd-sized chunks to exercise chunk boundaries. */
function opener(bytes: Uint8Array, chunk = 333): () => AsyncIterable<Uint8Array> {
  return async function* () {
    for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, Math.min(bytes.length, i + chunk));
  };
}

async function readText(archive: Awaited<ReturnType<typeof createTarArchive>>, path: string): Promise<string> {
  const entry = archive.entries.find((e) => e.path === path);
  if (!entry) throw new Error(`no ${path}`);
  const parts: Uint8Array[] = [];
  for await (const c of archive.read(entry)) parts.push(c.slice());
  return dec.decode(Buffer.concat(parts));
}

const codes = (a: { diagnostics: readonly { code: string }[] }) => a.diagnostics.map((d) => d.code);

describe('createTarArchive', () => {
  const big = 'x'.repeat(1500) + 'END';
  const tar = packTar([
    { path: 'archive/', type: '5' },
    { path: 'archive/outbox.json', bytes: enc.encode('{"a":1}') },
    { path: 'archive/empty.txt', bytes: new Uint8Array(0) },
    { path: 'archive/big.txt', bytes: enc.encode(big) },
    { path: `archive/${'d'.repeat(80)}/${'n'.repeat(60)}.json`, bytes: enc.encode('long') },
  ]);

  it('lists regular files with sizes, skipping directories', async () => {
    const a = await createTarArchive('t.tar', opener(tar));
    expect(a.kind).toBe('tar');
    expect(a.entries.map((e) => [e.path, e.size])).toEqual([
      ['archive/outbox.json', 7],
      ['archive/empty.txt', 0],
      ['archive/big.txt', 1503],
      [`archive/${'d'.repeat(80)}/${'n'.repeat(60)}.json`, 4],
    ]);
    expect(a.diagnostics).toEqual([]);
  });

  it('streams each entry exactly, across chunk boundaries and in any order', async () => {
    const a = await createTarArchive('t.tar', opener(tar, 7));
    expect(await readText(a, 'archive/big.txt')).toBe(big);
    expect(await readText(a, 'archive/outbox.json')).toBe('{"a":1}');
    expect(await readText(a, 'archive/empty.txt')).toBe('');
    expect(await readText(a, `archive/${'d'.repeat(80)}/${'n'.repeat(60)}.json`)).toBe('long');
  });

  /** A tar whose stream counts what is pulled from it and how often it is opened. */
  function counted(bytes: Uint8Array) {
    const stats = { opened: 0, pulled: 0 };
    const open = () => {
      stats.opened++;
      return (async function* () {
        for (let i = 0; i < bytes.length; i += 512) {
          stats.pulled++;
          yield bytes.subarray(i, i + 512);
        }
      })();
    };
    return { open, stats };
  }

  it('stops reading the source once the entry is out (no full second pass)', async () => {
    const media = packTar([
      { path: 'archive/', type: '5' },
      { path: 'archive/avatar.png', bytes: enc.encode('png') },
      { path: 'archive/media/a.jpg', bytes: enc.encode('x'.repeat(5000)) },
    ]);
    const { open, stats } = counted(media);
    const a = await createTarArchive('t.tar', open);
    stats.pulled = 0;
    expect(await readText(a, 'archive/avatar.png')).toBe('png');
    // directory header, avatar header, avatar data block: the rest is never pulled.
    expect(stats.pulled).toBe(3);
  });

  it('keeps small data files from the listing pass, so the ones behind the media cost no second pass', async () => {
    // Mastodon's order: outbox.json, the media, then likes.json, bookmarks.json, actor.json.
    const photos = Array.from({ length: 20 }, (_, i) => ({ path: `archive/media_attachments/files/${i}/original/p.jpg`, bytes: new Uint8Array(4096).fill(i) }));
    const mastodon = packTar([
      { path: 'archive/outbox.json', bytes: enc.encode('{"orderedItems":[]}') },
      ...photos,
      { path: 'archive/likes.json', bytes: enc.encode('{"orderedItems":["a"]}') },
      { path: 'archive/actor.json', bytes: enc.encode('{"type":"Person"}') },
    ]);
    const { open, stats } = counted(mastodon);
    const a = await createTarArchive('m.tar', open);
    expect(stats.opened).toBe(1);
    expect(await readText(a, 'archive/actor.json')).toBe('{"type":"Person"}');
    expect(await readText(a, 'archive/likes.json')).toBe('{"orderedItems":["a"]}');
    expect(await readText(a, 'archive/outbox.json')).toBe('{"orderedItems":[]}');
    expect(stats.opened).toBe(1);
    // A photo is not kept: reading it opens the stream again.
    const photo = a.entries.find((e) => e.path.endsWith('/3/original/p.jpg'))!;
    let bytes = 0;
    for await (const c of a.read(photo)) bytes += c.length;
    expect(bytes).toBe(4096);
    expect(stats.opened).toBe(2);
  });

  it('does not keep a data file over 16 MiB: it is streamed again when read', async () => {
    const large = new Uint8Array(16 * 2 ** 20 + 1).fill(0x20);
    const { open, stats } = counted(packTar([{ path: 'outbox.json', bytes: large }, { path: 'actor.json', bytes: enc.encode('{}') }]));
    const a = await createTarArchive('l.tar', open);
    let bytes = 0;
    for await (const c of a.read(a.entries[0]!)) bytes += c.length;
    expect(bytes).toBe(large.length);
    expect(stats.opened).toBe(2);
    expect(await readText(a, 'actor.json')).toBe('{}');
    expect(stats.opened).toBe(2);
  });

  it('refuses symlinks, hard links and unsafe names with diagnostics', async () => {
    const bad = packTar([
      { path: 'ok.json', bytes: enc.encode('1') },
      { path: 'link.json', type: '2', linkTarget: '/etc/passwd' },
      { path: 'hard.json', type: '1', linkTarget: 'ok.json' },
      { path: '../escape.json', bytes: enc.encode('2') },
      { path: 'ok.json', bytes: enc.encode('3') },
    ]);
    const a = await createTarArchive('bad.tar', opener(bad));
    expect(a.entries.map((e) => e.path)).toEqual(['ok.json']);
    expect(codes(a)).toEqual(['archive.symlink', 'archive.special-file', 'archive.unsafe-path', 'archive.duplicate']);
    expect(await readText(a, 'ok.json')).toBe('1');
  });

  it('keeps the entries before a truncation and says where it broke', async () => {
    const cut = tar.subarray(0, 512 * 5 + 100); // inside big.txt's data
    const a = await createTarArchive('cut.tar', opener(cut));
    expect(a.entries.map((e) => e.path)).toEqual(['archive/outbox.json', 'archive/empty.txt']);
    expect(a.diagnostics).toHaveLength(1);
    expect(a.diagnostics[0]).toMatchObject({ code: 'archive.tar-damaged', severity: 'error', params: { count: 2 } });
  });

  it('turns an empty stream, a non-tar file and a still-gzipped file into one diagnostic each', async () => {
    const empty = await createTarArchive('e.tar', opener(new Uint8Array(0)));
    expect(empty.entries).toEqual([]);
    expect(empty.diagnostics[0]?.params).toMatchObject({ reason: 'the archive is empty' });
    const text = await createTarArchive('x.tar', opener(enc.encode('{"not":"a tar"}'.padEnd(2000, ' '))));
    expect(text.entries).toEqual([]);
    expect(text.diagnostics[0]?.params).toMatchObject({ reason: 'it is not a tar archive' });
    const gz = await createTarArchive('g.tar', opener(new Uint8Array(gzipSync(tar))));
    expect(gz.diagnostics[0]?.params).toMatchObject({ reason: 'it is still gzip-compressed' });
  });

  it('reports a stream error during listing as damage, not a throw', async () => {
    const failing = () =>
      (async function* () {
        yield tar.subarray(0, 1536);
        throw new Error('invalid stored block lengths');
      })();
    const l = await listTar(failing(), 'f.tar');
    expect(l.entries.map((e) => e.path)).toEqual(['archive/outbox.json']);
    expect(l.diagnostics[0]?.params).toMatchObject({ reason: 'invalid stored block lengths' });
  });

  it('throws ArchiveReadError for an entry over the size limit and for a source that shrank', async () => {
    const a = await createTarArchive('t.tar', opener(tar), { ...defaultLimits, maxEntryBytes: 1000 });
    const big = a.entries.find((e) => e.path === 'archive/big.txt');
    if (!big) throw new Error('missing');
    await expect(readText(a, 'archive/big.txt')).rejects.toBeInstanceOf(ArchiveReadError);
    let calls = 0;
    // A media file (not kept from the listing) is read from the stream again, which has shrunk.
    const withMedia = packTar([{ path: 'a.json', bytes: enc.encode('{}') }, { path: 'clip.mp4', bytes: enc.encode('y'.repeat(1500)) }]);
    const shrinking = () => (calls++ === 0 ? opener(withMedia)() : opener(withMedia.subarray(0, 1024))());
    const b = await createTarArchive('s.tar', shrinking);
    await expect(readText(b, 'clip.mp4')).rejects.toMatchObject({ code: 'archive.corrupt-entry' });
  });

  it('reads what GNU tar writes: pax and GNU long names, UTF-8 names, symlinks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'flipside-tar-'));
    try {
      const long = `media_attachments/files/${'1'.repeat(120)}/original`;
      mkdirSync(join(dir, 'src', long), { recursive: true });
      writeFileSync(join(dir, 'src', long, 'é.png'), 'png');
      writeFileSync(join(dir, 'src', 'outbox.json'), '{}');
      symlinkSync('/etc/hostname', join(dir, 'src', 'evil.json'));
      for (const format of ['pax', 'gnu', 'ustar'] as const) {
        const out = join(dir, `a-${format}.tar.gz`);
        try {
          execFileSync('tar', ['--format', format, '--sort=name', '-czf', out, '-C', join(dir, 'src'), '.'], { stdio: 'pipe' });
        } catch {
          // ustar cannot hold a 120-character directory name: GNU tar refuses, which is fine.
          if (format === 'ustar') continue;
          throw new Error(`tar --format ${format} failed`);
        }
        const bytes = new Uint8Array(gunzipSync(readFileSync(out)));
        const a = await createTarArchive(out, opener(bytes, 4096));
        expect(a.entries.map((e) => e.path).sort()).toEqual([`${long}/é.png`, 'outbox.json']);
        expect(codes(a)).toEqual(['archive.symlink']);
        expect(await readText(a, `${long}/é.png`)).toBe('png');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
