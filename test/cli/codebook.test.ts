/** docs/measures.md is generated from the measures' metadata and must stay in sync with it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codebookCommand } from '../../src/cli/commands/codebook.ts';
import { measures } from '../../src/measures/index.ts';

describe('codebook', () => {
  it('docs/measures.md equals `flipside codebook` (regenerate with: node bin/flipside.mjs codebook > docs/measures.md)', () => {
    expect(readFileSync('docs/measures.md', 'utf8')).toBe(codebookCommand());
  });

  it('documents every measure under its id, with its caveat and question', () => {
    const md = codebookCommand();
    for (const m of measures) {
      expect(md).toContain(`\`${m.meta.id}\``);
      expect(md).toContain(m.meta.caveat);
      expect(md).toContain(m.meta.question);
    }
  });
});
