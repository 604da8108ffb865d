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
  packages: 'external',
  outdir: 'dist',
  logLevel: 'warning',
});
