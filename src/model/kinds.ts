/** Event vocabulary of CODEBOOK §1.3: which kinds are composed (authored text) and which are one-click. */
import type { EventKind, LedgerEvent } from './types.ts';

const COMPOSED: ReadonlySet<EventKind> = new Set(['message', 'post', 'comment', 'reply', 'recommendation']);
const ONE_CLICK: ReadonlySet<EventKind> = new Set(['reaction', 'endorsement', 'follow', 'vote']);

/** A composed event is an authored text unit of at least one word. A post or message with no text is not composed. */
export function isComposed(e: LedgerEvent): boolean {
  if (!COMPOSED.has(e.kind)) return false;
  // Recommendations are composed by definition even when the export omits the text.
  if (e.kind === 'recommendation') return true;
  return e.text !== undefined && /\p{L}|\p{N}/u.test(e.text);
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
