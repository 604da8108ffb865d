/** T4.2 `opportunity_inflow`: inbound messages that may carry an opportunity. */
import type { ChartData } from '../../measure.ts';
import { defineMeasure, insufficient } from '../../measure.ts';
import type { LedgerEvent, Platform } from '../../../model/types.ts';
import { busiestPlatform, headlineNote, inPlatformOrder, notesPart } from '../../_lib/by-platform.ts';
import { eventTable, windowRange } from '../../_lib/event-table.ts';
import { DAY_MS, WINDOW_DAYS, quartersBetween, utcQuarter } from '../../_lib/time.ts';
import { mentionsOpportunity } from './lexicon.ts';

export const MIN_INBOUND = 20;

/**
 * The lexicon test on subject and text joined by a newline. With only one of them the join adds
 * nothing a term could match (terms start with a letter), so that one is tested without building a string.
 */
function mentionsOpportunityIn(e: LedgerEvent): boolean {
  if (e.subject === undefined || e.subject === '') return mentionsOpportunity(e.text ?? '');
  if (e.text === undefined || e.text === '') return mentionsOpportunity(e.subject);
  return mentionsOpportunity(`${e.subject}\n${e.text}`);
}

function quarterChart(matches: readonly LedgerEvent[], fromConnection: (e: LedgerEvent) => boolean, asOf: number, classified: boolean): ChartData {
  const quarters = quartersBetween(asOf - WINDOW_DAYS * DAY_MS + 1, asOf);
  const counts = new Map<string, { connection: number; other: number }>(quarters.map((q) => [q, { connection: 0, other: 0 }]));
  for (const e of matches) {
    const slot = counts.get(utcQuarter(e.at ?? asOf));
    if (!slot) continue;
    if (classified && fromConnection(e)) slot.connection += 1;
    else slot.other += 1;
  }
  const rows = quarters.flatMap((q) =>
    classified
      ? [
          { quarter: q, sender: 'from connections', messages: counts.get(q)?.connection ?? 0 },
          { quarter: q, sender: 'from others', messages: counts.get(q)?.other ?? 0 },
        ]
      : [{ quarter: q, sender: 'all senders', messages: counts.get(q)?.other ?? 0 }],
  );
  const fromConn = matches.filter(fromConnection).length;
  return {
    kind: 'bar',
    title: 'Possible opportunities in your inbox, per quarter',
    description: classified
      ? `${matches.length} inbound messages in the last 365 days mention a possible opportunity; ${fromConn} came from connections and ${matches.length - fromConn} from others.`
      : `${matches.length} inbound messages in the last 365 days mention a possible opportunity.`,
    rows,
    x: 'quarter',
    xType: 'period',
    y: 'messages',
    series: 'sender',
    xTitle: 'quarter',
    yTitle: 'messages',
  };
}

export const opportunityInflow = defineMeasure({
  meta: {
    id: 'opportunity_inflow',
    codebook: 'T4.2',
    tension: 'independence-impact',
    side: 'impact',
    title: 'Messages that brought you possible opportunities',
    definition: 'Written messages you received in the 365 days before the export date whose subject or text contains an opportunity word (role, position, opportunity, opening, vacancy, hiring, recruit, interview, job, contract, freelance, consult, "speak at", panel, podcast, collaborate, partner, advise, board, introduce, and their forms), and the share of them sent by your connections. Per platform; the headline is the platform where you received the most messages.',
    unit: 'count',
    window: '365 days before the export date',
    minimum: `${MIN_INBOUND} written messages received in the window`,
    requires: ['messages'],
    platforms: ['linkedin', 'x', 'facebook', 'instagram'],
    references: [
      { claim: "Of Granovetter's job changers who found jobs through contacts (N = 54), 16.7% saw the contact often, 55.6% occasionally and 27.8% rarely.", source: 'Granovetter, Getting a Job (1974; 2nd ed. 1995)', evidence: 'S' },
      { claim: "Randomised variation of LinkedIn's \"People You May Know\" (about 20 million people): tie strength and job transmission form an inverted U; moderately weak ties produced the most job mobility.", source: 'Rajkumar et al. (2022)', evidence: 'V' },
      { claim: 'Most people are helped through one of their numerous weak ties, but a single stronger tie is more valuable at the margin.', source: 'Gee, Jones & Burke (2017)', evidence: 'V' },
      { claim: 'After job loss, communication with strong ties was more predictive of finding a job within three months.', source: 'Burke & Kraut (2013)', evidence: 'V' },
      { claim: 'Strong ties played a significant role in generating job leads, interviews and offers, while weak ties were on average ineffective (n = 424).', source: 'Garg & Telang (2018)', evidence: 'V' },
    ],
    caveat: 'The outcome. Keyword matching misfires (spam, newsletters), and opportunities that arrive by email, phone or in person are invisible.',
    question: 'Where did your last two real opportunities actually come from, and does that match where you spend your time online?',
  },
  compute(ctx) {
    const table = eventTable(ctx.ledger);
    const received = table.of('message', 'in');
    const [from, to] = windowRange(table, received, ctx.asOf, WINDOW_DAYS);
    const inboundBy = new Map<Platform, LedgerEvent[]>();
    for (let k = from; k < to; k++) {
      const i = received[k] ?? 0;
      const e = table.events[i];
      if (!e || !table.composedAt(i)) continue;
      const list = inboundBy.get(e.platform);
      if (list) list.push(e);
      else inboundBy.set(e.platform, [e]);
    }
    // Per platform (CODEBOOK ground rule 4); the headline is the platform with the most messages received.
    const headline = busiestPlatform(new Map([...inboundBy].map(([p, l]) => [p, l.length])));
    const inbound = headline === undefined ? [] : (inboundBy.get(headline) ?? []);
    if (headline === undefined || inbound.length < MIN_INBOUND) return insufficient(inbound.length, MIN_INBOUND, 'messages received in the last 365 days');
    // The lexicon runs once per message: the headline platform's matches are its count's matches.
    const counts = new Map<Platform, number>();
    let matches: LedgerEvent[] = [];
    for (const [p, l] of inboundBy) {
      if (l.length < MIN_INBOUND) continue;
      const found = l.filter(mentionsOpportunityIn);
      counts.set(p, found.length);
      if (p === headline) matches = found;
    }
    const connected = new Set(ctx.ledger.ties.filter((t) => t.kind === 'connection' || t.kind === 'friend').map((t) => t.personId));
    const fromConnection = (e: LedgerEvent): boolean => (e.personIds ?? []).some((id) => connected.has(id));
    const classified = ctx.ledger.available.has('connections');
    const parts: Record<string, number> = { inbound: inbound.length };
    if (classified && matches.length > 0) parts.from_connections = matches.filter(fromConnection).length / matches.length;
    return {
      status: 'ok',
      value: matches.length,
      display: `${matches.length} of ${inbound.length} received`,
      parts,
      byPlatform: inPlatformOrder(counts),
      charts: [quarterChart(matches, fromConnection, ctx.asOf, classified)],
      ...notesPart(headlineNote(headline, counts)),
    };
  },
});
