/** Event vocabulary of CODEBOOK §1.3: which kinds are composed (authored text) and which are one-click. */
import type { EventKind, LedgerEvent } from './types.ts';

const COMPOSED: ReadonlySet<EventKind> = new Set(['message', 'post', 'comment', 'reply', 'recommendation']);
const ONE_CLICK: ReadonlySet<EventKind> = new Set(['reaction', 'endorsement', 'follow', 'vote']);

/** A composed event is an authored text unit of at least one word. A post or message with no text is not composed. */
export function isComposed(e: LedgerEvent): boolean {
  if (!COMPOSED.has(e.kind)) return false;
  // Recommendations are composed by definition even when the export omits the text.
  if (e.kind === 'recommendation') return true;
  return e.text !== undefined && hasWordChar(e.text);
}

const LETTER_OR_DIGIT = /\p{L}|\p{N}/u;

/**
 * True when `text` holds a Unicode letter or digit. Most texts start with an ASCII letter or digit,
 * so a char-code check settles them without the Unicode regex (it runs once per message).
 */
function hasWordChar(text: string): boolean {
  const n = text.length < 16 ? text.length : 16;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Lower-casing ASCII letters: setting bit 0x20 maps A–Z onto a–z.
    if ((c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122)) return true;
    if (c >= 128) break;
  }
  return LETTER_OR_DIGIT.test(text);
}

/** One-click: likes, reactions, endorsements, follows, votes, and reposts without added text. */
export function isOneClick(e: LedgerEvent): boolean {
  if (ONE_CLICK.has(e.kind)) return true;
  return e.kind === 'repost' && (e.text === undefined || !/\p{L}/u.test(e.text));
}

/** Messages in threads of three or more participants are group messages (never "intimate", CODEBOOK §1.3). */
export function isGroupMessage(e: LedgerEvent): boolean {
  return e.kind === 'message' && (e.participants ?? 2) > 2;
}

/** Every event kind in a fixed order: a kind's index is its number in columnar views of the events. */
export const eventKinds: readonly EventKind[] = [
  'message',
  'post',
  'repost',
  'comment',
  'reply',
  'reaction',
  'vote',
  'endorsement',
  'recommendation',
  'invitation',
  'job-application',
  'job-save',
  'follow',
  'save',
  'learning',
  'login',
];

const KIND_NUMBER: ReadonlyMap<string, number> = new Map(eventKinds.map((k, i) => [k, i]));

/** One number per kind and direction: the kind's index in `eventKinds` × 2, plus 1 when inbound; −1 for an unknown kind. */
export function kindDirectionCode(kind: string, direction: string): number {
  const k = KIND_NUMBER.get(kind);
  return k === undefined ? -1 : k * 2 + (direction === 'in' ? 1 : 0);
}
