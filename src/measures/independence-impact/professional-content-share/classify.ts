/** The work-related post classifier of CODEBOOK T4.5: profile terms plus a small work lexicon [D]. */
import type { Profile } from '../../../model/types.ts';
import { tokenize } from '../../_lib/text.ts';

/** CODEBOOK T4.5 work lexicon [D]; a word also matches with a plural "s" ("clients", "talks"). */
export const WORK_WORDS: readonly string[] = ['project', 'client', 'team', 'research', 'launch', 'hiring', 'lesson', 'talk', 'paper', 'release'];

/** A compiled set of terms: single words and multi-word phrases, each as lower-case tokens. */
export interface WorkTerms {
  /** Term label by token sequence start: candidate phrases beginning with that token. */
  readonly byFirst: ReadonlyMap<string, readonly (readonly string[])[]>;
}

/** Terms from the user's profiles (skills, position titles, employers) and the work lexicon. */
export function workTerms(profiles: readonly Profile[]): WorkTerms {
  const phrases: string[][] = [];
  const seen = new Set<string>();
  const add = (tokens: string[]): void => {
    const key = tokens.join(' ');
    if (tokens.length === 0 || seen.has(key)) return;
    seen.add(key);
    phrases.push(tokens);
  };
  for (const w of WORK_WORDS) {
    add([w]);
    add([`${w}s`]);
  }
  for (const p of profiles) {
    for (const s of p.skills) add(tokenize(s));
    for (const pos of p.positions) {
      add(tokenize(pos.title));
      add(tokenize(pos.organisation));
    }
  }
  const byFirst = new Map<string, string[][]>();
  for (const ph of phrases) {
    const first = ph[0] ?? '';
    const list = byFirst.get(first);
    if (list) list.push(ph);
    else byFirst.set(first, [ph]);
  }
  return { byFirst };
}

/** The first term found in `tokens` (as words joined by spaces), or undefined when the post is not work-related. */
export function matchWorkTerm(tokens: readonly string[], terms: WorkTerms): string | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const candidates = terms.byFirst.get(tokens[i] ?? '');
    if (!candidates) continue;
    for (const ph of candidates) {
      let ok = i + ph.length <= tokens.length;
      for (let j = 1; ok && j < ph.length; j++) ok = tokens[i + j] === ph[j];
      if (ok) return ph.join(' ');
    }
  }
  return undefined;
}
