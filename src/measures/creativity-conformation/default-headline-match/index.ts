/** T3.3 `default_headline_match`: is your headline just your current job title? */
import { defineMeasure, insufficient } from '../../measure.ts';
import type { Position } from '../../../model/types.ts';
import { tokenize } from '../../_lib/text.ts';

/** Similarity at or above which the headline counts as the default [D]. */
export const MATCH_THRESHOLD = 0.9;

/** Token-set Jaccard similarity; 0 when both sets are empty. */
export function jaccard(a: readonly string[], b: readonly string[]): number {
  const A = new Set(a);
  const B = new Set(b);
  let inter = 0;
  for (const x of A) if (B.has(x)) inter += 1;
  const union = A.size + B.size - inter;
  return union === 0 ? 0 : inter / union;
}

/** The current position: no finishedOn, latest startedOn (undated starts sort first); ties keep file order. */
export function currentPosition(positions: readonly Position[]): Position | undefined {
  let best: Position | undefined;
  for (const p of positions) {
    if (p.finishedOn !== undefined && p.finishedOn.trim() !== '') continue;
    if (!best || (p.startedOn ?? '') > (best.startedOn ?? '')) best = p;
  }
  return best;
}

/** The headline candidates LinkedIn-style defaults produce from a position. */
export function candidates(p: Position): string[] {
  return [`${p.title} at ${p.organisation}`, `${p.title} @ ${p.organisation}`, `${p.title} | ${p.organisation}`, p.title];
}

export const defaultHeadlineMatch = defineMeasure({
  meta: {
    id: 'default_headline_match',
    codebook: 'T3.3',
    tension: 'creativity-conformation',
    side: 'conformation',
    title: 'Is your headline just your job title?',
    definition: 'The highest word-set (Jaccard) similarity between your headline and "{title} at {company}", "{title} @ {company}", "{title} | {company}" or the title alone, for your current position. 1 when it is at least 0.9, else 0.',
    unit: 'binary',
    window: 'profile as exported',
    minimum: 'a headline and a current position (one with no end date)',
    requires: ['profile', 'positions'],
    platforms: ['linkedin'],
    references: [
      { claim: "Facebook's and LinkedIn's interfaces script self-presentation, imposing \"connectivity and narrative\" principles.", source: 'van Dijck (2013)', evidence: 'V' },
      { claim: "LinkedIn pre-fills the headline from the current position.", source: 'widely reported', evidence: 'U' },
    ],
    caveat: 'Whether it is a deliberate choice. A plain title can be confident understatement.',
    question: "What should a stranger learn in your first seven words that your job title doesn't say?",
  },
  compute(ctx) {
    const profile = ctx.ledger.profiles.find((p) => p.headline !== undefined && p.headline.trim() !== '');
    if (!profile?.headline) return insufficient(0, 1, 'headlines');
    const current = currentPosition(profile.positions.length > 0 ? profile.positions : ctx.ledger.profiles.flatMap((p) => p.positions));
    if (!current) return insufficient(0, 1, 'current positions (with no end date)');
    const head = tokenize(profile.headline);
    const similarity = Math.max(...candidates(current).map((c) => jaccard(head, tokenize(c))));
    return {
      status: 'ok',
      value: similarity >= MATCH_THRESHOLD ? 1 : 0,
      display: similarity >= MATCH_THRESHOLD ? 'yes' : 'no',
      parts: { similarity },
    };
  },
});
