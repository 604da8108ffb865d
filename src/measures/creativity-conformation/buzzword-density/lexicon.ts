/**
 * Lexicon B of CODEBOOK T3.1: the union of LinkedIn's "most overused" profile-word lists as reported
 * in the press [S]. No primary LinkedIn page was retrieved. Entries are token sequences (our
 * tokeniser splits "results-oriented" into two tokens); spelling variants share one label.
 */

export interface Buzzword {
  /** Display form, e.g. "specialised / specialized". */
  readonly label: string;
  /** Token sequences that count as this buzzword. */
  readonly forms: readonly (readonly string[])[];
}

const w = (label: string, ...forms: string[]): Buzzword => ({ label, forms: (forms.length > 0 ? forms : [label]).map((f) => f.split(' ')) });

export const BUZZWORDS: readonly Buzzword[] = [
  // 2010 (global) [S]: extensive experience, innovative, motivated, results-oriented, dynamic,
  // proven track record, team player, fast-paced, problem solver, entrepreneurial.
  w('extensive experience'),
  w('innovative'),
  w('motivated'),
  w('results-oriented', 'results oriented'),
  w('dynamic'),
  w('proven track record'),
  w('team player'),
  w('fast-paced', 'fast paced'),
  w('problem solver'),
  w('entrepreneurial'),
  // 2013 (global) [S]: responsible, strategic, creative, effective, patient, expert, organizational,
  // driven (one source says "motivated"), innovative, analytical.
  w('responsible'),
  w('strategic'),
  w('creative'),
  w('effective'),
  w('patient'),
  w('expert'),
  w('organisational / organizational', 'organisational', 'organizational'),
  w('driven'),
  w('analytical'),
  // About 2016 (global) [S]: specialized, leadership, passionate, strategic, experienced, focused,
  // expert, certified, creative, excellent.
  w('specialised / specialized', 'specialised', 'specialized'),
  w('leadership'),
  w('passionate'),
  w('experienced'),
  w('focused'),
  w('certified'),
  w('excellent'),
  // 2017 (Ireland; Silicon Republic, 13 Feb 2018) [S]: experienced, specialise, skilled, motivated,
  // leadership, excellent, passionate, focused, driven, expert.
  w('specialise / specialize', 'specialise', 'specialize'),
  w('skilled'),
  // HR professionals [S]: specialised, leadership, focused, strategic, experienced, expert,
  // passionate, responsible, multinational, track record.
  w('multinational'),
  w('track record'),
  // Australia (year unverified) [S]: creative, extensive experience, effective, track record,
  // motivated, innovative, communication skills, wide range, problem solving, dynamic.
  w('communication skills'),
  w('wide range'),
  w('problem solving'),
];

/** Longest form first, so "proven track record" wins over "track record" at the same position. */
const FORMS: readonly { readonly label: string; readonly tokens: readonly string[] }[] = BUZZWORDS.flatMap((b) => b.forms.map((tokens) => ({ label: b.label, tokens }))).sort(
  (a, b) => b.tokens.length - a.tokens.length,
);

/** Forms by their first token, longest first as in FORMS: only these can match where that token stands. */
const BY_FIRST_TOKEN: ReadonlyMap<string, readonly (typeof FORMS)[number][]> = FORMS.reduce((m, f) => {
  const first = f.tokens[0] ?? '';
  m.set(first, [...(m.get(first) ?? []), f]);
  return m;
}, new Map<string, (typeof FORMS)[number][]>());

/**
 * Buzzword matches in a token list: phrases match as contiguous tokens, longest first; each
 * occurrence counts once and tokens inside a matched phrase are not matched again.
 */
export function matchBuzzwords(tokens: readonly string[]): string[] {
  const found: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const hit = BY_FIRST_TOKEN.get(tokens[i] ?? '')?.find((f) => f.tokens.every((t, k) => tokens[i + k] === t));
    if (hit) {
      found.push(hit.label);
      i += hit.tokens.length;
    } else i += 1;
  }
  return found;
}
