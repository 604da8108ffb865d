/** T1 chart: connections added versus people with a two-way conversation, per month over 24 months. */
import type { ChartData } from '../../measure.ts';
import type { Ledger } from '../../../model/types.ts';
import type { ExchangeLog } from '../../_lib/alters.ts';
import { monthBucketer, monthStarts, monthsEnding } from '../../_lib/time.ts';
import { plural } from '../../../plural.ts';

export const CHART_MONTHS = 24;

/** Monthly rows for the last 24 months; the connections series appears only when the ledger has connections. */
export function reachDepthChart(ledger: Ledger, exchanges: ExchangeLog, asOf: number): ChartData {
  const months = monthsEnding(asOf, CHART_MONTHS);
  const bucket = monthBucketer(months);
  const added = months.map(() => 0);
  for (const t of ledger.ties) {
    if ((t.kind !== 'connection' && t.kind !== 'friend') || t.since === undefined || t.since > asOf) continue;
    const i = bucket(t.since);
    if (i >= 0) added[i] = (added[i] ?? 0) + 1;
  }
  // Exchanges are in time order: skip to the first month by binary search, then walk the months
  // alongside. Distinct people per month are counted with a last-month-seen mark per person.
  const bounds = monthStarts(months);
  const talked = months.map(() => 0);
  const lastMonth = new Int32Array(exchanges.people.length).fill(-1);
  const seenAny = new Uint8Array(exchanges.people.length);
  let talkedAny = 0;
  let k = firstAtOrAfter(exchanges.at, bounds[0] ?? Infinity);
  for (let i = 0; k < exchanges.length; k++) {
    const t = exchanges.at[k] ?? Infinity;
    while (i < months.length && t >= (bounds[i + 1] ?? -Infinity)) i++;
    if (i >= months.length) break;
    const p = exchanges.person[k] ?? 0;
    if (lastMonth[p] !== i) {
      lastMonth[p] = i;
      talked[i] = (talked[i] ?? 0) + 1;
    }
    if (seenAny[p] === 0) {
      seenAny[p] = 1;
      talkedAny += 1;
    }
  }
  const withConnections = ledger.available.has('connections');
  const rows: Record<string, string | number>[] = [];
  months.forEach((m, i) => {
    if (withConnections) rows.push({ month: m, series: 'connections added', people: added[i] ?? 0 });
    rows.push({ month: m, series: 'people with a two-way conversation', people: talked[i] ?? 0 });
  });
  const totalAdded = added.reduce((a, b) => a + b, 0);
  const description = withConnections
    ? `Over the last ${CHART_MONTHS} months you added ${plural(totalAdded, 'connection')} and had a two-way conversation (a message answered within 30 days) with ${plural(talkedAny, 'person', 'different people')}.`
    : `Over the last ${CHART_MONTHS} months you had a two-way conversation (a message answered within 30 days) with ${plural(talkedAny, 'person', 'different people')}.`;
  return {
    kind: 'line',
    title: 'Connections added versus people you talked with, per month',
    description,
    rows,
    x: 'month',
    y: 'people',
    series: 'series',
    xTitle: 'month',
    yTitle: 'people',
  };
}

/** First index of ascending `xs` holding a value ≥ `t`. */
function firstAtOrAfter(xs: Float64Array, t: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((xs[mid] ?? 0) >= t) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
