/** The tokeniser of CODEBOOK §1.5 shared by every lexical measure. */

// URLs first, so a handle or hashtag inside a URL goes with it.
const URL_RE = /\b(?:https?:\/\/|www\.)\S+/giu;
const HANDLE_RE = /(?<![\p{L}\p{N}_])@[\p{L}\p{N}_.-]+/gu;
const HASHTAG_RE = /(?<![\p{L}\p{N}_&])#[\p{L}\p{N}_]+/gu;
// A word is letters (with their combining marks), optionally joined by inner apostrophes: "don't", "o'brien".
const WORD_RE = /\p{L}[\p{L}\p{M}]*(?:'\p{L}[\p{L}\p{M}]*)*/gu;

/** Text with URLs, @handles and #hashtags removed (each replaced by a space). */
export function stripNonWords(text: string): string {
  // Each expression runs only on texts that hold what its every match starts with: most posts have
  // no link, handle or hashtag, and these Unicode expressions otherwise test every position.
  let out = URL_HINT.test(text) ? text.replace(URL_RE, ' ') : text;
  if (out.includes('@')) out = out.replace(HANDLE_RE, ' ');
  if (out.includes('#')) out = out.replace(HASHTAG_RE, ' ');
  return out;
}

/** Every URL_RE match contains one of these (case-insensitively). */
const URL_HINT = /:\/\/|www\./i;

/**
 * Only this many characters of one text are tokenised. No platform allows a longer post (Facebook's
 * limit, 63,206, is the highest), but a hostile archive can hold a 10 MB "word", and WORD_RE over a
 * run that long overflows V8's regexp backtracking stack (RangeError: Maximum call stack size exceeded).
 */
export const MAX_TOKENIZED_CHARS = 65_536;

/** Lower-cased word tokens of `text`: Unicode letter sequences, apostrophes kept inside words, URLs/@handles/#hashtags removed. */
export function tokenize(text: string): string[] {
  const bounded = text.length > MAX_TOKENIZED_CHARS ? text.slice(0, MAX_TOKENIZED_CHARS) : text;
  // Curly apostrophes are how most phone keyboards type "'"; treat them as the same character.
  const normal = bounded.normalize('NFC');
  const clean = stripNonWords(normal.includes('\u2019') || normal.includes('\u02BC') ? normal.replace(/[\u2019\u02BC]/gu, "'") : normal);
  return (clean.match(WORD_RE) ?? []).map((w) => w.toLowerCase());
}

/** True when `text` @-mentions someone: an `@` followed by a letter, not inside a word or e-mail address. */
export function hasMention(text: string): boolean {
  return /(?<![\p{L}\p{N}_.])@\p{L}/u.test(text);
}
