/** T4.1 `recommendations_received`: written recommendations others gave you. */
import { defineMeasure } from '../../measure.ts';
import type { LedgerEvent } from '../../../model/types.ts';
import { messageIndex } from '../../_lib/alters.ts';
import { endAt, eventTable } from '../../_lib/event-table.ts';
import { median } from '../../_lib/stats.ts';
import { tokenize } from '../../_lib/text.ts';
import { THREE_YEARS_DAYS, inWindow } from '../../_lib/time.ts';

/** Visible when the export gives no status or says VISIBLE (LinkedIn 2024 exports: `VISIBLE`). */
export function isVisible(e: LedgerEvent): boolean {
  return e.status === undefined || e.status.trim().toUpperCase() === 'VISIBLE';
}

export const recommendationsReceived = defineMeasure({
  meta: {
    id: 'recommendations_received',
    codebook: 'T4.1',
    tension: 'independence-impact',
    side: 'impact',
    title: 'Written recommendations others gave you',
    definition: 'The number of visible recommendations you have received, all-time; also those in the last 36 months, the number of distinct recommenders, their median length in words, and the share of recommenders you have had a two-way private exchange with.',
    unit: 'count',
    window: 'all time; also the 1,095 days before the export date',
    minimum: 'none (zero is a valid answer)',
    requires: ['recommendations'],
    platforms: ['linkedin'],
    references: [
      { claim: 'The criteria professionals use for endorsing skills are personal rather than epistemic (survey of 120 professionals), so written recommendations are the stronger, costlier signal.', source: 'Rapanta & Cantoni (2017)', evidence: 'V' },
      { claim: 'Career capital includes "knowing-whom" alongside knowing-why and knowing-how.', source: 'DeFillippi & Arthur (1994)', evidence: 'V' },
    ],
    caveat: 'Whether anyone read them, or whether they affected a hiring decision. Off-platform references and referrals are invisible.',
    question: 'Who has seen your best work in the last three years but never written it down?',
  },
  compute(ctx) {
    const table = eventTable(ctx.ledger);
    const received = table.of('recommendation', 'in');
    // Up to T, undated ones included (they sort first).
    const end = endAt(table, received, ctx.asOf);
    const recs: LedgerEvent[] = [];
    for (let k = 0; k < end; k++) {
      const e = table.events[received[k] ?? 0];
      if (e && isVisible(e)) recs.push(e);
    }
    const recommenders = new Set<string>();
    recs.forEach((e, i) => {
      const ids = e.personIds ?? [];
      // A recommendation without a resolvable person still has a distinct author.
      if (ids.length === 0) recommenders.add(`#${i}`);
      for (const id of ids) recommenders.add(id);
    });
    const parts: Record<string, number> = {
      last_36m: recs.filter((e) => inWindow(e.at, ctx.asOf, THREE_YEARS_DAYS)).length,
      distinct_recommenders: recommenders.size,
    };
    const words = recs.filter((e) => e.text !== undefined).map((e) => tokenize(e.text ?? '').length);
    const med = median(words);
    if (med !== undefined) parts.median_words = med;
    if (ctx.ledger.available.has('messages') && recommenders.size > 0) {
      const alters = messageIndex(ctx.ledger, ctx.asOf).alters;
      let reciprocated = 0;
      for (const id of recommenders) {
        const a = alters.get(id);
        if (a && (a.oneToOne.ever || a.group.ever)) reciprocated += 1;
      }
      parts.reciprocated_share = reciprocated / recommenders.size;
    }
    return { status: 'ok', value: recs.length, parts };
  },
});
