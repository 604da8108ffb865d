/** T4.3 `network_mobilisation`: how often you ask people for something, and how often you reconnect. */
import type { ChartData } from '../../measure.ts';
import { defineMeasure, insufficient } from '../../measure.ts';
import type { Platform } from '../../../model/types.ts';
import { bump, busiestPlatform, headlineNote, inPlatformOrder, notesPart } from '../../_lib/by-platform.ts';
import { messageIndex } from '../../_lib/alters.ts';
import { endAt, eventTable, firstAfter } from '../../_lib/event-table.ts';
import { DAY_MS, THREE_YEARS_DAYS, WINDOW_DAYS } from '../../_lib/time.ts';
import { isAsk } from './lexicon.ts';
import { platformName } from '../../../model/platform-name.ts';

export const MIN_OUTBOUND = 20;
/** Silence after which a message is a reconnection: the dormancy window of CODEBOOK §1.1 (Levin et al. 2011). */
export const RECONNECT_SILENCE_DAYS = THREE_YEARS_DAYS;

interface PlatformTally {
  outbound: number;
  readonly askedAlters: Set<string>;
  readonly reconnectedAlters: Set<string>;
}

function chart(platform: Platform, t: PlatformTally): ChartData {
  return {
    kind: 'bar',
    title: `People you asked, and people you reconnected with, in the last 365 days (${platformName(platform)})`,
    description: `Of ${t.outbound} written messages you sent on ${platformName(platform)} in the last 365 days, asks went to ${t.askedAlters.size} people, and ${t.reconnectedAlters.size} people heard from you after at least three years of silence.`,
    rows: [
      { kind: 'people asked', people: t.askedAlters.size },
      { kind: 'people reconnected with', people: t.reconnectedAlters.size },
    ],
    x: 'kind',
    y: 'people',
    xTitle: '',
    yTitle: 'people',
  };
}

export const networkMobilisation = defineMeasure({
  meta: {
    id: 'network_mobilisation',
    codebook: 'T4.3',
    tension: 'independence-impact',
    side: 'impact',
    title: 'How often you ask, and how often you reconnect',
    definition:
      'The number of distinct people who received at least one written message from you in the 365 days before the export date that holds a "?" and a request cue (could you, would you, can you, advice, introduce, refer, feedback, "thoughts on", coffee, chat, call). Also: people you wrote to after at least 1,095 days without any written message either way (dormant ties reactivated). Per platform; the headline is the platform where you sent the most.',
    unit: 'count',
    window: '365 days before the export date (a rate per year)',
    minimum: `${MIN_OUTBOUND} written messages sent in the window`,
    requires: ['messages'],
    platforms: ['linkedin', 'x', 'facebook', 'instagram'],
    references: [
      { claim: 'Networking (building, maintaining and using contacts) predicted concurrent salary, salary growth over three years and career satisfaction.', source: 'Wolff & Moser (2009)', evidence: 'V' },
      { claim: 'In a Dutch panel (n = 685; 259 LinkedIn users), people high on external networking were more likely to use LinkedIn, and the number of weak ties had a direct effect on informational benefits.', source: 'Utz & Breuer (2019)', evidence: 'V' },
      { claim: 'Reconnecting with dormant ties gave both the novelty of weak ties and the trust of strong ties; the most valuable reconnections were to people one had spent less time with.', source: 'Levin, Walter & Murnighan (2011); Walter, Levin & Murnighan (2015)', evidence: 'V' },
      { claim: 'The request cues and the "?" rule are a design choice, not a validated classifier of asks.', source: 'CODEBOOK T4.3', evidence: 'D' },
    ],
    caveat: 'Asks made in person or by email, whether help came, or the quality of the ask.',
    question: 'What is one thing you need this quarter that someone in your network could help with in ten minutes?',
  },
  compute(ctx) {
    const table = eventTable(ctx.ledger);
    const messages = table.ofKind('message');
    const end = endAt(table, messages, ctx.asOf);
    const windowStart = ctx.asOf - WINDOW_DAYS * DAY_MS;
    const silence = RECONNECT_SILENCE_DAYS * DAY_MS;
    // A message before this instant is at least 1,095 days before any message in W, so only whether
    // one exists matters (the shared message index knows each person's first).
    const walkStart = windowStart - silence;
    const alters = messageIndex(ctx.ledger, ctx.asOf).alters;
    // Latest written message with each person in W so far, either direction, as the time-ordered walk goes.
    const last = new Map<string, number>();
    // People whose first contact in W is a message from you: their silence is settled by a walk back from W.
    const firstOut = new Map<string, { t: number; tally: PlatformTally }>();
    const tallies = new Map<Platform, PlatformTally>();
    const wStart = firstAfter(table, messages, windowStart);
    for (let k = wStart; k < end; k++) {
      const i = messages[k] ?? 0;
      const e = table.events[i];
      const t = e?.at;
      if (!e || t === undefined || !table.composedAt(i)) continue;
      const ids = e.personIds ?? [];
      let tally: PlatformTally | undefined;
      if (e.direction === 'out') {
        tally = tallies.get(e.platform);
        if (!tally) {
          tally = { outbound: 0, askedAlters: new Set(), reconnectedAlters: new Set() };
          tallies.set(e.platform, tally);
        }
        tally.outbound += 1;
      }
      const ask = tally !== undefined && isAsk(e.text ?? '');
      for (const id of ids) {
        if (tally) {
          if (ask) tally.askedAlters.add(id);
          const before = last.get(id);
          if (before === undefined) {
            if (!firstOut.has(id)) firstOut.set(id, { t, tally });
          } else if (t - before >= silence) tally.reconnectedAlters.add(id);
        }
        last.set(id, t);
      }
    }
    // Walk back from W only as far as needed: until everyone waiting has a last message, or to walkStart.
    // Someone first written to in W (a new contact) has nothing to walk back to.
    const pending = new Set([...firstOut.keys()].filter((id) => (alters.get(id)?.first ?? Infinity) <= windowStart));
    for (let k = wStart - 1; k >= 0 && pending.size > 0; k--) {
      const i = messages[k] ?? 0;
      const e = table.events[i];
      const t = e?.at;
      if (t === undefined || t <= walkStart) break;
      if (!e || !table.composedAt(i)) continue;
      for (const id of e.personIds ?? []) {
        if (!pending.delete(id)) continue;
        const f = firstOut.get(id);
        if (f && f.t - t >= silence) f.tally.reconnectedAlters.add(id);
      }
    }
    for (const id of pending) {
      const f = firstOut.get(id);
      const first = alters.get(id)?.first;
      if (f && first !== undefined && first <= walkStart) f.tally.reconnectedAlters.add(id);
    }
    const outbound = new Map<Platform, number>();
    for (const [p, t] of tallies) bump(outbound, p, t.outbound);
    const headline = busiestPlatform(outbound);
    const top = headline === undefined ? undefined : tallies.get(headline);
    if (headline === undefined || !top || top.outbound < MIN_OUTBOUND) return insufficient(top?.outbound ?? 0, MIN_OUTBOUND, 'written messages sent in the last 365 days');
    const asks = new Map<Platform, number>();
    for (const [p, t] of tallies) if (t.outbound >= MIN_OUTBOUND) asks.set(p, t.askedAlters.size);
    return {
      status: 'ok',
      value: top.askedAlters.size,
      display: `${top.askedAlters.size} people asked, ${top.reconnectedAlters.size} reconnected`,
      parts: { asks_per_year: top.askedAlters.size, reconnections_per_year: top.reconnectedAlters.size, outbound_messages: top.outbound },
      byPlatform: inPlatformOrder(asks),
      charts: [chart(headline, top)],
      ...notesPart(headlineNote(headline, asks)),
    };
  },
});
