/**
 * Checks the tension 1–3 planted rules against the real importer and measures for every persona,
 * before they are wired into `plantedRecord`: the kit each persona builds is captured, its state
 * and activity give the planted values, and the audit of the generated archive must recover them.
 */
import { describe, expect, it, vi } from 'vitest';
import { createMemoryArchive } from '../../archive/memory.ts';
import { importers } from '../../importers/index.ts';
import type { MeasureResult } from '../../measures/measure.ts';
import { runAudit } from '../../pipeline/audit.ts';
import { generateSample, personaNames } from '../generate.ts';
import type { Planted } from '../spec.ts';
import type { Kit } from './kit.ts';
import { T1T3_MEASURE_IDS, plantedForT1T3 } from './planted-t1-t3.ts';

const kits: Kit[] = [];
vi.mock('./kit.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('./kit.ts')>();
  return {
    ...real,
    createKit: (...args: Parameters<typeof real.createKit>) => {
      const kit = real.createKit(...args);
      kits.push(kit);
      return kit;
    },
  };
});

function observed(r: MeasureResult | undefined): unknown {
  return r === undefined ? 'missing' : r.status === 'ok' ? r.value : r.status;
}

function matches(planted: Planted, got: unknown): boolean {
  if (typeof planted === 'object') return typeof got === 'number' && Math.abs(got - planted.value) <= planted.tolerance;
  return got === planted;
}

describe.each(personaNames)('tension 1–3 planted values, persona %s', (persona) => {
  it.each([
    [1, 1],
    [7, 0.5],
    [3, 2],
  ])('are recovered by the real importer and measures (seed %s, scale %s)', async (seed, scale) => {
    kits.length = 0;
    const sample = generateSample({ persona, seed, scale });
    const kit = kits[kits.length - 1];
    expect(kit).toBeDefined();
    if (!kit) return;
    const activity = kit.build({ persona, profile: {} as never, positions: [], skills: [], planted: {}, withReactions: true });
    const planted = plantedForT1T3(kit.state(), {} as never, { ...activity, ...(sample.files.some((f) => f.path.endsWith('Reactions.csv')) ? {} : { reactions: [] }) });
    expect(Object.keys(planted)).toEqual([...T1T3_MEASURE_IDS]);
    const { result } = await runAudit({ archives: [createMemoryArchive(sample.archiveName, sample.files)], registry: importers, options: { timeZone: 'UTC' } });
    const byId = new Map(result.findings.map((f) => [f.meta.id, f.result]));
    const mismatches = Object.entries(planted)
      .filter(([id, p]) => !matches(p, observed(byId.get(id))))
      .map(([id, p]) => `${id}: planted ${JSON.stringify(p)}, got ${String(observed(byId.get(id)))}`);
    expect(mismatches).toEqual([]);
  });
});
