/** T1.1 `reach_network_size`: first-degree connections per platform, never summed across platforms. */
import { defineMeasure } from '../../measure.ts';
import type { Platform } from '../../../model/types.ts';

/** Connection/friend ties per platform, in platform order. */
export function networkSizeByPlatform(ties: readonly { platform: Platform; kind: string }[]): Map<Platform, number> {
  const counts = new Map<Platform, number>();
  for (const t of ties) {
    if (t.kind !== 'connection' && t.kind !== 'friend') continue;
    counts.set(t.platform, (counts.get(t.platform) ?? 0) + 1);
  }
  return new Map([...counts].sort(([a], [b]) => a.localeCompare(b)));
}

export const networkSize = defineMeasure({
  meta: {
    id: 'reach_network_size',
    codebook: 'T1.1',
    tension: 'reach-depth',
    side: 'reach',
    title: 'How many accounts you are connected to',
    definition: 'The number of first-degree connections (or friends) on each platform. The headline figure is the platform with the most; platforms are never added together.',
    unit: 'count',
    window: 'all time, as of the export date',
    minimum: 'none',
    requires: ['connections'],
    platforms: ['linkedin', 'x', 'mastodon', 'bluesky', 'facebook', 'instagram'],
    references: [
      { claim: 'The number of Facebook friends in two UK samples was similar in size and range to offline networks; the popular summary is "about 150".', source: 'Dunbar (2016)', evidence: 'S' },
      { claim: 'US adult Twitter users in the bottom 90% by tweet volume followed a median of 74 accounts and had 19 followers; the top 10% followed 456 and had 387.', source: 'Pew Research Center (2019)', evidence: 'S' },
      { claim: 'Job seekers in a survey (n = 424) averaged 99 LinkedIn connections.', source: 'Garg & Telang (2018)', evidence: 'S' },
      { claim: 'Bridging social capital was primarily related to overall friend network size.', source: 'Burke, Marlow & Lento (2010)', evidence: 'V' },
    ],
    caveat: 'How many of these are relationships. A count of accounts is not a count of people who would answer you.',
    question: 'If this list disappeared tomorrow, how many of these people would you go out of your way to find again?',
  },
  compute(ctx) {
    const byPlatform = networkSizeByPlatform(ctx.ledger.ties);
    const value = Math.max(0, ...byPlatform.values());
    const notes = byPlatform.size > 1 ? ['Each platform is counted separately; the headline is the largest, not a total.'] : [];
    return { status: 'ok', value, byPlatform: Object.fromEntries(byPlatform), ...(notes.length > 0 ? { notes } : {}) };
  },
});
