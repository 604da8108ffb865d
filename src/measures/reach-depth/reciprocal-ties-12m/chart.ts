/** T1 chart: connections added versus people with a two-way conversation, per month over 24 months. */
import type { ChartData } from '../../measure.ts';
import type { Ledger } from '../../../model/types.ts';
import type { Exchange } from '../../_lib/alters.ts';
import { monthBucketer, monthsEnding } from '../../_lib/time.ts';

export const CHART_MONTHS = 24;

/** Monthly rows for the last 24 months; the connections series appears only when the ledger has connections. */
export function reachDepthChart(ledger: Ledger, exchanges: readonly Exchange[], asOf: number): ChartData {
  const months = monthsEnding(asOf, CHART_MONTHS);
  const bucket = monthBucketer(months);
  const added = months.map(() => 0);
  for (const t of ledger.ties) {
    if ((t.kind !== 'connection' && t.kind !== 'friend') || t.since === undefined || t.since > asOf) continue;
    const i = bucket(t.since);
    if (i >= 0) added[i] = (added[i] ?? 0) + 1;
  }
  const talked = months.map(() => new Set<string>());
  const talkedAnyMonth = new Set<string>();
  for (const x of exchanges) {
    const i = bucket(x.at);
    if (i < 0) continue;
    talked[i]?.add(x.personId);
    talkedAnyMonth.add(x.personId);
  }
  const withConnections = ledger.available.has('connections');
  const rows: Record<string, string | number>[] = [];
  months.forEach((m, i) => {
    if (withConnections) rows.push({ month: m, series: 'connections added', people: added[i] ?? 0 });
    rows.push({ month: m, series: 'people with a two-way conversation', people: talked[i]?.size ?? 0 });
  });
  const totalAdded = added.reduce((a, b) => a + b, 0);
  const talkedAny = talkedAnyMonth.size;
  const description = withConnections
    ? `Over the last ${CHART_MONTHS} months you added ${totalAdded} connection${totalAdded === 1 ? '' : 's'} and had a two-way conversation (a message answered within 30 days) with ${talkedAny} ${talkedAny === 1 ? 'person' : 'different people'}.`
    : `Over the last ${CHART_MONTHS} months you had a two-way conversation (a message answered within 30 days) with ${talkedAny} ${talkedAny === 1 ? 'person' : 'different people'}.`;
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
