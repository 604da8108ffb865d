/** T5.4 `amplify_others_share`: how much of your sharing spotlights other people. */
import type { ChartData } from '../../measure.ts';
import { defineMeasure, insufficient } from '../../measure.ts';
import type { Platform } from '../../../model/types.ts';
import { bump, inPlatformOrder, notesPart, pooledNote } from '../../_lib/by-platform.ts';
import { eventTable, windowRange } from '../../_lib/event-table.ts';
import { hasMention } from '../../_lib/text.ts';
import { WINDOW_DAYS } from '../../_lib/time.ts';

export const MIN_ITEMS = 20;

function chart(reposts: number, mentions: number, own: number): ChartData {
  return {
    kind: 'bar',
    title: "What you shared: others' work or your own (last 365 days)",
    description: `In the last 365 days you reposted others ${reposts} times and wrote ${mentions} posts that name someone, against ${own} posts of your own without a mention.`,
    rows: [
      { item: 'reposts of others', items: reposts },
      { item: 'posts naming someone', items: mentions },
      { item: 'your own posts', items: own },
    ],
    x: 'item',
    y: 'items',
    xTitle: '',
    yTitle: 'items',
  };
}

export const amplifyOthersShare = defineMeasure({
  meta: {
    id: 'amplify_others_share',
    codebook: 'T5.4',
    tension: 'collaboration-competition',
    side: 'collaboration',
    title: 'How much of your sharing spotlights other people',
    definition:
      'Among your reposts and posts in the 365 days before the export date, the share that amplify others: reposts or boosts of other people\'s content plus posts that @-mention someone, against your own posts without a mention, over every platform together; each platform with enough items is also shown alone.',
    unit: 'proportion',
    window: '365 days before the export date',
    minimum: `${MIN_ITEMS} reposts and posts in the window`,
    requires: ['posts'],
    platforms: ['x', 'mastodon', 'bluesky', 'linkedin'],
    references: [{ claim: 'Resharing is how weak ties spread novel information (randomised experiment, 253 million Facebook users).', source: 'Bakshy et al. (2012)', evidence: 'V' }],
    caveat: 'Effort or intent. A one-click repost is cheap. LinkedIn shows a reshare only when you added no text, so its figure is partial.',
    question: 'Whose work did you help become visible this year?',
  },
  compute(ctx) {
    const table = eventTable(ctx.ledger);
    const reposts = new Map<Platform, number>();
    const mentions = new Map<Platform, number>();
    const own = new Map<Platform, number>();
    const total = new Map<Platform, number>();
    const rl = table.of('repost', 'out');
    const [rf, rt] = windowRange(table, rl, ctx.asOf, WINDOW_DAYS);
    for (let k = rf; k < rt; k++) {
      const e = table.events[rl[k] ?? 0];
      if (!e) continue;
      bump(reposts, e.platform);
      bump(total, e.platform);
    }
    const pl = table.of('post', 'out');
    const [pf, pt] = windowRange(table, pl, ctx.asOf, WINDOW_DAYS);
    for (let k = pf; k < pt; k++) {
      const e = table.events[pl[k] ?? 0];
      if (!e) continue;
      bump(hasMention(e.text ?? '') ? mentions : own, e.platform);
      bump(total, e.platform);
    }
    // Your own sharing on every platform is pooled (one person's choices, no one counted twice); each
    // platform with enough items is also shown alone.
    let n = 0;
    let r = 0;
    let m = 0;
    let o = 0;
    for (const [p, t] of total) {
      n += t;
      r += reposts.get(p) ?? 0;
      m += mentions.get(p) ?? 0;
      o += own.get(p) ?? 0;
    }
    if (n < MIN_ITEMS) return insufficient(n, MIN_ITEMS, 'reposts and posts in the last 365 days', 'repost or post in the last 365 days');
    const shares = new Map<Platform, number>();
    for (const [p, t] of total) if (t >= MIN_ITEMS) shares.set(p, ((reposts.get(p) ?? 0) + (mentions.get(p) ?? 0)) / t);
    return {
      status: 'ok',
      value: (r + m) / n,
      display: `${r + m} of ${n}`,
      parts: { amplify: r + m, reposts: r, mention_posts: m, self_origin: o },
      byPlatform: inPlatformOrder(shares),
      charts: [chart(r, m, o)],
      ...notesPart(pooledNote(total)),
    };
  },
});
