/** `flipside audit --pdf`: paper option, where Chromium is looked for, and the one-line error (exit 64) without it. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/main.ts';
import { ExitCode, UserError } from '../src/diagnostics/errors.ts';
import { chromiumCandidates, findChromium, parsePaper } from '../src/node/pdf.ts';

describe('pdf options', () => {
  it('reads the paper size: a4 by default, letter, any case; anything else is a usage error', () => {
    expect(parsePaper(undefined)).toBe('a4');
    expect(parsePaper('A4')).toBe('a4');
    expect(parsePaper('Letter')).toBe('letter');
    expect(() => parsePaper('legal')).toThrow(new UserError('--paper legal: choose a4 or letter', ExitCode.usage));
  });

  it('looks where distributions install Chromium, or only where FLIPSIDE_CHROMIUM says', () => {
    expect(chromiumCandidates({})[0]).toBe('/usr/bin/chromium');
    expect(chromiumCandidates({ FLIPSIDE_CHROMIUM: '' })).toContain('/usr/bin/chromium-browser');
    expect(chromiumCandidates({ FLIPSIDE_CHROMIUM: '/opt/c/chrome' })).toEqual(['/opt/c/chrome']);
  });

  it('fails with a usage error naming where it looked when Chromium is missing', () => {
    let err: unknown;
    try {
      findChromium({ FLIPSIDE_CHROMIUM: '/nonexistent/chromium' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).exitCode).toBe(64);
    expect((err as UserError).message).toBe('--pdf needs Chromium, which was not found at /nonexistent/chromium: install it (e.g. apt-get install chromium) or set FLIPSIDE_CHROMIUM to its path');
  });
});

describe('flipside audit --pdf without Chromium', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('exits 64 with one line on stderr, before reading any archive, and writes nothing', async () => {
    const out = await mkdtemp(join(tmpdir(), 'flipside-pdf-'));
    vi.stubEnv('FLIPSIDE_CHROMIUM', '/nonexistent/chromium');
    const errors: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
      errors.push(String(s));
      return true;
    });
    try {
      // The archive does not exist either: the Chromium check comes first, so that is not what is reported.
      const code = await main(['audit', join(out, 'missing.zip'), '--out', join(out, 'report'), '--pdf', '--paper', 'letter']);
      expect(code).toBe(ExitCode.usage);
      const text = errors.join('');
      expect(text.trim().split('\n')).toHaveLength(1);
      expect(text).toContain('--pdf needs Chromium, which was not found at /nonexistent/chromium');
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
