/** The CLI's promise for bad input: one line naming the file, exit code 2, no stack trace. */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeZip } from '../helpers/zip.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flipside-cli-'));
});

function flipside(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/flipside.mjs', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function expectOneLineError(r: ReturnType<typeof flipside>, file: string) {
  expect(r.code).toBe(2);
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(file);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('flipside audit on inputs it cannot use', () => {
  it('a PDF', async () => {
    const f = join(dir, 'cv.pdf');
    await writeFile(f, '%PDF-1.4\n1 0 obj <<>> endobj\n');
    expectOneLineError(flipside('audit', f, '--out', join(dir, 'o1')), f);
  });

  it('an empty zip', async () => {
    const f = join(dir, 'empty.zip');
    await writeFile(f, Buffer.concat([Buffer.from('PK\u0005\u0006'), Buffer.alloc(18)]));
    expectOneLineError(flipside('audit', f, '--out', join(dir, 'o2')), f);
  });

  it('a truncated zip', async () => {
    const f = join(dir, 'whole.zip');
    await makeZip(f, [{ name: 'Connections.csv', data: 'First Name,Last Name,URL\n'.repeat(5000) }]);
    const { readFile } = await import('node:fs/promises');
    const bytes = await readFile(f);
    const t = join(dir, 'truncated.zip');
    await writeFile(t, bytes.subarray(0, 300));
    expectOneLineError(flipside('audit', t, '--out', join(dir, 'o3')), t);
  });

  it('an archive of a kind flipside does not read (a Google Takeout), zipped or unpacked', async () => {
    const t = join(dir, 'takeout');
    await mkdir(join(t, 'Takeout', 'YouTube'), { recursive: true });
    await writeFile(join(t, 'Takeout', 'archive_browser.html'), '<html></html>');
    await writeFile(join(t, 'Takeout', 'YouTube', 'subscriptions.csv'), 'Channel Id,Channel Url,Channel Title\n');
    const z = join(dir, 'takeout.zip');
    await makeZip(z, [
      { name: 'Takeout/archive_browser.html', data: '<html></html>' },
      { name: 'Takeout/YouTube/subscriptions.csv', data: 'Channel Id,Channel Url,Channel Title\n' },
    ]);
    const r = flipside('audit', z, '--out', join(dir, 'o4'));
    expectOneLineError(r, z);
    expect(r.stderr).toContain('not an export flipside can read');
    expect(r.stderr).toContain('LinkedIn');
    expectOneLineError(flipside('audit', t, '--out', join(dir, 'o5')), t);
  });

  it('a mix where one archive is readable and one is not names the unreadable one', async () => {
    const z = join(dir, 'takeout.zip');
    const { generateSample } = await import('../../src/sample/generate.ts');
    const { writeZip } = await import('../../src/node/write-zip.ts');
    const s = generateSample({ persona: 'connector', seed: 1, scale: 0.2 });
    const li = join(dir, s.archiveName);
    await writeZip(s.files, li);
    expectOneLineError(flipside('audit', li, z, '--out', join(dir, 'o6')), z);
  });

  it('a path that does not exist', () => {
    const f = join(dir, 'missing.zip');
    expectOneLineError(flipside('audit', f), f);
  });

  it('a bad option is a usage error (64), and --help exits 0 listing the exit codes', () => {
    expect(flipside('audit', 'x.zip', '--tz', 'Mars/Olympus').code).toBe(64);
    const help = flipside('audit', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes');
  });
});
