/** One voice for the CLI: one line per error, a stack only with --debug, --quiet, NO_COLOR, progress only on a terminal. */
import { spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { colorEnabled, createProgress, formatUsageError, info, oneLine, reportError, type OutputStream } from '../../src/cli/output.ts';
import { UserError, ExitCode } from '../../src/diagnostics/errors.ts';

function fakeStream(isTTY: boolean): OutputStream & { text: () => string } {
  const parts: string[] = [];
  return { isTTY, write: (s: string) => parts.push(s), text: () => parts.join('') };
}

describe('colorEnabled', () => {
  it('colours only a terminal, and never when NO_COLOR is set to something', () => {
    expect(colorEnabled({ isTTY: true, write: () => 0 }, {})).toBe(true);
    expect(colorEnabled({ isTTY: false, write: () => 0 }, {})).toBe(false);
    expect(colorEnabled({ write: () => 0 }, {})).toBe(false);
    expect(colorEnabled({ isTTY: true, write: () => 0 }, { NO_COLOR: '1' })).toBe(false);
    // no-color.org: an empty NO_COLOR does not count.
    expect(colorEnabled({ isTTY: true, write: () => 0 }, { NO_COLOR: '' })).toBe(true);
  });
});

describe('reportError', () => {
  it('a UserError is one line with its exit code; the stack only with --debug', () => {
    const s = fakeStream(false);
    expect(reportError(new UserError('a.zip: the file is empty'), { debug: false }, s)).toBe(ExitCode.badInput);
    expect(s.text()).toBe('flipside: a.zip: the file is empty\n');
    const d = fakeStream(false);
    reportError(new UserError('a.zip: the file is empty'), { debug: true }, d);
    expect(d.text().split('\n')[0]).toBe('flipside: a.zip: the file is empty');
    expect(d.text()).toMatch(/\n\s+at /);
  });

  it('a bug is one line saying so, exit 1; --debug adds the stack', () => {
    const s = fakeStream(false);
    expect(reportError(new RangeError('Maximum call stack size exceeded\nmore'), { debug: false }, s)).toBe(ExitCode.internal);
    expect(s.text().trimEnd().split('\n')).toEqual(['flipside: internal error: Maximum call stack size exceeded more (a bug in flipside; run again with --debug to see where it happened)']);
    const d = fakeStream(false);
    reportError(new Error('boom'), { debug: true }, d);
    expect(d.text().split('\n')[0]).toBe('flipside: internal error: boom');
    expect(d.text()).toMatch(/\n\s+at /);
  });

  it('a thrown non-Error value is still one line', () => {
    const s = fakeStream(false);
    expect(reportError('plain string', { debug: false }, s)).toBe(1);
    expect(s.text().trimEnd().split('\n')).toHaveLength(1);
  });

  it('colours the prefix on a terminal only', () => {
    const tty = fakeStream(true);
    const saved = process.env.NO_COLOR;
    delete process.env.NO_COLOR;
    try {
      reportError(new UserError('x'), { debug: false }, tty);
    } finally {
      if (saved !== undefined) process.env.NO_COLOR = saved;
    }
    expect(tty.text()).toBe('\u001b[31mflipside:\u001b[39m x\n');
  });
});

describe('one-line text', () => {
  it('folds newlines and strips terminal escapes an archive could smuggle into a message', () => {
    expect(oneLine('entry "a\nb\u001b[2J" refused\r\n')).toBe('entry "a b [2J" refused');
    expect(oneLine('')).toBe('');
  });

  it("commander's usage errors read like ours", () => {
    expect(formatUsageError("error: unknown option '--nope'\n")).toBe("flipside: unknown option '--nope'\n");
  });
});

describe('progress and info', () => {
  it('draws progress only on a terminal and not with --quiet', () => {
    expect(createProgress({ quiet: false, debug: false }, fakeStream(false))).toBeUndefined();
    expect(createProgress({ quiet: true, debug: false }, fakeStream(true))).toBeUndefined();
    const tty = fakeStream(true);
    const p = createProgress({ quiet: false, debug: false }, tty);
    p?.('Connections.csv', 50, 100);
    p?.('Connections.csv', 100, 100);
    expect(tty.text()).toContain('reading Connections.csv 50%');
    expect(tty.text().endsWith('\r\u001b[2K')).toBe(true);
  });

  it('info prints one line unless --quiet', () => {
    const s = fakeStream(false);
    info({ quiet: true }, 'hidden', s);
    info({ quiet: false }, 'shown\nhere', s);
    expect(s.text()).toBe('shown here\n');
  });
});

describe('the CLI end to end', () => {
  let dir: string;
  let zip: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'flipside-output-'));
    const { generateSample } = await import('../../src/sample/generate.ts');
    const { writeZip } = await import('../../src/node/write-zip.ts');
    const s = generateSample({ persona: 'connector', seed: 1, scale: 0.2 });
    zip = join(dir, s.archiveName);
    await writeZip(s.files, zip);
  });

  const flipside = (env: Record<string, string>, ...args: string[]) => {
    const r = spawnSync(process.execPath, ['bin/flipside.mjs', ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('--quiet prints only the report path; without it, one plain info line and no colour off a terminal', () => {
    const quiet = flipside({ NO_COLOR: '1' }, '--quiet', 'audit', zip, '--out', join(dir, 'q'));
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout.trim()).toBe(join(dir, 'q', 'flipside-report.html'));
    const loud = flipside({}, 'audit', zip, '--out', join(dir, 'l'));
    expect(loud.code).toBe(0);
    expect(loud.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(loud.stderr).toMatch(/^read \d+ files from 1 archive/);
    // Not a terminal: no progress line and no escape codes even without NO_COLOR.
    expect(loud.stderr).not.toContain('\u001b');
  }, 60_000);

  it('a usage error is one "flipside:" line with exit 64', () => {
    const r = flipside({ NO_COLOR: '1' }, 'audit', zip, '--nope');
    expect(r.code).toBe(64);
    expect(r.stderr.trimEnd().split('\n')).toEqual(["flipside: unknown option '--nope'"]);
  }, 60_000);

  it('--debug adds the stack to a refusal; without it there is none', () => {
    const missing = join(dir, 'missing.zip');
    const plain = flipside({ NO_COLOR: '1' }, 'audit', missing);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toBe(`flipside: ${missing}: no such file or folder\n`);
    const debug = flipside({ NO_COLOR: '1' }, '--debug', 'audit', missing);
    expect(debug.code).toBe(2);
    expect(debug.stderr.split('\n')[0]).toBe(`flipside: ${missing}: no such file or folder`);
    expect(debug.stderr).toMatch(/\n\s+at /);
  }, 60_000);
});

describe('installCrashHandlers', () => {
  it('turns an uncaught error into one line and exit code 1, once per process', async () => {
    const { installCrashHandlers } = await import('../../src/cli/output.ts');
    const s = fakeStream(false);
    const realExit = process.exit;
    let exited = false;
    process.exit = (() => {
      exited = true;
    }) as typeof process.exit;
    const savedCode = process.exitCode;
    const before = process.listenerCount('uncaughtException');
    const remove = installCrashHandlers({ debug: false }, s);
    const again = installCrashHandlers({ debug: false }, s);
    try {
      expect(process.listenerCount('uncaughtException')).toBe(before + 1);
      (process.emit as (event: string, ...args: unknown[]) => boolean)('uncaughtException', new TypeError('stray stream error'), 'uncaughtException');
      expect(exited).toBe(true);
      expect(process.exitCode).toBe(1);
      expect(s.text().trimEnd().split('\n')).toEqual(['flipside: internal error: stray stream error (a bug in flipside; run again with --debug to see where it happened)']);
    } finally {
      again();
      remove();
      process.exit = realExit;
      process.exitCode = savedCode;
    }
    expect(process.listenerCount('uncaughtException')).toBe(before);
  });
});
