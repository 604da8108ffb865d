/** Regression: every refusal the audit makes names the archives it is about (found by the hostile corpus). */
import { describe, expect, it } from 'vitest';
import { createMemoryArchive } from '../archive/memory.ts';
import { UserError } from '../diagnostics/errors.ts';
import { defineImporter, type Importer } from '../importers/importer.ts';
import { runAudit } from './audit.ts';

/** Claims any archive and yields one profile without a date, as an export whose dates were all destroyed does. */
const undated: Importer = defineImporter({
  platform: 'linkedin',
  title: 'Test',
  provides: ['profile'],
  recognize: () => ({ confidence: 1, evidence: [] }),
  read: async () => ({
    platform: 'linkedin',
    people: [],
    ties: [],
    events: [],
    profiles: [{ platform: 'linkedin', name: 'Ada', websites: [], positions: [], skills: [] }],
    files: [],
  }),
});

describe('runAudit refusals', () => {
  it('"no dated records" names every archive given', async () => {
    const archives = [createMemoryArchive('one.zip', [{ path: 'a.csv', bytes: new Uint8Array(1) }]), createMemoryArchive('two.zip', [])];
    const run = runAudit({ archives, registry: [undated] });
    await expect(run).rejects.toBeInstanceOf(UserError);
    await expect(run).rejects.toThrow(/^one\.zip, two\.zip: no dated records were found; pass --as-of DATE/);
  });

  it('with --as-of the same archive is read', async () => {
    const archives = [createMemoryArchive('one.zip', [{ path: 'a.csv', bytes: new Uint8Array(1) }])];
    const { result } = await runAudit({ archives, registry: [undated], asOf: Date.UTC(2026, 0, 1), options: { timeZone: 'UTC' } });
    expect(result.archives.map((a) => a.name)).toEqual(['one.zip']);
    expect(result.asOf).toBe(Date.UTC(2026, 0, 1));
  });
});
