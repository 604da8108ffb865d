/** T5.3 `dialogue_share`: conversation (comments, replies, mentions) versus broadcast posts. */
import { defineMeasure, insufficient } from '../../measure.ts';
import { hasMention } from '../../_lib/text.ts';
import { countInWindow, eventTable, windowRange } from '../../_lib/event-table.ts';
import { WINDOW_DAYS } from '../../_lib/time.ts';

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
    let dialogic = countInWindow(table, table.of('comment', 'out'), ctx.asOf, WINDOW_DAYS) + countInWindow(table, table.of('reply', 'out'), ctx.asOf, WINDOW_DAYS);
    let broadcast = 0;
    const posts = table.of('post', 'out');
    const [from, to] = windowRange(table, posts, ctx.asOf, WINDOW_DAYS);
    for (let k = from; k < to; k++) {
      if (hasMention(table.events[posts[k] ?? 0]?.text ?? '')) dialogic += 1;
      else broadcast += 1;
    }
    const total = dialogic + broadcast;
    if (total < MIN_ITEMS) return insufficient(total, MIN_ITEMS, 'posts, comments and replies in the last 365 days');
    return { status: 'ok', value: dialogic / total, display: `${dialogic} of ${total}`, parts: { dialogic, broadcast } };
  },
});
