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
import { generateSample, generateSpec, personaNames } from '../generate.ts';
import { DAY_MS } from '../spec.ts';
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

describe.each(personaNames)('sign-ins of persona %s (Logins.csv)', (persona) => {
  it.each([
    [1, 1],
    [7, 0.5],
  ])('come back as the spec has them (seed %s, scale %s): days, period, median, and no action day added', async (seed, scale) => {
    const spec = generateSpec({ persona, seed, scale });
    expect(spec.logins.length).toBeGreaterThan(20);
    const day = (t: number) => Math.floor(t / DAY_MS);
    const perDay = new Map<number, number>();
    for (const l of spec.logins) perDay.set(day(l.at), (perDay.get(day(l.at)) ?? 0) + 1);
    const counts = [...perDay.values()].sort((a, b) => a - b);
    const mid = Math.floor(counts.length / 2);
    const median = counts.length % 2 === 1 ? counts[mid]! : (counts[mid - 1]! + counts[mid]!) / 2;
    const sample = generateSample({ persona, seed, scale });
    const { result } = await runAudit({ archives: [createMemoryArchive(sample.archiveName, sample.files)], registry: importers, options: { timeZone: 'UTC' } });
    expect(result.files.find((f) => f.file === 'Logins.csv')).toMatchObject({ kind: 'logins', records: spec.logins.length, skipped: 0 });
    const checking = result.findings.find((f) => f.meta.id === 'checking_frequency')?.result;
    // The headline stays action-days: sign-ins add parts, never action days.
    expect(matches(sample.planted['checking_frequency']!, observed(checking))).toBe(true);
    expect(checking).toMatchObject({
      status: 'ok',
      parts: {
        linkedin_login_days: perDay.size,
        linkedin_login_period_days: day(spec.exportDate) - Math.min(...perDay.keys()) + 1,
        linkedin_median_logins_per_login_day: median,
      },
    });
    // Every sign-in falls before T, which stays the newest record of the archive.
    expect(Math.max(...spec.logins.map((l) => l.at))).toBeLessThan(spec.exportDate);
    expect(result.asOf).toBe(spec.exportDate);
  });
});
