/**
 * The platform-neutral core (archive interface, importers, model, measures, report rendering) must
 * bundle for a browser: esbuild with platform "browser" fails on any Node built-in it meets.
 */
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('browser bundle of the core', () => {
  it('bundles src/index.ts for the browser with no Node built-in', async () => {
    const result = await build({
      entryPoints: ['src/index.ts'],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
      target: 'es2022',
    }).catch((e: { errors?: { text: string }[] }) => ({ failed: (e.errors ?? []).map((x) => x.text) }));
    expect('failed' in result ? result.failed : []).toEqual([]);
    if ('failed' in result) return;
    const inputs = Object.keys(result.metafile.inputs);
    // Nothing from the edges may be pulled in.
    expect(inputs.filter((p) => /^src\/(cli|node|server|research)\//.test(p))).toEqual([]);
    const code = result.outputFiles[0]!.text;
    expect(code).not.toMatch(/from\s*["']node:/);
    expect(code).not.toMatch(/require\(["'](fs|path|net|http|https|child_process)["']\)/);
  });
});
