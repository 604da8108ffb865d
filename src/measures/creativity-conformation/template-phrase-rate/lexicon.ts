/** The formula lexicon F of CODEBOOK T3.2 and its matcher. */

/**
 * Stock post formulas (CODEBOOK T3.2). "honoured to" is added as the British spelling of
 * "honored to", the same allowance the buzzword lexicon makes (T3.1).
 */
export const TEMPLATE_PHRASES: readonly string[] = [
  "i'm happy to share that i'm starting a new position",
  'happy to share',
  'thrilled to announce',
  'excited to announce',
  'excited to share',
  'pleased to announce',
  'proud to announce',
  'humbled',
  'honored to',
  'honoured to',
  'new chapter',
  'delighted to',
];

/**
 * LinkedIn's prompted wording for job-change posts, reported separately: widely described in
 * commentary as the default text of the "share that you're starting a new position" prompt [S].
 */
export const NEW_POSITION_PHRASE = 'starting a new position';

/** Lower case, straight apostrophes, single spaces: the form phrases are matched in. */
export function normaliseForPhrases(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019\u02BC]/gu, "'").replace(/\s+/gu, ' ');
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
// Whole words only: "humbled" must not match inside "unhumbled", "new chapter" not inside "renew chapter".
const ANY = new RegExp(`(?<!\\p{L})(?:${TEMPLATE_PHRASES.map(escape).join('|')})(?!\\p{L})`, 'u');
const EACH = TEMPLATE_PHRASES.map((p) => [p, new RegExp(`(?<!\\p{L})${escape(p)}(?!\\p{L})`, 'u')] as const);
const NEW_POSITION = new RegExp(`(?<!\\p{L})${escape(NEW_POSITION_PHRASE)}(?!\\p{L})`, 'u');

/** True when the text uses any stock formula. */
export function usesTemplate(text: string): boolean {
  return ANY.test(normaliseForPhrases(text));
}

/** True when the text uses the job-change prompt's wording. */
export function usesNewPositionFormula(text: string): boolean {
  return NEW_POSITION.test(normaliseForPhrases(text));
}

/** The formulas a text uses, in lexicon order. */
export function templatesIn(text: string): string[] {
  const t = normaliseForPhrases(text);
  // One combined test settles most posts; only matching ones are checked phrase by phrase.
  if (!ANY.test(t)) return [];
  return EACH.filter(([, re]) => re.test(t)).map(([p]) => p);
}
