/** T1.5 `dormant_tie_pool`: once-real contacts with no written message in the last three years. */
import { defineMeasure, insufficient } from '../../measure.ts';
import type { AlterStats } from '../../_lib/alters.ts';
import type { Platform } from '../../../model/types.ts';
import { bump, busiestPlatform, headlineNote, inPlatformOrder, notesPart } from '../../_lib/by-platform.ts';
import { messagePlatforms, platformOfPerson } from '../../_lib/message-platforms.ts';
import { messageIndex } from '../../_lib/alters.ts';
import { DAY_MS, THREE_YEARS_DAYS, WINDOW_DAYS, utcDate } from '../../_lib/time.ts';

/** "Once a real tie": at least this many written messages all-time [D]. */
export const MIN_PAST_MESSAGES = 10;

export const dormantTiePool = defineMeasure({
  meta: {
    id: 'dormant_tie_pool',
    codebook: 'T1.5',
    tension: 'reach-depth',
    side: 'depth',
    title: 'Once-close contacts you have not talked to in three years',
    definition: 'People with at least 10 written private messages all-time, at least one message answered within 30 days, and no written message in the 1,095 days before the export date. "Cooling" ties follow the same rule with their last message 365–1,095 days before. Per platform; the headline is the platform with the most written messages.',
    unit: 'count',
    window: 'all time; silence measured over the 1,095 days before the export date',
    minimum: 'a message history reaching back at least 1,095 days',
    requires: ['messages'],
    platforms: ['linkedin', 'x', 'facebook', 'instagram'],
    references: [
      { claim: 'Executive MBA students consulted contacts they had been out of touch with for at least three years.', source: 'Levin, Walter & Murnighan (2011)', evidence: 'S' },
      { claim: 'Reconnected formerly strong ties gave both the efficiency and novelty of weak ties and the trust and shared perspective of strong ties.', source: 'Levin, Walter & Murnighan (2011)', evidence: 'V' },
      { claim: 'The most valuable reconnections were to people the executives had spent less time with, who had higher status and were trustworthy and willing to help; yet they preferred reconnecting with people they had spent much time with.', source: 'Walter, Levin & Murnighan (2015)', evidence: 'V' },
      { claim: 'How far back LinkedIn message history reaches in the export is unknown.', source: 'CODEBOOK T1.5', evidence: 'U' },
    ],
    caveat: 'Whether the person is reachable or still relevant, or whether the silence had a reason.',
    question: "Who on this list knows something about your field that you don't, and what would a two-line message to them say?",
  },
  compute(ctx) {
    const idx = messageIndex(ctx.ledger, ctx.asOf);
    const mp = messagePlatforms(ctx.ledger, ctx.asOf);
    const dormantBefore = ctx.asOf - THREE_YEARS_DAYS * DAY_MS;
    const coolingBefore = ctx.asOf - WINDOW_DAYS * DAY_MS;
    // Per platform (CODEBOOK ground rule 4); the headline is the platform with the most written messages.
    const headline = busiestPlatform(mp.allTime);
    const first = headline === undefined ? undefined : mp.first.get(headline);
    if (headline === undefined || first === undefined || first > dormantBefore) {
      const days = first === undefined ? 0 : Math.floor((ctx.asOf - first) / DAY_MS);
      return insufficient(days, THREE_YEARS_DAYS, 'days of message history');
    }
    const onceReal = (a: AlterStats): boolean => a.sent + a.received >= MIN_PAST_MESSAGES && (a.oneToOne.ever || a.group.ever);
    const dormant: (AlterStats & { platform: Platform })[] = [];
    const dormantBy = new Map<Platform, number>();
    let cooling = 0;
    for (const a of idx.alters.values()) {
      if (!onceReal(a) || a.last === undefined) continue;
      const platform: Platform = platformOfPerson(ctx.ledger, a.personId) ?? headline;
      if (a.last <= dormantBefore) {
        dormant.push({ ...a, platform });
        bump(dormantBy, platform);
      } else if (a.last <= coolingBefore && platform === headline) cooling += 1;
    }
    // Only platforms whose history reaches back three years can show a dormant tie.
    const byPlatform = new Map<Platform, number>();
    for (const [p, t] of mp.first) if (t <= dormantBefore) byPlatform.set(p, dormantBy.get(p) ?? 0);
    dormant.sort((x, y) => (x.last ?? 0) - (y.last ?? 0) || x.personId.localeCompare(y.personId));
    const several = byPlatform.size > 1;
    const items = dormant.map((a) => {
      const p = ctx.ledger.people.get(a.personId);
      return {
        name: p?.name ?? p?.handle ?? a.personId,
        last: utcDate(a.last ?? 0),
        messages: a.sent + a.received,
        ...(several ? { platform: a.platform } : {}),
        ...(p?.organisation ? { organisation: p.organisation } : {}),
        ...(p?.role ? { role: p.role } : {}),
      };
    });
    return { status: 'ok', value: dormantBy.get(headline) ?? 0, parts: { cooling }, byPlatform: inPlatformOrder(byPlatform), items, ...notesPart(headlineNote(headline, byPlatform)) };
  },
});
