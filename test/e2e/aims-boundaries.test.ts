/**
 * Issue acceptance, end to end through the real importer: a planted aim ranks its planted ties
 * first; planted boundary lapses are each found; clean personas have none.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAims } from '../../src/aims/aims-file.ts';
import { createMemoryArchive } from '../../src/archive/memory.ts';
import { importers } from '../../src/importers/index.ts';
import { runAudit } from '../../src/pipeline/audit.ts';
import { generateSample, generateSpec } from '../../src/sample/generate.ts';
import { fullName } from '../../src/sample/spec.ts';

async function audit(persona: string, aimsText?: string) {
  const sample = generateSample({ persona, seed: 1, scale: 1 });
  const parsed = aimsText !== undefined ? parseAims(aimsText) : undefined;
  const aims = parsed?.ok ? parsed.aims : undefined;
  const { result } = await runAudit({
    archives: [createMemoryArchive(sample.archiveName, sample.files)],
    registry: importers,
    options: { timeZone: 'UTC' },
    ...(aims ? { aims } : {}),
  });
  return result;
}

describe('aims', () => {
  it('examples/aims.yaml on the quiet job seeker ranks the planted close ties at Brightloom Labs first', async () => {
    const result = await audit('quiet-job-seeker', readFileSync('examples/aims.yaml', 'utf8'));
    const spec = generateSpec({ persona: 'quiet-job-seeker', seed: 1, scale: 1 });
    const messaged = new Set(spec.messages.flatMap((m) => [m.from, ...m.to]).map((p) => fullName(p)));
    const planted = spec.connections.filter((c) => c.person.company === 'Brightloom Labs' && messaged.has(fullName(c.person))).map((c) => fullName(c.person));
    expect(planted.length).toBe(3);
    const aim = result.aims![0]!;
    expect(aim.name).toBe('Move into UX research');
    expect(new Set(aim.ties.slice(0, 3).map((t) => t.name))).toEqual(new Set(planted));
    expect(aim.ties.length).toBe(4);
    expect(aim.ties[3]!.strength).toBeLessThan(aim.ties[2]!.strength);
  });

  it('without --aims the result has no aims section', async () => {
    expect((await audit('connector')).aims).toBeUndefined();
  });
});

describe('boundaries', () => {
  it('finds the planted e-mail address and the private contact named in public in the broadcaster', async () => {
    const result = await audit('broadcaster');
    expect(result.boundaries!.map((b) => b.rule).sort()).toEqual(['email', 'private-contact-named']);
  });

  it.each(['connector', 'quiet-job-seeker'])('finds nothing in the clean %s persona', async (persona) => {
    expect((await audit(persona)).boundaries).toEqual([]);
  });
});
