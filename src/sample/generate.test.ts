import { describe, expect, it } from 'vitest';
import { BENCH_SCALE, generateSample, generateSpec, personaNames } from './generate.ts';
import { MEASURE_IDS } from './spec.ts';

const equalFiles = (a: ReturnType<typeof generateSample>, b: ReturnType<typeof generateSample>) =>
  a.files.length === b.files.length && a.files.every((f, i) => f.path === b.files[i]?.path && Buffer.from(f.bytes).equals(Buffer.from(b.files[i]?.bytes ?? new Uint8Array())));

describe('generateSample', () => {
  it('lists the personas with the demo default first', () => {
    expect(personaNames).toEqual(['broadcaster', 'connector', 'quiet-job-seeker']);
  });

  it.each(['2018', '2022', '2024'] as const)('is byte-identical for the same seed (vintage %s)', (vintage) => {
    for (const persona of personaNames) {
      const a = generateSample({ persona, seed: 'same', vintage });
      const b = generateSample({ persona, seed: 'same', vintage });
      expect(equalFiles(a, b)).toBe(true);
      expect(a.planted).toEqual(b.planted);
    }
  });

  it('differs for a different seed', () => {
    const a = generateSample({ persona: 'broadcaster', seed: 1 });
    const b = generateSample({ persona: 'broadcaster', seed: 2 });
    expect(equalFiles(a, b)).toBe(false);
    expect(a.ownerName).not.toBe(b.ownerName);
  });

  it('names the archive after the export date and reports the owner', () => {
    const g = generateSample({ seed: 'x' });
    expect(g.archiveName).toBe('Complete_LinkedInDataExport_03-14-2026.zip');
    expect(g.exportDate).toBe(Date.UTC(2026, 2, 14, 16, 42, 0));
    expect(g.ownerName).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
    expect(g.files.find((f) => f.path === 'Profile.csv')).toBeDefined();
    expect(new TextDecoder().decode(g.files.find((f) => f.path === 'Profile.csv')?.bytes)).toContain(g.ownerName.replace(' ', ','));
  });

  it('keeps planted values independent of the vintage', () => {
    for (const persona of personaNames) {
      const a = generateSample({ persona, seed: 4, vintage: '2018' });
      const b = generateSample({ persona, seed: 4, vintage: '2024' });
      expect(a.planted).toEqual(b.planted);
      expect(Object.keys(a.planted).sort()).toEqual([...MEASURE_IDS].sort());
    }
  });

  it('rejects an unknown persona and a bad scale', () => {
    expect(() => generateSample({ persona: 'nobody', seed: 1 })).toThrow('unknown persona "nobody"');
    expect(() => generateSample({ seed: 1, scale: 0 })).toThrow('scale must be a positive number');
  });

  it('reaches benchmark volumes at scale 34 (how fast is for npm run bench, not for a unit test)', () => {
    const spec = generateSpec({ persona: 'broadcaster', seed: 'bench', scale: BENCH_SCALE });
    const g = generateSample({ persona: 'broadcaster', seed: 'bench', scale: BENCH_SCALE });
    expect(spec.messages.length).toBeGreaterThanOrEqual(200_000);
    expect(spec.connections.length).toBeGreaterThanOrEqual(30_000);
    expect(spec.reactions?.length).toBeGreaterThanOrEqual(100_000);
    expect(g.planted.reach_network_size).toBe(30_600);
  });
});
