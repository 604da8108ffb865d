/**
 * The benchmark's three scales, generated once and cached under bench/.cache/<scale>-v<version>/:
 * - small: the six-platform persona of src/sample/multi as generated today (one archive per platform);
 * - large: the LinkedIn broadcaster at BENCH_SCALE (≥ 200k messages, 30k connections, 100k reactions);
 * - huge: an X archive whose data/tweets.js is ONE entry over 600 MB (streamed, see huge-x.ts)
 *   plus the LinkedIn broadcaster at a larger scale: ≥ 1 GB of text and ≥ 1M ledger events.
 * A cached scale is reused when its composition.json (written last) exists.
 */
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MemoryFile } from '../src/archive/memory.ts';
import { writeZip } from '../src/node/write-zip.ts';
import { BENCH_SCALE, generateSample } from '../src/sample/generate.ts';
import { generateSixPlatformSample } from '../src/sample/multi/index.ts';
import { writeHugeXArchive, type HugeXOptions } from './huge-x.ts';

/** Bump when a generator's output changes, so stale caches are not reused. */
export const GENERATOR_VERSION = 4;

export const SCALE_NAMES = ['small', 'large', 'huge'] as const;
export type ScaleName = (typeof SCALE_NAMES)[number];

/**
 * The huge scale: the X archive (tweets.js ≈ 870 MB as ONE entry at ~1.32 kB per tweet element,
 * ~750k events with likes and DMs) plus the LinkedIn broadcaster at scale 40 (~106 MB, ~450k
 * events): ≈ 1.02 GB and ≈ 1.2M ledger events, just past the floors (≥ 1 GB, ≥ 1M events),
 * since the audit's memory grows with events (~600 B each in the ledger), not with entry size.
 */
export const HUGE_X: HugeXOptions = { seed: 'huge', tweets: 660_000, likes: 60_000, followers: 40_000, following: 4_000, conversations: 600, messagesPerConversation: 50 };
export const HUGE_LINKEDIN_SCALE = 40;

export interface ArchiveInfo {
  readonly file: string;
  readonly platform: string;
  readonly zipBytes: number;
  /** Uncompressed bytes per entry. */
  readonly entries: Record<string, number>;
}

export interface Composition {
  readonly scale: ScaleName;
  readonly version: number;
  readonly archives: ArchiveInfo[];
  /** Uncompressed bytes of every entry of every archive. */
  readonly bytes: number;
  readonly zipBytes: number;
  /** How long generation took when this cache was made. */
  readonly generatedMs: number;
  readonly notes: string;
}

export interface PreparedScale {
  readonly composition: Composition;
  readonly archives: string[];
  /** Set when this call generated the archives (not read from the cache). */
  readonly generatedMs?: number;
}

const sizes = (files: readonly MemoryFile[]) => Object.fromEntries(files.map((f) => [f.path, f.bytes.length]));

/** Writes a memory archive as a zip (or the bare CAR Bluesky gives) and describes it. */
async function writeArchive(dir: string, name: string, platform: string, files: readonly MemoryFile[]): Promise<ArchiveInfo> {
  const file = join(dir, name);
  if (platform === 'bluesky' && files.length === 1) await writeFile(file, files[0]!.bytes);
  else await writeZip(files, file);
  return { file, platform, zipBytes: (await stat(file)).size, entries: sizes(files) };
}

/** Generates one scale's archives into `dir`. */
async function generate(scale: ScaleName, dir: string): Promise<{ archives: ArchiveInfo[]; notes: string }> {
  if (scale === 'small') {
    const sample = generateSixPlatformSample({ seed: 7 });
    const archives: ArchiveInfo[] = [];
    for (const a of sample.archives) archives.push(await writeArchive(dir, a.name, a.platform, a.files));
    return { archives, notes: 'six-platform persona, seed 7, scale 1' };
  }
  if (scale === 'large') {
    const s = generateSample({ persona: 'broadcaster', seed: 7, scale: BENCH_SCALE });
    return { archives: [await writeArchive(dir, s.archiveName, 'linkedin', s.files)], notes: `LinkedIn broadcaster, seed 7, scale ${BENCH_SCALE}` };
  }
  const xFile = join(dir, 'twitter-2026-11-20-bench-huge.zip');
  const written = await writeHugeXArchive(HUGE_X, xFile);
  const x: ArchiveInfo = { file: xFile, platform: 'x', zipBytes: (await stat(xFile)).size, entries: written.entries };
  const s = generateSample({ persona: 'broadcaster', seed: 7, scale: HUGE_LINKEDIN_SCALE });
  const li = await writeArchive(dir, s.archiveName, 'linkedin', s.files);
  return { archives: [x, li], notes: `X archive ${JSON.stringify(HUGE_X)} + LinkedIn broadcaster, seed 7, scale ${HUGE_LINKEDIN_SCALE}` };
}

/** The scale's archives, from the cache or freshly generated. */
export async function prepareScale(scale: ScaleName, cacheRoot = 'bench/.cache'): Promise<PreparedScale> {
  const dir = join(cacheRoot, `${scale}-v${GENERATOR_VERSION}`);
  const marker = join(dir, 'composition.json');
  try {
    const composition = JSON.parse(await readFile(marker, 'utf8')) as Composition;
    return { composition, archives: composition.archives.map((a) => a.file) };
  } catch {
    // Not cached (or a half-written cache): generate afresh.
  }
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const t0 = performance.now();
  const { archives, notes } = await generate(scale, dir);
  const generatedMs = performance.now() - t0;
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const composition: Composition = {
    scale,
    version: GENERATOR_VERSION,
    archives,
    bytes: sum(archives.map((a) => sum(Object.values(a.entries)))),
    zipBytes: sum(archives.map((a) => a.zipBytes)),
    generatedMs,
    notes,
  };
  await writeFile(marker, `${JSON.stringify(composition, null, 2)}\n`);
  return { composition, archives: archives.map((a) => a.file), generatedMs };
}
