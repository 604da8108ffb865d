/** T1.1 `reach_network_size`: first-degree connections per platform, never summed across platforms. */
import { defineMeasure } from '../../measure.ts';
import type { Platform } from '../../../model/types.ts';
import { inPlatformOrder } from '../../_lib/by-platform.ts';

/** Connection/friend ties per platform, in platform order. */
export function networkSizeByPlatform(ties: readonly { platform: Platform; kind: string }[]): Map<Platform, number> {
  const counts = new Map<Platform, number>();
  for (const t of ties) {
    if (t.kind !== 'connection' && t.kind !== 'friend') continue;
    counts.set(t.platform, (counts.get(t.platform) ?? 0) + 1);
  }
  return new Map([...counts].sort(([a], [b]) => a.localeCompare(b)));
}

/** Accounts followed, accounts following the user, and both (by person id), for one platform. */
export interface FollowCounts {
  following: number;
  followers: number;
  mutuals: number;
}

/** Follow-graph counts per platform (X, Mastodon, Bluesky, Instagram, Facebook follows), in platform order. */
export function followCountsByPlatform(ties: readonly { platform: Platform; kind: string; personId: string }[]): Map<Platform, FollowCounts> {
  const following = new Map<Platform, Set<string>>();
  const followers = new Map<Platform, Set<string>>();
  for (const t of ties) {
    const m = t.kind === 'follows' ? following : t.kind === 'followed-by' ? followers : undefined;
    if (!m) continue;
    let set = m.get(t.platform);
    if (!set) {
      set = new Set();
      m.set(t.platform, set);
    }
    set.add(t.personId);
  }
  const out = new Map<Platform, FollowCounts>();
  for (const p of [...new Set([...following.keys(), ...followers.keys()])].sort((a, b) => a.localeCompare(b))) {
    const f = following.get(p) ?? new Set<string>();
    const b = followers.get(p) ?? new Set<string>();
    let mutuals = 0;
    for (const id of f) if (b.has(id)) mutuals += 1;
    out.set(p, { following: f.size, followers: b.size, mutuals });
  }
  return out;
}

export const networkSize = defineMeasure({
  meta: {
    id: 'reach_network_size',
    codebook: 'T1.1',
    tension: 'reach-depth',
    side: 'reach',
    title: 'How many accounts you are connected to',
    definition: 'The number of first-degree connections (or friends) on each platform; on follow-based platforms (X, Mastodon, Bluesky, Instagram) the accounts you follow, with followers and mutual follows given separately where exported. The headline figure is the platform with the most; platforms are never added together.',
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
    const connections = networkSizeByPlatform(ctx.ledger.ties);
    const follows = followCountsByPlatform(ctx.ledger.ties);
    // A platform without connections or friends (X, Mastodon, Bluesky, Instagram) counts the accounts
    // it follows (CODEBOOK T1.1: Mastodon and Bluesky export following only), else its followers.
    const byPlatform = new Map(connections);
    const parts: Record<string, number> = {};
    for (const [p, f] of follows) {
      if (!byPlatform.has(p)) byPlatform.set(p, f.following > 0 ? f.following : f.followers);
      if (f.following > 0) parts[`${p}_following`] = f.following;
      if (f.followers > 0) parts[`${p}_followers`] = f.followers;
      // Mutuals only mean something where both directions are exported.
      if (f.following > 0 && f.followers > 0) parts[`${p}_mutuals`] = f.mutuals;
    }
    const value = Math.max(0, ...byPlatform.values());
    const notes = byPlatform.size > 1 ? ['Each platform is counted separately; the headline is the largest, not a total.'] : [];
    if (follows.size > 0) notes.push('On platforms without connections or friends the figure is the accounts you follow; followers and mutual follows are listed apart.');
    return {
      status: 'ok',
      value,
      byPlatform: inPlatformOrder(byPlatform),
      ...(Object.keys(parts).length > 0 ? { parts } : {}),
      ...(notes.length > 0 ? { notes } : {}),
    };
  },
});
