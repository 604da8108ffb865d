/** T5.1 `giving_receiving_balance`: endorsements and recommendations given versus received. */
import type { ChartData } from '../../measure.ts';
import { defineMeasure, insufficient } from '../../measure.ts';
import type { LedgerEvent } from '../../../model/types.ts';
import { endAt, eventTable } from '../../_lib/event-table.ts';
import { plural } from '../../../plural.ts';

export const MIN_TOTAL = 5;
// LinkedIn endorsement statuses seen: ACCEPTED (2021–2024 underscore files), Accepted/Redacted
// (legacy UTF-16 "Endorsement Received Info.csv", 2022). Anything else (e.g. Redacted) is ignored.
const COUNTED_STATUS = new Set(['ACCEPTED', 'VISIBLE']);

/** An endorsement counts when its status is absent, ACCEPTED or VISIBLE (any case). */
export function endorsementCounts(e: LedgerEvent): boolean {
  return e.status === undefined || COUNTED_STATUS.has(e.status.trim().toUpperCase());
}

function mirroredChart(c: { eg: number; er: number; rg: number; rr: number }): ChartData {
  const g = c.eg + c.rg;
  const r = c.er + c.rr;
  return {
    kind: 'mirrored-bar',
    title: 'Endorsements and recommendations: given versus received',
    description: `You gave ${plural(c.eg, 'endorsement')} and ${plural(c.rg, 'recommendation')}, and received ${plural(c.er, 'endorsement')} and ${plural(c.rr, 'recommendation')} (${g} given, ${r} received).`,
    rows: [
      { type: 'endorsements', direction: 'given', count: c.eg },
      { type: 'endorsements', direction: 'received', count: c.er },
      { type: 'recommendations', direction: 'given', count: c.rg },
      { type: 'recommendations', direction: 'received', count: c.rr },
    ],
    x: 'type',
    y: 'count',
    series: 'direction',
    xTitle: 'kind',
    yTitle: 'count',
  };
}

export const givingReceivingBalance = defineMeasure({
  meta: {
    id: 'giving_receiving_balance',
    codebook: 'T5.1',
    tension: 'collaboration-competition',
    side: 'collaboration',
    title: 'Endorsements and recommendations given versus received',
    definition: 'Given ÷ (given + received), counting endorsements (accepted or visible) and recommendations, all-time. 0.5 means even.',
    unit: 'proportion',
    window: 'all time',
    minimum: `${MIN_TOTAL} endorsements and recommendations given and received together`,
    requires: [],
    platforms: ['linkedin', 'x'],
    references: [
      { claim: 'Over one month the average Facebook user pressed Like 14 times but received 20 likes, and sent 9 messages but received 12; the asymmetry comes from 20–30% "power users", so receiving more than you give is the ordinary position.', source: 'Hampton et al. (2012)', evidence: 'S' },
      { claim: 'The criteria for endorsing skills are personal rather than epistemic.', source: 'Rapanta & Cantoni (2017)', evidence: 'V' },
      { claim: 'Generalised (indirect) exchange produced more solidarity than direct reciprocal exchange, which in turn beat negotiated exchange.', source: 'Molm, Collett & Schaefer (2007)', evidence: 'V' },
    ],
    caveat: 'How generous you are elsewhere, or whether endorsements were tit-for-tat.',
    question: 'Whose work have you benefited from this year without ever saying so where others could see?',
  },
  compute(ctx) {
    if (!ctx.ledger.available.has('endorsements') && !ctx.ledger.available.has('recommendations')) {
      return { status: 'not-available', reason: 'not available from these exports (needs endorsements or recommendations)' };
    }
    const table = eventTable(ctx.ledger);
    // Events up to T, undated ones included (they sort first).
    const counted = (list: Int32Array): number => {
      let n = 0;
      const end = endAt(table, list, ctx.asOf);
      for (let k = 0; k < end; k++) {
        const e = table.events[list[k] ?? 0];
        if (e && endorsementCounts(e)) n += 1;
      }
      return n;
    };
    const upTo = (list: Int32Array): number => endAt(table, list, ctx.asOf);
    const c = {
      eg: counted(table.of('endorsement', 'out')),
      er: counted(table.of('endorsement', 'in')),
      rg: upTo(table.of('recommendation', 'out')),
      rr: upTo(table.of('recommendation', 'in')),
    };
    const given = c.eg + c.rg;
    const received = c.er + c.rr;
    if (given + received < MIN_TOTAL) return insufficient(given + received, MIN_TOTAL, 'endorsements and recommendations', 'endorsement or recommendation');
    return {
      status: 'ok',
      value: given / (given + received),
      display: `${given} given : ${received} received`,
      parts: { given, received, endorsements_given: c.eg, endorsements_received: c.er, recommendations_given: c.rg, recommendations_received: c.rr },
      charts: [mirroredChart(c)],
    };
  },
});
