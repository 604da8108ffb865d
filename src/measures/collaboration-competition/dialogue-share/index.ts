/** T5.3 `dialogue_share`: conversation (comments, replies, mentions) versus broadcast posts. */
import { defineMeasure, insufficient } from '../../measure.ts';
import { hasMention } from '../../_lib/text.ts';
import { eventTable, windowRange } from '../../_lib/event-table.ts';
import { WINDOW_DAYS } from '../../_lib/time.ts';
import type { Platform } from '../../../model/types.ts';
import { bump, inPlatformOrder } from '../../_lib/by-platform.ts';

export const MIN_ITEMS = 20;

export const dialogueShare = defineMeasure({
  meta: {
    id: 'dialogue_share',
    codebook: 'T5.3',
    tension: 'collaboration-competition',
    side: 'collaboration',
    title: 'Conversation versus broadcast',
    definition: 'Among your public authored items in the 365 days before the export date, the share that are dialogic: comments, replies, and posts that @-mention someone. Other posts count as broadcasts; plain reposts are left out.',
    unit: 'proportion',
    window: '365 days before the export date',
    minimum: `${MIN_ITEMS} posts, comments and replies in the window`,
    requires: [],
    platforms: ['linkedin', 'x', 'mastodon', 'bluesky'],
    references: [
      { claim: 'A content analysis of more than 350 Twitter users distinguished conversational "informers" from "meformers".', source: 'Naaman, Boase & Lai (2010)', evidence: 'V' },
      { claim: 'About 80% of users were "meformers" and 20% "informers"; informers had more mentions and replies and more contacts (median 131 friends and 112 followers, versus 61 and 43).', source: 'Naaman, Boase & Lai (2010)', evidence: 'S' },
      { claim: '41% of messages were "me now" updates.', source: 'Naaman, Boase & Lai (2010)', evidence: 'S' },
    ],
    caveat: 'Tone. A broadcast can be generous teaching; a reply can be a fight.',
    question: 'When did a conversation here last change your mind?',
  },
  compute(ctx) {
    if (!ctx.ledger.available.has('posts') && !ctx.ledger.available.has('comments')) {
      return { status: 'not-available', reason: 'not available from these exports (needs posts or comments)' };
    }
    const table = eventTable(ctx.ledger);
    const dialogicBy = new Map<Platform, number>();
    const totalBy = new Map<Platform, number>();
    let dialogic = 0;
    let broadcast = 0;
    for (const kind of ['comment', 'reply', 'post'] as const) {
      const list = table.of(kind, 'out');
      const [from, to] = windowRange(table, list, ctx.asOf, WINDOW_DAYS);
      for (let k = from; k < to; k++) {
        const e = table.events[list[k] ?? 0];
        if (!e) continue;
        bump(totalBy, e.platform);
        if (kind !== 'post' || hasMention(e.text ?? '')) {
          dialogic += 1;
          bump(dialogicBy, e.platform);
        } else broadcast += 1;
      }
    }
    const total = dialogic + broadcast;
    if (total < MIN_ITEMS) return insufficient(total, MIN_ITEMS, 'posts, comments and replies in the last 365 days', 'post, comment or reply in the last 365 days');
    // The headline pools platforms (each item is one of yours); each platform is also shown alone.
    const shares = new Map<Platform, number>();
    for (const [p, n] of totalBy) if (n >= MIN_ITEMS) shares.set(p, (dialogicBy.get(p) ?? 0) / n);
    return { status: 'ok', value: dialogic / total, display: `${dialogic} of ${total}`, parts: { dialogic, broadcast }, byPlatform: inPlatformOrder(shares) };
  },
});
