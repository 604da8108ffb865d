/**
 * Request cues of CODEBOOK T4.3 [D]: could you, would you, can you, advice, introduc*, refer*,
 * feedback, "thoughts on", coffee, chat, call. Entries with * are word-start prefixes; the others
 * are whole words or phrases. Matched case-insensitively.
 */
export const REQUEST_PREFIXES: readonly string[] = ['introduc', 'refer'];
export const REQUEST_WORDS: readonly string[] = ['could you', 'would you', 'can you', 'advice', 'feedback', 'thoughts on', 'coffee', 'chat', 'call'];

const phrase = (s: string): string => s.replace(/ /g, '\\s+');
const REQUEST_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${REQUEST_PREFIXES.join('|')})|(?:${REQUEST_WORDS.map(phrase).join('|')})(?![\\p{L}\\p{N}]))`,
  'iu',
);

/** True when `text` is an ask: it holds a "?" and a request cue (CODEBOOK T4.3). */
export function isAsk(text: string): boolean {
  return text.includes('?') && REQUEST_RE.test(text);
}
