/**
 * The boundaries check's detectors. Each rule is defined by a regular expression; each detector
 * finds the same first match as its expression, but runs the expression only where a match can
 * start. The Unicode expressions test every position of a text, and an X archive holds 600,000
 * posts (100 million characters): run bare, they took most of a minute. Tests compare every
 * detector with its bare expression on generated texts.
 */

// The lookbehinds let a match start only where a run of name characters starts: with `\b` or no
// anchor, a long run without the awaited `@` or suffix is rescanned from every position (quadratic).
export const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/u;
// Nine or more digits with the usual separators, optionally with a country code: not years or counts.
export const PHONE = /(?<![\p{L}\p{N}])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){1,4}(?![\p{L}\p{N}])/u;
export const STREET =
  /\b\d{1,5}[a-z]?\s+(?:[A-Z][\p{L}'-]+\s+){1,3}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Way|Place|Pl\.?|Court|Ct\.?|Square|Sq\.?|Terrace|Crescent|Close)\b|(?<![\p{L}-])[\p{L}-]+(?:straße|strasse|weg|gasse|platz)\s+\d{1,4}[a-z]?\b/iu;
export const JOB_POST = /\b(?:we(?:'|’)re hiring|we are hiring|now hiring|join (?:our|my) team|job opening|open (?:role|position)|vacanc(?:y|ies)|apply (?:now|here|today))\b/i;

const LOCAL_CHAR = /^[\p{L}\p{N}._%+-]$/u;
/** EMAIL without its lookbehind, tried at one position (sticky). */
const EMAIL_AT = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/uy;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** The length in code units (0, 1 or 2) of the local-part character that ends just before `end`. */
function localCharBefore(text: string, end: number): number {
  if (end <= 0) return 0;
  const c = text.charCodeAt(end - 1);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45 ? 1 : 0;
  if (isLow(c) && end >= 2 && isHigh(text.charCodeAt(end - 2))) return LOCAL_CHAR.test(text.slice(end - 2, end)) ? 2 : 0;
  return LOCAL_CHAR.test(text[end - 1] ?? '') ? 1 : 0;
}

/**
 * The first e-mail address: every match has a local-part character right before an `@`, so only
 * those `@`s are tried, from the start of the run of local-part characters before them. @-mentions
 * (a space before the `@`) cost one character test each.
 */
export function findEmail(text: string): RegExpExecArray | null {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    // Walking back stops at the previous `@` (not a local-part character), so each character is walked once.
    let start = at;
    for (let n = localCharBefore(text, start); n > 0; n = localCharBefore(text, start)) start -= n;
    if (start === at) continue;
    EMAIL_AT.lastIndex = start;
    const m = EMAIL_AT.exec(text);
    if (m) return m;
  }
  return null;
}

/** Every PHONE match holds two to five digits, a separator and two more digits. */
const PHONE_HINT = /\d{2}[\s.-]\d{2}/;

/** The first phone-number candidate, or null when the text cannot hold one with nine digits. */
export function findPhone(text: string): RegExpExecArray | null {
  if (!PHONE_HINT.test(text) || countDigits(text) < 9) return null;
  return PHONE.exec(text);
}

/** Every English STREET match has digits, an optional letter, then white space; every German one a suffix then digits. */
const STREET_HINT = /\d[a-z]?\s/iu;
const GERMAN_SUFFIXES = ['straße', 'strasse', 'weg', 'gasse', 'platz'];

const DIGIT = /\d/;

/** The first street-address candidate; `lower` is `text` lower-cased. */
export function findStreet(text: string, lower: string): RegExpExecArray | null {
  if (!STREET_HINT.test(text) && !(DIGIT.test(text) && GERMAN_SUFFIXES.some((s) => lower.includes(s)))) return null;
  return STREET.exec(text);
}

/**
 * Every JOB_POST match contains one of these, lower-cased (the expression's spaces are single
 * spaces). One case-sensitive expression without Unicode classes scans a text far faster than
 * JOB_POST's case-insensitive one, or eleven `includes`.
 */
const JOB_HINT = /re hiring|now hiring|join (?:our|my) team|job opening|open (?:role|position)|vacanc|apply (?:now|here|today)/;

/** The first job-post phrase; `lower` is `text` lower-cased. */
export function findJobPost(text: string, lower: string): RegExpExecArray | null {
  return JOB_HINT.test(lower) ? JOB_POST.exec(text) : null;
}

/** ASCII digits in `text`. */
export function countDigits(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

const WORD_CHAR = /^[\p{L}\p{M}'’-]$/u;
/** Per UTF-16 code unit below 0x10000: 1 a word character, 0 not, −1 not yet known. */
let wordTable: Int8Array | undefined;

/** The length in code units (0, 1 or 2) of the name character at `i`: letters, marks, apostrophes, hyphens. */
function wordCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45 ? 1 : 0;
  if (isHigh(c)) return i + 1 < text.length && isLow(text.charCodeAt(i + 1)) && WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  wordTable ??= new Int8Array(0x10000).fill(-1);
  let known = wordTable[c] ?? -1;
  if (known === -1) {
    known = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 0;
    wordTable[c] = known;
  }
  return known;
}

/** FNV-1a over UTF-16 code units: a word's number, computed while scanning, without building its string. */
function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const hashesOf = new WeakMap<ReadonlySet<string>, Set<number>>();

/** Word boundaries of the text being scanned, as [start, end) pairs: reused between calls. */
let bounds = new Int32Array(1024);

/**
 * Every run of two to four consecutive words of a lower-cased text that starts with one of
 * `firstWords`: the candidates for a full name (words as `[\p{L}\p{M}'’-]+` finds them). Only
 * runs that can begin a contact's name are built: an archive holds tens of millions of words and
 * a few thousand names, so each word is first compared by its hash, and only a hit builds strings.
 */
export function namesIn(lower: string, firstWords: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  if (firstWords.size === 0) return out;
  let hashes = hashesOf.get(firstWords);
  if (!hashes) {
    hashes = new Set([...firstWords].map((w) => hashRange(w, 0, w.length)));
    hashesOf.set(firstWords, hashes);
  }
  // One pass: each word's bounds and hash (FNV-1a, as hashRange), three numbers a word.
  let count = 0;
  const length = lower.length;
  for (let i = 0; i < length; ) {
    let n = wordCharLength(lower, i);
    if (n === 0) {
      i += 1;
      continue;
    }
    const start = i;
    let h = 0x811c9dc5;
    while (n > 0) {
      for (let k = 0; k < n; k++) h = Math.imul(h ^ lower.charCodeAt(i + k), 0x01000193);
      i += n;
      n = i < length ? wordCharLength(lower, i) : 0;
    }
    if (3 * count + 3 > bounds.length) {
      const grown = new Int32Array(bounds.length * 2);
      grown.set(bounds);
      bounds = grown;
    }
    bounds[3 * count] = start;
    bounds[3 * count + 1] = i;
    bounds[3 * count + 2] = h;
    count += 1;
  }
  for (let w = 0; w + 1 < count; w++) {
    if (!hashes.has((bounds[3 * w + 2] ?? 0) >>> 0)) continue;
    let key = lower.slice(bounds[3 * w] ?? 0, bounds[3 * w + 1] ?? 0);
    if (!firstWords.has(key)) continue;
    for (let n = 2; n <= 4 && w + n - 1 < count; n++) {
      const k = w + n - 1;
      key += ` ${lower.slice(bounds[3 * k] ?? 0, bounds[3 * k + 1] ?? 0)}`;
      out.add(key);
    }
  }
  return out;
}
