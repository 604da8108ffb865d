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
