/** The self-promotion classifier of CODEBOOK T5.5 [D], over the §1.5 word tokens of a post. */

/** First-person singular forms looked for in a post's opening (CODEBOOK T5.5). */
export const FIRST_PERSON: ReadonlySet<string> = new Set(['i', "i'm", "i've", 'my', 'me']);
/** How many opening tokens may hold the first-person form [D]. */
export const OPENING_TOKENS = 15;
/** Achievement cues written with * in the CODEBOOK: any word starting with them. */
export const CUE_STEMS: readonly string[] = ['award', 'promot', 'certif', 'launch'];
/** Whole-word cues; "honou?red" is both spellings. */
export const CUE_WORDS: ReadonlySet<string> = new Set(['proud', 'thrilled', 'milestone', 'featured', 'honoured', 'honored']);
/** Multi-word cues, as token sequences. */
export const CUE_PHRASES: readonly (readonly string[])[] = [
  ['new', 'role'],
  ['new', 'position'],
  ['excited', 'to', 'share'],
  ['excited', 'to', 'announce'],
  ['speaking', 'at'],
];

/** True when a first-person singular form appears among the first 15 tokens. */
export function opensInFirstPerson(tokens: readonly string[]): boolean {
  const n = Math.min(tokens.length, OPENING_TOKENS);
  for (let i = 0; i < n; i++) if (FIRST_PERSON.has(tokens[i] ?? '')) return true;
  return false;
}

/** True when the tokens hold an achievement cue anywhere. */
export function hasAchievementCue(tokens: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    if (CUE_WORDS.has(t)) return true;
    for (const s of CUE_STEMS) if (t.startsWith(s)) return true;
    for (const ph of CUE_PHRASES) {
      if (ph[0] !== t) continue;
      let ok = i + ph.length <= tokens.length;
      for (let j = 1; ok && j < ph.length; j++) ok = tokens[i + j] === ph[j];
      if (ok) return true;
    }
  }
  return false;
}

/** A self-promotion announcement: first person in the opening and an achievement cue (both, CODEBOOK T5.5). */
export function isSelfPromotion(tokens: readonly string[]): boolean {
  return opensInFirstPerson(tokens) && hasAchievementCue(tokens);
}
