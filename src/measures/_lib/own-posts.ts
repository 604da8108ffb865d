/**
 * The user's own posts in the window with their word tokens, tokenised once per (ledger, asOf) and
 * shared by the text measures (buzzwords, template phrases, MTLD, self-similarity, professional
 * content, self-promotion): tokenising is the costly part of each, at hundreds of thousands of posts.
 */
import type { Ledger, LedgerEvent, Platform } from '../../model/types.ts';
import { eventTable, windowRange } from './event-table.ts';
import { tokenize } from './text.ts';
import { WINDOW_DAYS } from './time.ts';

/** One post the user wrote. */
export interface OwnPost {
  readonly at: number;
  readonly platform: Platform;
  readonly text: string;
  /** Word tokens (CODEBOOK §1.5): URLs, @handles and #hashtags removed. */
  readonly tokens: readonly string[];
  /** The ledger event, for what a measure needs beyond the words (links, visibility). */
  readonly event: LedgerEvent;
}

const cache = new WeakMap<Ledger, Map<number, readonly OwnPost[]>>();

/**
 * Own posts (kind `post`, direction out, with text) in the 365 days before `asOf`, in time order.
 * Reposts are not the user's words; replies and comments are conversation, not posts.
 */
export function ownPostsInWindow(ledger: Ledger, asOf: number): readonly OwnPost[] {
  let byAsOf = cache.get(ledger);
  if (!byAsOf) {
    byAsOf = new Map();
    cache.set(ledger, byAsOf);
  }
  const hit = byAsOf.get(asOf);
  if (hit) return hit;
  const table = eventTable(ledger);
  const list = table.of('post', 'out');
  const [from, to] = windowRange(table, list, asOf, WINDOW_DAYS);
  const out: OwnPost[] = [];
  for (let k = from; k < to; k++) {
    const e = table.events[list[k] ?? 0];
    if (!e || e.at === undefined || e.text === undefined || e.text.trim() === '') continue;
    out.push({ at: e.at, platform: e.platform, text: e.text, tokens: tokenize(e.text), event: e });
  }
  byAsOf.set(asOf, out);
  return out;
}
