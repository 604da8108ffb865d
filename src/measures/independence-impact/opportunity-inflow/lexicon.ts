/**
 * Opportunity lexicon O of CODEBOOK T4.2 [D]. Every entry matches at the start of a word
 * (case-insensitive), so "role" also matches "roles" and "job" matches "jobs"; a trailing * in the
 * CODEBOOK marks the stems that were meant as prefixes, and the rest are prefixes too by the
 * measure contract's "word-start match".
 */
export const OPPORTUNITY_TERMS: readonly string[] = [
  'role',
  'position',
  'opportunit',
  'opening',
  'vacanc',
  'hiring',
  'recruit',
  'interview',
  'job',
  'contract',
  'freelance',
  'consult',
  'speak at',
  'panel',
  'podcast',
  'collaborat',
  'partner',
  'advis',
  'board',
  'introduc',
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const OPPORTUNITY_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${OPPORTUNITY_TERMS.map((t) => escape(t).replace(/ /g, '\\s+')).join('|')})`, 'iu');

/** True when `text` contains an opportunity term at the start of a word. */
export function mentionsOpportunity(text: string): boolean {
  return OPPORTUNITY_RE.test(text);
}
