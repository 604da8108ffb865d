/** Regression: a named pipe hung the opener forever; a device would be read without end. Both are refused. */
import { spawnSync } from 'node:child_process';
import { mkdtemp, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../src/node/open-archive.ts';
import { UserError } from '../../src/diagnostics/errors.ts';

describe('openArchive on things that are not regular files', () => {
  it('refuses a named pipe without blocking on it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'flipside-special-'));
    const fifo = join(dir, 'export.zip');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const open = openArchive(fifo);
    await expect(open).rejects.toBeInstanceOf(UserError);
    await expect(open).rejects.toThrow(`${fifo}: not a regular file or folder`);
  });

  it('refuses a link to /dev/zero given as a file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'flipside-special-'));
    const link = join(dir, 'Connections.csv');
    await symlink('/dev/zero', link);
    await expect(openArchive(link)).rejects.toThrow(`${link}: not a regular file or folder`);
  });
});
