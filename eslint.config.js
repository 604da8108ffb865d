// Lint: typescript-eslint's recommended rules, plus the one boundary rule that keeps the core platform-neutral.
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'http', 'https', 'net', 'tls', 'dgram', 'zlib', 'stream', 'worker_threads', 'url', 'crypto'];
const noNodeInCore = {
  patterns: [
    { group: ['node:*'], message: 'Node built-ins belong in the edges (src/cli, src/node, src/server, src/research).' },
    ...nodeBuiltins.map((m) => ({ group: [m, `${m}/*`], message: 'Node built-ins belong in the edges.' })),
    { group: ['yauzl', 'yazl', 'commander', 'playwright-core'], message: 'Node-only libraries belong in the edges.' },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'out/**', '.artifacts/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**', 'src/node/**', 'src/server/**', 'src/research/**', 'src/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', noNodeInCore] },
  },
);
