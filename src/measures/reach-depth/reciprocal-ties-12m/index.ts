/** T1.2 `depth_reciprocal_ties_12m`: distinct people with a reciprocated 1:1 exchange in the last 365 days. */
import type { MeasureContext } from '../../measure.ts';
import { defineMeasure, insufficient } from '../../measure.ts';
import type { Ledger, Platform } from '../../../model/types.ts';
import { messageIndex, type MessageIndex } from '../../_lib/alters.ts';
import { busiestPlatform, headlineNote, inPlatformOrder, notesPart } from '../../_lib/by-platform.ts';
import { messagePlatforms, platformOfPerson } from '../../_lib/message-platforms.ts';
import { reachDepthChart } from './chart.ts';

export const MIN_MESSAGES = 20;

export const reciprocalTies12m = defineMeasure({
  meta: {
    id: 'depth_reciprocal_ties_12m',
    codebook: 'T1.2',
    tension: 'reach-depth',
    side: 'depth',
    title: 'People you actually exchanged messages with this year',
    definition: 'The number of distinct people with whom a written private message was answered within 30 days (in either order) in a one-to-one thread, both messages within the 365 days before the export date. Group threads are counted separately. Per platform; the headline is the platform with the most written messages.',
    unit: 'count',
    window: '365 days before the export date',
    minimum: `${MIN_MESSAGES} written private messages (sent or received) in the window`,
    requires: ['messages'],
    platforms: ['linkedin', 'x', 'facebook', 'instagram'],
    references: [
      { claim: "Dunbar's layers are nested groups of about 5, 15, 50 and 150, each about three times the one inside it.", source: 'Zhou et al. (2005)', evidence: 'V' },
      { claim: 'The outer layer of about 150, the "active network", is the set of people contacted at least about once a year.', source: 'Hill & Dunbar (2003); Dunbar (2018)', evidence: 'S' },
      { claim: 'Twitter users maintain at most about 100–200 stable conversational relationships (1.7 million users over six months).', source: 'Gonçalves, Perra & Vespignani (2011)', evidence: 'V' },
      { claim: 'Phone-call frequencies give cumulative layers of about 4.1, 11, 30 and 129.', source: 'Mac Carron, Kaski & Dunbar (2016)', evidence: 'S' },
      { claim: 'Facebook users reported a "support clique" of about 4.1 and a "sympathy group" of about 13.6.', source: 'Dunbar (2016)', evidence: 'S' },
    ],
    caveat: 'Contact by email, phone, WhatsApp or in person is invisible, so a low number does not mean a shallow life.',
    question: 'Of the people on this list, who would you ask for honest advice about your next career move, and is anyone missing because you talk to them elsewhere?',
  },
  compute(ctx) {
    const idx = messageIndex(ctx.ledger, ctx.asOf);
    const perPlatform = messagePlatforms(ctx.ledger, ctx.asOf).inWindow;
    const headline = busiestPlatform(perPlatform);
    const messages = headline === undefined ? 0 : (perPlatform.get(headline) ?? 0);
    if (headline === undefined || messages < MIN_MESSAGES) return insufficient(messages, MIN_MESSAGES, 'written messages in the last 365 days');
    const counts = reciprocatedByPlatform(ctx.ledger, idx, headline);
    const byPlatform = new Map<Platform, number>();
    for (const [p, n] of perPlatform) if (n >= MIN_MESSAGES) byPlatform.set(p, counts.get(p)?.oneToOne ?? 0);
    const top = counts.get(headline) ?? { oneToOne: 0, group: 0 };
    return {
      status: 'ok',
      value: top.oneToOne,
      parts: { group: top.group, messages },
      byPlatform: inPlatformOrder(byPlatform),
      charts: [reachDepthChart(ctx.ledger, idx.exchangeLog, ctx.asOf)],
      ...notesPart(headlineNote(headline, byPlatform)),
    };
  },
});

/** People with a reciprocated exchange in W, in 1:1 and in group threads (all platforms together). */
export function reciprocatedInWindow(idx: MessageIndex): { oneToOne: number; group: number } {
  let oneToOne = 0;
  let group = 0;
  for (const a of idx.alters.values()) {
    if (a.oneToOne.inWindow) oneToOne += 1;
    if (a.group.inWindow) group += 1;
  }
  return { oneToOne, group };
}

/**
 * The same per platform of the person (never added across platforms, CODEBOOK ground rule 4). A
 * person whose platform the ledger cannot tell is counted on `fallback`, the busiest platform.
 */
export function reciprocatedByPlatform(ledger: Ledger, idx: MessageIndex, fallback: Platform): Map<Platform, { oneToOne: number; group: number }> {
  const out = new Map<Platform, { oneToOne: number; group: number }>();
  for (const a of idx.alters.values()) {
    if (!a.oneToOne.inWindow && !a.group.inWindow) continue;
    const p = platformOfPerson(ledger, a.personId) ?? fallback;
    let c = out.get(p);
    if (!c) {
      c = { oneToOne: 0, group: 0 };
      out.set(p, c);
    }
    if (a.oneToOne.inWindow) c.oneToOne += 1;
    if (a.group.inWindow) c.group += 1;
  }
  return out;
}

/** The measure's value without its chart (for depth_ratio), or undefined when it would not be "ok". */
export function reciprocalTiesValue(ctx: MeasureContext): number | undefined {
  if (reciprocalTies12m.meta.requires.some((r) => !ctx.ledger.available.has(r))) return undefined;
  const perPlatform = messagePlatforms(ctx.ledger, ctx.asOf).inWindow;
  const headline = busiestPlatform(perPlatform);
  if (headline === undefined || (perPlatform.get(headline) ?? 0) < MIN_MESSAGES) return undefined;
  return reciprocatedByPlatform(ctx.ledger, messageIndex(ctx.ledger, ctx.asOf), headline).get(headline)?.oneToOne ?? 0;
}
