/**
 * End to end over generated archives: each persona's planted values come back from the real
 * importer and measures, through the same pipeline the CLI uses.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryArchive } from '../../src/archive/memory.ts';
import { importers } from '../../src/importers/index.ts';
import { runAudit } from '../../src/pipeline/audit.ts';
import { generateSample, personaNames } from '../../src/sample/generate.ts';
import type { MeasureResult } from '../../src/measures/measure.ts';

async function audit(persona: string, seed: number, vintage?: '2018' | '2022' | '2024') {
  const sample = generateSample({ persona, seed, scale: 1, ...(vintage ? { vintage } : {}) });
  const archive = createMemoryArchive(sample.archiveName, sample.files);
  const { result } = await runAudit({ archives: [archive], registry: importers, options: { timeZone: 'UTC' } });
  return { sample, result };
}

function observed(r: MeasureResult): unknown {
  return r.status === 'ok' ? r.value : r.status;
}

describe.each(personaNames)('persona %s', (persona) => {
  it('recovers every planted value through the real importer and measures', async () => {
    const { sample, result } = await audit(persona, 1);
    expect(result.asOf).toBe(sample.exportDate);
    const byId = new Map(result.findings.map((f) => [f.meta.id, f.result]));
    const mismatches: string[] = [];
    for (const [id, planted] of Object.entries(sample.planted)) {
      const r = byId.get(id);
      if (!r) {
        mismatches.push(`${id}: no such measure`);
        continue;
      }
      const got = observed(r);
      if (typeof planted === 'object' && planted !== null && 'value' in planted) {
        const p = planted as { value: number; tolerance: number };
        if (typeof got !== 'number' || Math.abs(got - p.value) > p.tolerance) mismatches.push(`${id}: planted ${p.value}±${p.tolerance}, got ${String(got)}`);
      } else if (got !== planted) mismatches.push(`${id}: planted ${String(planted)}, got ${String(got)}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('reads every generated row: no row skipped, no error diagnostics', async () => {
    const { result } = await audit(persona, 2);
    expect(result.files.filter((f) => f.skipped > 0)).toEqual([]);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('vintages', () => {
  it.each(['2018', '2022'] as const)('the %s layout of the default persona audits with its connections and messages read', async (vintage) => {
    const { sample, result } = await audit('broadcaster', 3, vintage);
    const planted = sample.planted['reach_network_size'];
    const size = result.findings.find((f) => f.meta.id === 'reach_network_size')!.result;
    expect(observed(size)).toBe(planted);
    expect(result.files.some((f) => f.kind === 'messages' && f.records > 0)).toBe(true);
  });
});
