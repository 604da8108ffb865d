/** `flipside sample`: write a synthetic persona's export archive in the platforms' exact format. */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { generateSample, personaNames } from '../../sample/generate.ts';
import { writeFolder, writeZip } from '../../node/write-zip.ts';
import { UserError, ExitCode } from '../../diagnostics/errors.ts';

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
  if (!personaNames.includes(opts.persona)) {
    throw new UserError(`--persona ${opts.persona}: unknown persona (choose one of: ${personaNames.join(', ')})`, ExitCode.usage);
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
