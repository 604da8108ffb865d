/** The sample generator's entry point: persona + seed + scale → the files of a LinkedIn export and what they plant. */
import type { MemoryFile } from '../archive/memory.ts';
import { createRng } from './random.ts';
import { fullName, type Planted } from './spec.ts';
import { personaNames, personas } from './personas/index.ts';
import { writeLinkedInExport, type Vintage } from './linkedin/index.ts';
import { archiveDate } from './linkedin/dates.ts';

export { personaNames };

/** The broadcaster at this scale has ≥ 200,000 messages, ≥ 30,000 connections and ≥ 100,000 reactions (benchmarks). */
export const BENCH_SCALE = 34;

export interface GenerateOptions {
  /** A persona name from `personaNames`; default `broadcaster`. */
  readonly persona?: string;
  readonly seed: number | string;
  /** Volume multiplier (default 1); planted values are recomputed for every scale. */
  readonly scale?: number;
  readonly vintage?: Vintage;
  readonly topFolder?: string;
}

export interface GeneratedSample {
  readonly files: MemoryFile[];
  /** T: the latest timestamp in the archive (UTC ms). */
  readonly exportDate: number;
  readonly planted: Readonly<Record<string, Planted>>;
  /** e.g. `Complete_LinkedInDataExport_03-14-2026.zip`. */
  readonly archiveName: string;
  readonly ownerName: string;
}

/** Generates one persona's export deterministically: the same options always give byte-identical files. */
export function generateSample(options: GenerateOptions): GeneratedSample {
  const name = options.persona ?? 'broadcaster';
  const build = personas[name];
  if (!build) throw new Error(`unknown persona "${name}" (known: ${personaNames.join(', ')})`);
  const scale = options.scale ?? 1;
  if (!(scale > 0) || !Number.isFinite(scale)) throw new Error(`scale must be a positive number, got ${scale}`);
  const spec = build(createRng(`${name}:${String(options.seed)}`), scale);
  const files = writeLinkedInExport(spec, {
    ...(options.vintage ? { vintage: options.vintage } : {}),
    ...(options.topFolder ? { topFolder: options.topFolder } : {}),
  });
  return {
    files,
    exportDate: spec.exportDate,
    planted: spec.planted,
    archiveName: `Complete_LinkedInDataExport_${archiveDate(spec.exportDate)}.zip`,
    ownerName: fullName(spec.owner),
  };
}

/** The persona's spec without rendering files (for tests that recompute measures from the spec). */
export function generateSpec(options: Pick<GenerateOptions, 'persona' | 'seed' | 'scale'>) {
  const name = options.persona ?? 'broadcaster';
  const build = personas[name];
  if (!build) throw new Error(`unknown persona "${name}"`);
  return build(createRng(`${name}:${String(options.seed)}`), options.scale ?? 1);
}
