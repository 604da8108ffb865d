/** The tokeniser of CODEBOOK §1.5 shared by every lexical measure. */

// URLs first, so a handle or hashtag inside a URL goes with it.
const URL_RE = /\b(?:https?:\/\/|www\.)\S+/giu;
const HANDLE_RE = /(?<![\p{L}\p{N}_])@[\p{L}\p{N}_.-]+/gu;
const HASHTAG_RE = /(?<![\p{L}\p{N}_&])#[\p{L}\p{N}_]+/gu;
// A word is letters (with their combining marks), optionally joined by inner apostrophes: "don't", "o'brien".
const WORD_RE = /\p{L}[\p{L}\p{M}]*(?:'\p{L}[\p{L}\p{M}]*)*/gu;

/** Text with URLs, @handles and #hashtags removed (each replaced by a space). */
export function stripNonWords(text: string): string {
  return text.replace(URL_RE, ' ').replace(HANDLE_RE, ' ').replace(HASHTAG_RE, ' ');
}

/** Lower-cased word tokens of `text`: Unicode letter sequences, apostrophes kept inside words, URLs/@handles/#hashtags removed. */
export function tokenize(text: string): string[] {
  // Curly apostrophes are how most phone keyboards type "'"; treat them as the same character.
  const clean = stripNonWords(text.normalize('NFC').replace(/[\u2019\u02BC]/gu, "'"));
  return (clean.match(WORD_RE) ?? []).map((w) => w.toLowerCase());
}

/** True when `text` @-mentions someone: an `@` followed by a letter, not inside a word or e-mail address. */
export function hasMention(text: string): boolean {
  return /(?<![\p{L}\p{N}_.])@\p{L}/u.test(text);
}
