/**
 * The hostile-input corpus: hand-made attacks on the containers and the parsers, plus seeded random
 * mutations of every platform's generated archive. Nothing is committed as binary: each case writes
 * its input into a folder on demand, and the same seed always writes the same bytes.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32, deflateRawSync, gzipSync } from 'node:zlib';
import { packFiles, packTar } from '../../src/sample/mastodon/tar.ts';
import type { MemoryFile } from '../../src/archive/memory.ts';
import { createRng } from '../../src/sample/random.ts';
import { PLATFORMS, baseArchive, containerBytes, mastodonTarGz, type HostilePlatform } from './bases.ts';
import { mutate } from './mutate.ts';
import { buildZip, fileEntry, zipFiles, type RawEntry } from './zip-bytes.ts';

export type Outcome = 'read' | 'refused';

export interface HostileCase {
  /** Stable name, e.g. `zip-slip` or `mutation/x/0042`. */
  readonly id: string;
  /** What this case must end in, when that is known; otherwise either clear outcome passes. */
  readonly expect?: { readonly outcome: Outcome; readonly diagnostic?: string };
  /** Writes the input under `dir` (a folder of its own) and returns its absolute path. */
  write(dir: string): Promise<string>;
}

const enc = new TextEncoder();
const text = (s: string) => enc.encode(s);
const MB = 2 ** 20;

/** Every hand-made hostile case (about fifty), each small to write. */
export function handmadeCases(seed = 1): HostileCase[] {
  const li = () => baseArchive('linkedin').files;
  const cases: HostileCase[] = [];
  const zipCase = (id: string, entries: () => RawEntry[], expect?: HostileCase['expect']): void => {
    cases.push({ id, ...(expect ? { expect } : {}), write: (dir) => put(dir, 'input.zip', buildZip(entries())) });
  };
  const liEntries = (skip: readonly string[] = []) => li().filter((f) => !skip.includes(f.path)).map((f) => fileEntry(f.path, f.bytes));

  // Zip slip: names that would land outside a folder if anyone extracted them.
  zipCase('zip-slip', () => [
    ...liEntries(),
    ...['../x', '../../../../tmp/flipside-slip', '/etc/x', 'C:\\x', 'C:/x', 'a\\..\\..\\x', '..\\x', 'x/../../y', './../z'].map((n) => fileEntry(n, text('slip'))),
  ], { outcome: 'read', diagnostic: 'archive.unsafe-path' });
  cases.push({
    id: 'absolute-paths',
    expect: { outcome: 'read', diagnostic: 'archive.unsafe-path' },
    // The absolute names point into the case's own folder, so a write there is caught as an escape.
    write: (dir) => put(dir, 'input.zip', buildZip([...liEntries(), fileEntry(join(dir, 'escaped', 'Connections.csv'), text('a,b\n')), fileEntry('//server/share/x', text('x'))])),
  });
  zipCase('name-nul-and-long', () => [...liEntries(), fileEntry('Connections.csv\u0000.txt', text('x')), fileEntry(`${'d/'.repeat(2500)}x.csv`, text('x'))], {
    outcome: 'read',
    diagnostic: 'archive.unsafe-path',
  });
  zipCase('name-invalid-utf8', () => [...liEntries(), fileEntry(Uint8Array.of(0x43, 0xff, 0xfe, 0x2e, 0x63, 0x73, 0x76), text('x'))], { outcome: 'read' });
  zipCase('duplicate-names', () => [...liEntries(), fileEntry('Connections.csv', text('First Name,Last Name\nA,B\n'))], { outcome: 'read', diagnostic: 'archive.duplicate' });

  // Symlinks: in a zip (mode bits), and real links in an unpacked folder.
  zipCase('symlink-entry', () => [
    ...liEntries(['Connections.csv']),
    { ...fileEntry('Connections.csv', text('/etc/passwd'), true), mode: 0o120777 },
    { ...fileEntry('out/link', text('../../../../../etc/passwd'), true), mode: 0o120777 },
  ], { outcome: 'read', diagnostic: 'archive.symlink' });
  cases.push({
    id: 'symlink-folder',
    expect: { outcome: 'read', diagnostic: 'archive.symlink' },
    write: async (dir) => {
      const root = join(dir, 'export');
      for (const f of li()) if (f.path !== 'Connections.csv') await put(root, f.path, f.bytes);
      await symlink('/etc/passwd', join(root, 'Connections.csv'));
      await symlink('..', join(root, 'up'));
      return root;
    },
  });

  // Bombs.
  zipCase('overlap-bomb', overlapBomb, { outcome: 'read', diagnostic: 'archive.overlap' });
  cases.push({
    id: 'ratio-bomb/x',
    expect: { outcome: 'read', diagnostic: 'archive.ratio' },
    // 256 MiB of spaces inside tweets.js deflate about 1000:1; the reader must stop at the ratio limit.
    write: (dir) => {
      const files = baseArchive('x').files.filter((f) => f.path !== 'data/tweets.js');
      const payload = Buffer.concat([Buffer.from('window.YTD.tweets.part0 = ['), Buffer.alloc(256 * MB, 0x20), Buffer.from(']')]);
      return put(dir, 'input.zip', buildZip([...files.map((f) => fileEntry(f.path, f.bytes)), fileEntry('data/tweets.js', new Uint8Array(payload))]));
    },
  });
  zipCase('nested-zip-bomb', () => [...liEntries(), fileEntry('bomb.zip', nestedBomb(), true)], { outcome: 'read' });
  cases.push({
    id: 'gzip-bomb',
    write: (dir) => put(dir, 'input.tar.gz', gzipBomb()),
  });
  zipCase('declared-10gb', () => [
    ...liEntries(['Connections.csv']),
    { ...fileEntry('Connections.csv', li().find((f) => f.path === 'Connections.csv')?.bytes ?? text('')), size: 10 * 2 ** 30, zip64: true },
  ], { outcome: 'read', diagnostic: 'archive.too-large' });
  zipCase('declared-too-small', () => {
    const big = text('First Name,Last Name,URL,Email Address,Company,Position,Connected On\n'.repeat(20_000));
    return [...liEntries(['Connections.csv']), { ...fileEntry('Connections.csv', big), size: 100 }];
  }, { outcome: 'read', diagnostic: 'archive.corrupt-entry' });
  zipCase('declared-crc-wrong', () => [...liEntries(['Connections.csv']), { ...fileEntry('Connections.csv', li().find((f) => f.path === 'Connections.csv')?.bytes ?? text('')), crc: 1 }], {
    outcome: 'read',
  });
  zipCase('encrypted', () => [
    ...liEntries(['Connections.csv', 'messages.csv']),
    ...li().filter((f) => f.path === 'Connections.csv' || f.path === 'messages.csv').map((f) => ({ ...fileEntry(f.path, f.bytes), flags: 1 })),
  ], { outcome: 'read', diagnostic: 'archive.encrypted' });
  // yauzl stops listing at an entry flagged for PKWARE strong encryption (bit 6), so the whole zip is refused, with that reason.
  zipCase('strong-encryption-flag', () => [...liEntries(['Connections.csv']), { ...fileEntry('Connections.csv', text('x')), flags: 0x41 }], { outcome: 'refused' });
  zipCase('unknown-method', () => [...liEntries(['Connections.csv']), { ...fileEntry('Connections.csv', text('x'), true), method: 8 as const, stored: text('\u00ff\u00ff') }, { ...fileEntry('Shares.csv', text('x'), true), method: 0 as const }], { outcome: 'read' });

  // Not archives at all, or the wrong kind.
  const refusedFile = (id: string, name: string, bytes: () => Uint8Array) => cases.push({ id, expect: { outcome: 'refused' }, write: (dir) => put(dir, name, bytes()) });
  refusedFile('empty-file', 'export.zip', () => new Uint8Array(0));
  refusedFile('empty-zip', 'export.zip', () => buildZip([]));
  refusedFile('pdf', 'export.zip', () => text('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'));
  refusedFile('png', 'export.zip', () => Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...randomBytes(seed, 2000)));
  refusedFile('random-bytes', 'export.zip', () => randomBytes(seed, 64 * 1024));
  refusedFile('gzip-garbage', 'export.tar.gz', () => Uint8Array.of(0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, ...randomBytes(seed + 1, 4096)));
  refusedFile('gzip-of-text', 'export.tar.gz', () => new Uint8Array(gzipSync(text('hello\n'.repeat(100)))));
  refusedFile('wrong-magic', 'export.zip', () => {
    const z = zipFiles(li());
    z[3] = 0x05; // PK\3\5: neither a local header nor an end record
    return z;
  });
  refusedFile('eocd-only-garbage', 'export.zip', () => {
    const z = zipFiles(li());
    return Uint8Array.of(...z.subarray(0, 4), ...randomBytes(seed + 2, 3000), ...z.subarray(z.length - 22));
  });
  // Not regular files: a named pipe blocks the first read forever, /dev/zero never ends.
  cases.push({
    id: 'named-pipe',
    expect: { outcome: 'refused' },
    write: async (dir) => {
      await mkdir(dir, { recursive: true });
      const path = join(dir, 'export.zip');
      const r = spawnSync('mkfifo', [path]);
      if (r.status !== 0) throw new Error(`mkfifo failed: ${r.stderr.toString()}`);
      return path;
    },
  });
  cases.push({
    id: 'dev-zero',
    expect: { outcome: 'refused' },
    write: async (dir) => {
      await mkdir(dir, { recursive: true });
      // Named like a file an importer reads whole, so only the opener stands between it and an endless read.
      await symlink('/dev/zero', join(dir, 'Connections.csv'));
      return join(dir, 'Connections.csv');
    },
  });
  refusedFile('zip-of-nothing-usable', 'export.zip', () => zipFiles([{ path: 'Takeout/YouTube/subscriptions.csv', bytes: text('Channel Id,Channel Url\n') }]));

  // Truncated downloads of every platform's archive at seeded offsets.
  for (const platform of PLATFORMS) {
    const rng = createRng(`truncate:${platform}:${seed}`);
    for (let k = 0; k < 3; k++) {
      const at = rng.next();
      cases.push({
        id: `truncated/${platform}/${k}`,
        write: (dir) => {
          const bytes = containerBytes(baseArchive(platform));
          return put(dir, inputName(platform), bytes.subarray(0, Math.floor(bytes.length * at)));
        },
      });
    }
  }

  // Parsers: giant fields, unbalanced quotes, deep JSON, huge numbers, broken encodings.
  const giant = 'x'.repeat(10 * MB);
  const withFile = (platform: HostilePlatform, edit: (f: MemoryFile) => Uint8Array | undefined) => () =>
    baseArchive(platform).files.map((f) => ({ path: f.path, bytes: edit(f) ?? f.bytes }));
  const editedCase = (id: string, platform: HostilePlatform, edit: (f: MemoryFile) => Uint8Array | undefined, expect?: HostileCase['expect']) =>
    cases.push({ id, ...(expect ? { expect } : {}), write: (dir) => put(dir, inputName(platform), containerBytes(baseArchive(platform), withFile(platform, edit)())) });
  const asText = (f: MemoryFile) => new TextDecoder().decode(f.bytes);

  // A data row of Connections.csv with one field replaced: the row keeps the header's width, so the reader gets as far as the field.
  const giantRow = (f: MemoryFile, field: string) => {
    const lines = asText(f).trimEnd().split('\n');
    const cells = (lines[lines.length - 1] ?? '').split(',');
    cells[1] = field;
    return text(`${lines.join('\n')}\n${cells.join(',')}\n`);
  };
  editedCase('csv-giant-field/linkedin', 'linkedin', (f) => (f.path === 'Connections.csv' ? giantRow(f, giant) : undefined), { outcome: 'read', diagnostic: 'csv.giant-field' });
  editedCase('csv-giant-quoted-field/linkedin', 'linkedin', (f) => (f.path === 'Connections.csv' ? giantRow(f, `"${'a, b\n""c"" '.repeat(MB)}"`) : undefined), {
    outcome: 'read',
    diagnostic: 'csv.giant-field',
  });
  editedCase('csv-unbalanced-quote/linkedin', 'linkedin', (f) => (f.path === 'Connections.csv' || f.path === 'messages.csv' ? text(asText(f).replace(/\n(\w)/, '\n"$1')) : undefined));
  editedCase('csv-giant-field/mastodon', 'mastodon', (f) => (f.path === 'following_accounts.csv' ? text(`${asText(f).trimEnd()}\n${giant}@a.example,true,true,\n`) : undefined));
  editedCase('csv-unbalanced-quote/mastodon', 'mastodon', (f) => (f.path.endsWith('.csv') ? text(`${asText(f)}"unterminated,true\n`) : undefined));
  editedCase('csv-only-quotes/linkedin', 'linkedin', (f) => (f.path === 'Connections.csv' ? text('"'.repeat(MB)) : undefined));

  const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
  const deepObj = (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;
  editedCase('json-deep/x', 'x', (f) => (f.path === 'data/tweets.js' ? text(`window.YTD.tweets.part0 = [ ${deep(100_000)} ]`) : f.path === 'data/like.js' ? text(`window.YTD.like.part0 = ${deepObj(100_000)}`) : undefined));
  editedCase('json-deep-unclosed/x', 'x', (f) => (f.path === 'data/follower.js' ? text(`window.YTD.follower.part0 = ${'['.repeat(100_000)}`) : undefined));
  editedCase('json-deep/mastodon', 'mastodon', (f) => (f.path === 'outbox.json' ? text(`{"type":"OrderedCollection","orderedItems":${deep(100_000)}}`) : f.path === 'actor.json' ? text(deepObj(100_000)) : undefined));
  editedCase('json-deep/facebook', 'facebook', (f) => (f.path.endsWith('your_friends.json') ? text(`{"friends_v2":[${deepObj(100_000)}]}`) : f.path.endsWith('message_1.json') ? text(deep(100_000)) : undefined));
  editedCase('json-deep/instagram', 'instagram', (f) => (f.path.endsWith('following.json') ? text(`{"relationships_following":${deep(100_000)}}`) : f.path.endsWith('posts_1.json') ? text(deepObj(100_000)) : undefined));
  const hugeNumbers = (f: MemoryFile) => (/\.(json|js)$/.test(f.path) ? text(asText(f).replace(/\b\d{6,}\b/g, (m, i: number) => (i % 2 === 0 ? '9'.repeat(400) : '1e309'))) : undefined);
  for (const p of ['x', 'mastodon', 'facebook', 'instagram'] as const) editedCase(`json-huge-numbers/${p}`, p, hugeNumbers);
  editedCase('json-giant-string/x', 'x', (f) => (f.path === 'data/tweets.js' ? text(asText(f).replace(/"full_text" : "/, `"full_text" : "${giant}`)) : undefined));
  editedCase('json-giant-string/facebook', 'facebook', (f) => (f.path.endsWith('your_posts__check_ins__photos_and_videos_1.json') ? text(asText(f).replace(/"post": "/, `"post": "${giant}`)) : undefined));

  const invalidUtf8 = (f: MemoryFile) => {
    if (f.bytes.length < 40) return undefined;
    const out = f.bytes.slice();
    for (const at of [17, Math.floor(out.length / 2), out.length - 9]) out[at] = at % 2 === 0 ? 0xff : 0xc3;
    return out;
  };
  // Anywhere in a file (a structural byte of a JSON file may go, and with it the file) …
  for (const p of ['linkedin', 'x', 'mastodon', 'facebook', 'instagram'] as const) editedCase(`invalid-utf8/${p}`, p, invalidUtf8);
  // … and only inside JSON string values, where the file must still be read.
  const invalidInStrings = (f: MemoryFile) => {
    if (!/\.(json|js)$/.test(f.path)) return undefined;
    const pieces = asText(f).split(': "');
    return new Uint8Array(Buffer.concat(pieces.flatMap((piece, i) => (i === 0 ? [Buffer.from(piece)] : [Buffer.from(': "'), Buffer.from([0xff, 0xc3, 0x28]), Buffer.from(piece)]))));
  };
  // X's dates are strings too ("created_at"), so its every record loses its date and the run is refused for that.
  editedCase('invalid-utf8-in-strings/x', 'x', invalidInStrings);
  for (const p of ['mastodon', 'facebook', 'instagram'] as const) editedCase(`invalid-utf8-in-strings/${p}`, p, invalidInStrings, { outcome: 'read' });
  const loneSurrogates = (f: MemoryFile) => (/\.(json|js)$/.test(f.path) ? text(asText(f).replace(/": "([A-Za-z])/g, '": "\\ud800$1\\udfff')) : undefined);
  for (const p of ['x', 'mastodon', 'facebook', 'instagram'] as const) editedCase(`lone-surrogates/${p}`, p, loneSurrogates);
  editedCase('utf16-lone-surrogates/linkedin', 'linkedin', (f) => (f.path === 'Connections.csv' ? utf16leWithLoneSurrogates(asText(f)) : undefined));
  editedCase('utf16-odd-length/linkedin', 'linkedin', (f) => (f.path === 'messages.csv' ? Uint8Array.of(0xff, 0xfe, ...f.bytes) : undefined));

  // The wrong platform's contents under the right names.
  PLATFORMS.forEach((platform, i) => {
    const donor = PLATFORMS[(i + 1) % PLATFORMS.length] ?? 'x';
    cases.push({
      id: `wrong-platform/${platform}`,
      write: (dir) => {
        const theirs = baseArchive(donor).files;
        const files = baseArchive(platform).files.map((f, k) => ({ path: f.path, bytes: theirs[k % theirs.length]?.bytes ?? f.bytes }));
        return put(dir, inputName(platform), containerBytes(baseArchive(platform), files));
      },
    });
  });

  // Mastodon's old tar.gz container with hostile members.
  cases.push({
    id: 'tar-slip/mastodon',
    expect: { outcome: 'read', diagnostic: 'archive.unsafe-path' },
    write: (dir) => put(dir, 'input.tar.gz', tarSlip()),
  });
  return cases;
}

/**
 * `perPlatform` seeded mutations of each platform's archive: half on an inner file, half on the
 * container bytes. Interleaved by platform, so a run cut short has still covered every platform.
 */
export function mutationCases(perPlatform: number, seed = 1, platforms: readonly HostilePlatform[] = PLATFORMS): HostileCase[] {
  const out: HostileCase[] = [];
  for (let i = 0; i < perPlatform; i++) {
    for (const platform of platforms) {
      out.push({ id: `mutation/${platform}/${String(i).padStart(4, '0')}`, write: (dir) => writeMutation(dir, platform, seed, i) });
    }
  }
  return out;
}

/** Writes mutation number `i` of a platform; exported so a failing case can be replayed alone. */
export async function writeMutation(dir: string, platform: HostilePlatform, seed: number, i: number): Promise<string> {
  const rng = createRng(`mutation:${platform}:${seed}:${i}`);
  const base = baseArchive(platform);
  const rounds = rng.int(1, 3);
  if (platform === 'mastodon' && rng.chance(0.2)) {
    // The pre-4.1 tar.gz: mutate the tar before gzip (a well-compressed damaged tar) or the gzip bytes.
    let bytes = mastodonTarGz(base.files);
    for (let r = 0; r < rounds; r++) bytes = mutate(bytes, rng).bytes;
    return put(dir, 'input.tar.gz', bytes);
  }
  if (rng.chance(0.5)) {
    const files = base.files.map((f) => ({ path: f.path, bytes: f.bytes }));
    for (let r = 0; r < rounds; r++) {
      const k = rng.int(0, files.length - 1);
      const f = files[k];
      if (f) files[k] = { path: f.path, bytes: mutate(f.bytes, rng).bytes };
    }
    return put(dir, inputName(platform), containerBytes(base, files));
  }
  let bytes = base.container === 'car' && rng.chance(0.3) ? zipFiles(base.files) : containerBytes(base);
  for (let r = 0; r < rounds; r++) bytes = mutate(bytes, rng).bytes;
  return put(dir, inputName(platform), bytes);
}

/** A LinkedIn export whose archive names are copies of one 40 MB deflated local entry, each claimed by hundreds of central-directory entries. */
function overlapBomb(): RawEntry[] {
  const li = baseArchive('linkedin').files;
  const profile = li.find((f) => f.path === 'Profile.csv');
  const connections = li.find((f) => f.path === 'Connections.csv');
  // The real header first, so the reader keeps going until the inflated size trips the ratio check.
  const header = new TextDecoder().decode(li.find((f) => f.path === 'messages.csv')?.bytes ?? new Uint8Array(0)).split('\n')[0] ?? '';
  const row = `${header.split(',').map(() => 'x').join(',')}\n`;
  const payload = new Uint8Array(Buffer.concat([Buffer.from(`${header}\n`), Buffer.alloc(40 * MB, row)]));
  const bomb: RawEntry = { name: 'messages.csv', stored: new Uint8Array(deflateRawSync(payload, { level: 9 })), method: 8, crc: crc32(payload) >>> 0, size: payload.length };
  const names = ['Shares.csv', 'Reactions.csv', 'Comments.csv', 'Invitations.csv', 'Endorsement_Received_Info.csv', 'Recommendations_Received.csv'];
  const shared: RawEntry[] = [];
  for (let i = 0; i < 1000; i++) shared.push({ ...bomb, name: i < names.length ? names[i] ?? 'x' : `copies/${i}/messages.csv`, shareLocalOf: 0 });
  return [bomb, ...shared, fileEntry('Profile.csv', profile?.bytes ?? text('')), fileEntry('Connections.csv', connections?.bytes ?? text(''))];
}

/** Three levels of zips of zips of 50 MB of zeros: inert unless someone recurses. */
function nestedBomb(): Uint8Array {
  let layer = zipFiles([{ path: 'zeros.bin', bytes: new Uint8Array(50 * MB) }]);
  for (let level = 0; level < 3; level++) layer = zipFiles(Array.from({ length: 10 }, (_, i) => ({ path: `${level}-${i}.zip`, bytes: layer })));
  return layer;
}

/**
 * A Mastodon tar.gz whose outbox.json declares and inflates to 1 GiB of spaces. Built as a
 * multi-member gzip (RFC 1952 §2.2 allows members back to back), so writing it costs one 16 MiB buffer.
 */
function gzipBomb(): Uint8Array {
  const files = baseArchive('mastodon').files.filter((f) => f.path !== 'outbox.json');
  const head = packFiles(files);
  const header = tarHeaderWithSize(packTar([{ path: 'outbox.json', bytes: new Uint8Array(1) }]).slice(0, 512), 1024 * MB);
  const chunk = gzipSync(Buffer.alloc(16 * MB, 0x20), { level: 9 });
  const members = [gzipSync(Buffer.concat([head.subarray(0, head.length - 1024), header]))];
  for (let i = 0; i < 64; i++) members.push(chunk);
  members.push(gzipSync(Buffer.alloc(1024)));
  return new Uint8Array(Buffer.concat(members));
}

function tarHeaderWithSize(h: Uint8Array, size: number): Uint8Array {
  const b = Buffer.from(h);
  b.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 'latin1');
  b.fill(0x20, 148, 156);
  let sum = 0;
  for (const x of b) sum += x;
  b.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
  return new Uint8Array(b);
}

/** A tar.gz Mastodon export with `../`, absolute and symlink members next to its real files. */
function tarSlip(): Uint8Array {
  const files = baseArchive('mastodon').files.map((f) => ({ path: f.path, bytes: f.bytes }));
  const tar = packTar([
    ...files,
    { path: '../../x', bytes: text('x') },
    { path: '/etc/xx', bytes: text('y') },
    { path: 'outbox-link.json', type: '2', linkTarget: '/etc/passwd' },
  ]);
  return new Uint8Array(gzipSync(tar));
}

function utf16leWithLoneSurrogates(s: string): Uint8Array {
  const units = [0xfeff, ...Array.from(s, (c) => c.charCodeAt(0))];
  units.splice(Math.floor(units.length / 3), 0, 0xd800);
  units.splice(Math.floor((units.length * 2) / 3), 0, 0xdc00);
  const out = new Uint8Array(units.length * 2);
  units.forEach((u, i) => {
    out[i * 2] = u & 0xff;
    out[i * 2 + 1] = u >> 8;
  });
  return out;
}

function randomBytes(seed: number, n: number): Uint8Array {
  const rng = createRng(`bytes:${seed}:${n}`);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = rng.int(0, 255);
  return out;
}

function inputName(platform: HostilePlatform): string {
  return platform === 'bluesky' ? 'repo.car' : 'input.zip';
}

async function put(dir: string, name: string, bytes: Uint8Array): Promise<string> {
  const path = join(dir, name);
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, bytes);
  return path;
}
