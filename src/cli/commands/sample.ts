/** `flipside sample`: write a synthetic persona's export archive in the platforms' exact format. */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { generateSample, personaNames } from '../../sample/generate.ts';
import { writeFolder, writeZip } from '../../node/write-zip.ts';
import { UserError, ExitCode } from '../../diagnostics/errors.ts';
import { sixPlatformArchives } from '../../sample/multi/index.ts';
import { writeFile } from 'node:fs/promises';

/** The persona whose exports span all six platforms, with people planted on several of them. */
export const SIX_PLATFORMS = 'six-platforms';

export interface SampleOptions {
  readonly persona: string;
  readonly seed: number;
  readonly scale: number;
  readonly out: string;
  readonly vintage?: string;
  readonly folder: boolean;
}

/** Generates the persona and writes it as a zip (or an unpacked folder); returns the path written. */
export async function sampleCommand(opts: SampleOptions): Promise<{ path: string; exportDate: number; planted: Record<string, unknown> }> {
  if (opts.persona === SIX_PLATFORMS) return sixPlatforms(opts);
  if (!personaNames.includes(opts.persona)) {
    throw new UserError(`--persona ${opts.persona}: unknown persona (choose one of: ${[...personaNames, SIX_PLATFORMS].join(', ')})`, ExitCode.usage);
  }
  if (!Number.isInteger(opts.seed)) throw new UserError(`--seed must be a whole number`, ExitCode.usage);
  if (!(opts.scale > 0)) throw new UserError(`--scale must be a positive number`, ExitCode.usage);
  const vintage = opts.vintage as '2018' | '2022' | '2024' | undefined;
  if (vintage !== undefined && !['2018', '2022', '2024'].includes(vintage)) {
    throw new UserError(`--vintage ${opts.vintage}: choose 2018, 2022 or 2024`, ExitCode.usage);
  }
  const sample = generateSample({ persona: opts.persona, seed: opts.seed, scale: opts.scale, ...(vintage ? { vintage } : {}) });
  const outDir = resolve(opts.out);
  await mkdir(outDir, { recursive: true });
  if (opts.folder) {
    const dir = join(outDir, sample.archiveName.replace(/\.zip$/, ''));
    await writeFolder(sample.files, dir);
    return { path: dir, exportDate: sample.exportDate, planted: sample.planted };
  }
  const file = join(outDir, sample.archiveName);
  await writeZip(sample.files, file);
  return { path: file, exportDate: sample.exportDate, planted: sample.planted };
}

/** Writes one archive per platform into `out` (the Bluesky repository as a bare CAR file, as Bluesky exports it). */
async function sixPlatforms(opts: SampleOptions): Promise<{ path: string; exportDate: number; planted: Record<string, unknown> }> {
  if (!Number.isInteger(opts.seed)) throw new UserError(`--seed must be a whole number`, ExitCode.usage);
  const archives = sixPlatformArchives(opts.seed);
  const outDir = resolve(opts.out);
  await mkdir(outDir, { recursive: true });
  const paths: string[] = [];
  for (const a of archives) {
    const path = join(outDir, a.name);
    if (a.platform === 'bluesky' && a.files.length === 1) await writeFile(path, a.files[0]!.bytes);
    else if (opts.folder) await writeFolder(a.files, path.replace(/\.zip$/, ''));
    else await writeZip(a.files, path);
    paths.push(path);
  }
  return { path: paths.join('\n'), exportDate: NaN, planted: {} };
}
