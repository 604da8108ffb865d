/** Picks the importer for an archive from the registry by confidence. */
import type { Archive } from '../archive/types.ts';
import type { Importer, Recognition } from './importer.ts';

/** Below this an archive is not claimed by any importer. */
export const MIN_CONFIDENCE = 0.5;

export interface Match {
  readonly importer: Importer;
  readonly recognition: Recognition;
}

/** The best-scoring importer at or above MIN_CONFIDENCE, or undefined. Ties go to registry order. */
export function recognize(archive: Archive, registry: readonly Importer[]): Match | undefined {
  let best: Match | undefined;
  for (const importer of registry) {
    const recognition = importer.recognize(archive);
    if (recognition.confidence >= MIN_CONFIDENCE && (!best || recognition.confidence > best.recognition.confidence)) {
      best = { importer, recognition };
    }
  }
  return best;
}

/** How a part was assigned: by its own name (`instagram-…zip`), or by the one archive of its platform given beside it. */
export interface PartMatch extends Match {
  readonly by: { readonly name: string } | { readonly beside: string };
}

/**
 * For an archive no importer recognises: the importer that reads it as a part of a download
 * (`Importer.readsPart`). Meta names its downloads `<app>-<account>-<date>-<id>.zip`, so a part's own
 * name decides first (the archive's or its only top folder's); failing that, the one archive of a
 * candidate platform given beside it. `candidates` lists who could read it when neither decides.
 */
export function recognizePart(
  archive: Archive,
  registry: readonly Importer[],
  beside: readonly { readonly archive: Archive; readonly importer: Importer }[],
): { readonly match?: PartMatch; readonly candidates: readonly Importer[] } {
  const candidates = registry.filter((i) => i.readsPart?.(archive) === true);
  if (candidates.length === 0) return { candidates };
  const names = [archive.name.split(/[\\/]/).filter(Boolean).pop() ?? '', ...topFolders(archive)].map((n) => n.toLowerCase());
  const named = candidates.filter((i) => names.some((n) => n.startsWith(`${i.platform}-`)));
  const part = (importer: Importer, by: PartMatch['by']): PartMatch => ({ importer, recognition: { confidence: MIN_CONFIDENCE, evidence: ['a part of the download'] }, by });
  if (named.length === 1) return { match: part(named[0]!, { name: archive.name }), candidates };
  const siblings = candidates.flatMap((i) => beside.filter((b) => b.importer.platform === i.platform).map((b) => ({ importer: i, other: b.archive.name })));
  const platforms = new Set(siblings.map((s) => s.importer.platform));
  const only = siblings[0];
  if (platforms.size === 1 && only) return { match: part(only.importer, { beside: only.other }), candidates };
  return { candidates };
}

/** The archive's top folder when every entry sits under the same one. */
function topFolders(archive: Archive): string[] {
  const tops = new Set(archive.entries.map((e) => (e.path.includes('/') ? e.path.slice(0, e.path.indexOf('/')) : '')));
  return tops.size === 1 && !tops.has('') ? [...tops] : [];
}

/**
 * Scores an archive by which of a platform's known file names it holds: each `strong` name found
 * adds a lot, each `weak` one a little. Only the entry list is consulted, never file contents.
 */
export function scoreByNames(archive: Archive, strong: readonly string[], weak: readonly string[] = []): Recognition {
  const present = new Set(archive.entries.map((e) => (e.path.split('/').pop() ?? '').toLowerCase()));
  const evidence: string[] = [];
  let score = 0;
  const count = (names: readonly string[], weight: number) => {
    for (const n of names) {
      if (!present.has(n.toLowerCase())) continue;
      score += weight;
      evidence.push(n);
    }
  };
  count(strong, 0.5);
  count(weak, 0.1);
  return { confidence: Math.min(1, score), evidence };
}
