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

  it('an X archive (until its importer exists)', async () => {
    const x = join(dir, 'twitter-2024-01-01');
    await mkdir(join(x, 'data'), { recursive: true });
    await writeFile(join(x, 'data', 'manifest.js'), 'window.__THAR_CONFIG = {}');
    await writeFile(join(x, 'data', 'tweets.js'), 'window.YTD.tweets.part0 = []');
    const z = join(dir, 'twitter.zip');
    await makeZip(z, [
      { name: 'data/manifest.js', data: 'window.__THAR_CONFIG = {}' },
      { name: 'data/tweets.js', data: 'window.YTD.tweets.part0 = []' },
    ]);
    const r = flipside('audit', z, '--out', join(dir, 'o4'));
    expectOneLineError(r, z);
    expect(r.stderr).toContain('not an export flipside can read');
    expectOneLineError(flipside('audit', x, '--out', join(dir, 'o5')), x);
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
