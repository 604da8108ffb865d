/** Organisation names normalised for comparison (CODEBOOK T1.6): lower case, no punctuation, no legal suffix. */

/** Legal-form suffixes stripped from the end of a name (CODEBOOK T1.6 list). */
export const LEGAL_SUFFIXES: ReadonlySet<string> = new Set(['inc', 'ltd', 'llc', 'gmbh', 'plc', 'corp', 'co']);

/**
 * Keys already computed. Tens of thousands of connections name a few thousand employers, and each
 * key costs a Unicode normalisation and a regex: remembering them makes the key a map lookup.
 * Bounded, so a long-lived process auditing many people does not grow it without end.
 */
const keys = new Map<string, string>();
const MAX_KEYS = 100_000;

/** The comparison key of an organisation name: '' when nothing but punctuation or a suffix is left. */
export function normaliseOrganisation(name: string): string {
  const hit = keys.get(name);
  if (hit !== undefined) return hit;
  const key = computeKey(name);
  if (keys.size >= MAX_KEYS) keys.clear();
  keys.set(name, key);
  return key;
}

function computeKey(name: string): string {
  const words = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
  // "Acme Co Ltd" loses both; the loop keeps going while the last word is a suffix.
  while (words.length > 0 && LEGAL_SUFFIXES.has(words[words.length - 1] ?? '')) words.pop();
  return words.join(' ');
}
