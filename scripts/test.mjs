#!/usr/bin/env node
// `npm test`: typecheck, lint, then every test; ends with one plain "N passed, N failed" line that CI reads.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const results = '.vitest-results.json';
const steps = [
  ['build', 'node', ['scripts/build.mjs']],
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint', 'npx', ['eslint', '.']],
  ['tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}`, ...process.argv.slice(2)]],
];

let passed = 0;
let failed = 0;
for (const [name, cmd, args] of steps) {
  process.stderr.write(`\n== ${name}\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (name === 'tests') {
    try {
      const j = JSON.parse(readFileSync(results, 'utf8'));
      passed += j.numPassedTests;
      failed += j.numFailedTests;
      // A file that fails to load has no failed tests but must still fail the run.
      if (r.status !== 0 && j.numFailedTests === 0) failed += Math.max(1, j.numFailedTestSuites);
    } catch {
      failed += 1;
    }
    rmSync(results, { force: true });
  } else if (r.status === 0) passed += 1;
  else failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
