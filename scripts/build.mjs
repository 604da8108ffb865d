#!/usr/bin/env node
// Bundles the CLI with esbuild into dist/ (code-split, so each command loads only what it needs).
// bin/flipside.mjs runs the bundle when it is newer than every source file, else the sources via tsx.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli/main.ts', 'chart-worker': 'src/node/chart-worker.ts' },
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Dependencies are bundled too: resolving vega's ~60 packages one by one took the chart worker
  // 0.2-0.35 s to start, against about 0.1 s from one bundle. Playwright stays outside: it is loaded
  // only by `--pdf`, and it finds its own files at run time.
  external: ['playwright-core'],
  // Bundled CommonJS packages (papaparse, yauzl, commander) call require() for Node built-ins.
  banner: { js: "import { createRequire as __flipsideRequire } from 'node:module'; const require = __flipsideRequire(import.meta.url);" },
  outdir: 'dist',
  logLevel: 'warning',
});
