/** T5.6 `connection_accumulation_bursts`: collecting connections in batches. */
import type { ChartData } from '../../measure.ts';
import { defineMeasure, insufficient } from '../../measure.ts';
import type { Ledger, Platform, Tie } from '../../../model/types.ts';
import { messageIndex } from '../../_lib/alters.ts';
import { busiestPlatform, headlineNote, inPlatformOrder, notesPart } from '../../_lib/by-platform.ts';
import { DAY_MS } from '../../_lib/time.ts';
import { isoWeekLabel, meanSd, weekIndex, weekStart } from './weeks.ts';
import { plural } from '../../../plural.ts';
import { platformName } from '../../../model/platform-name.ts';

export const MIN_CONNECTIONS = 50;
/** A burst week has at least this many new connections, however quiet the rest [D]. */
export const BURST_FLOOR = 10;
/** …and at least the mean plus this many standard deviations of weekly counts [D]. */
export const BURST_SDS = 3;
/** Burst-added connections younger than this have had no fair chance to be contacted [D]. */
export const CONTACT_GRACE_DAYS = 90;

/** Mutual follows as a share of the accounts followed, per platform that exports both directions. */
export function followBack(ties: readonly Tie[]): Map<Platform, number> {
  const following = new Map<Platform, Set<string>>();
  const followers = new Map<Platform, Set<string>>();
  for (const t of ties) {
    const m = t.kind === 'follows' ? following : t.kind === 'followed-by' ? followers : undefined;
    if (!m) continue;
    let s = m.get(t.platform);
    if (!s) {
      s = new Set();
      m.set(t.platform, s);
    }
    s.add(t.personId);
  }
  const out = new Map<Platform, number>();
  for (const [p, f] of following) {
    const back = followers.get(p);
    if (!back || f.size === 0) continue;
    let mutual = 0;
    for (const id of f) if (back.has(id)) mutual += 1;
    out.set(p, mutual / f.size);
  }
  return out;
}

interface Bursts {
  readonly dated: number;
  readonly weeks: readonly { readonly week: number; readonly count: number }[];
  readonly threshold: number;
  readonly mean: number;
  readonly sd: number;
  readonly burstWeeks: ReadonlySet<number>;
  readonly burstTies: readonly Tie[];
}

/**
 * Weekly counts of new connections from the first connection's week to the export date's week
 * (zero weeks included [D]), and the weeks at or above max(10, mean + 3·SD).
 */
export function findBursts(ties: readonly Tie[], asOf: number): Bursts {
  const dated = ties.filter((t): t is Tie & { since: number } => t.since !== undefined && t.since <= asOf);
  if (dated.length === 0) return { dated: 0, weeks: [], threshold: BURST_FLOOR, mean: 0, sd: 0, burstWeeks: new Set(), burstTies: [] };
  let first = Infinity;
  for (const t of dated) first = Math.min(first, weekIndex(t.since));
  const last = weekIndex(asOf);
  const counts = new Array<number>(last - first + 1).fill(0);
  for (const t of dated) {
    const i = weekIndex(t.since) - first;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  const { mean, sd } = meanSd(counts);
  const threshold = Math.max(BURST_FLOOR, mean + BURST_SDS * sd);
  const burstWeeks = new Set<number>();
  counts.forEach((c, i) => {
    if (c >= threshold) burstWeeks.add(first + i);
  });
  return {
    dated: dated.length,
    weeks: counts.map((count, i) => ({ week: first + i, count })),
    threshold,
    mean,
    sd,
    burstWeeks,
    burstTies: dated.filter((t) => burstWeeks.has(weekIndex(t.since))),
  };
}

/**
 * Weekly counts as a line over time with the threshold drawn across it: one bar per week ran to
 * hundreds of bars (a 2017–2026 network: 430 weeks, a chart 10,000 px tall).
 */
function chart(platform: Platform, b: Bursts, share: number): ChartData {
  return {
    kind: 'line',
    title: `New connections per week (${platformName(platform)})`,
    description: `${plural(b.burstWeeks.size, 'week')} reached the burst threshold of ${b.threshold.toFixed(1)} new connections (the larger of 10 and the weekly mean plus three standard deviations); they added ${b.burstTies.length} of your ${b.dated} dated connections (${Math.round(share * 100)}%).`,
    rows: b.weeks.map((w) => ({ week: isoWeekLabel(w.week), starts: weekStart(w.week), connections: w.count })),
    x: 'starts',
    xType: 'date',
    y: 'connections',
    xTitle: 'week',
    yTitle: 'new connections',
    rule: { y: b.threshold, label: `burst threshold ${b.threshold.toFixed(1)}` },
  };
}

function neverContacted(ledger: Ledger, asOf: number, ties: readonly Tie[]): { eligible: number; never: number } {
  const alters = messageIndex(ledger, asOf).alters;
  const cutoff = asOf - CONTACT_GRACE_DAYS * DAY_MS;
  let eligible = 0;
  let never = 0;
  for (const t of ties) {
    if (t.since === undefined || t.since > cutoff) continue;
    eligible += 1;
    const a = alters.get(t.personId);
    if (!a || a.sent + a.received === 0) never += 1;
  }
  return { eligible, never };
}

export const connectionAccumulationBursts = defineMeasure({
  meta: {
    id: 'connection_accumulation_bursts',
    codebook: 'T5.6',
    tension: 'collaboration-competition',
    side: 'competition',
    title: 'Collecting connections in batches',
    definition:
      'New connections are counted per ISO week, from the week of your first connection to the week of the export date. A burst week has at least max(10, mean + 3 standard deviations) new connections. The value is the share of your dated connections added in burst weeks; burst_never_contacted is the share of burst-added connections at least 90 days old with no written message either way, ever. Where a platform exports both who you follow and who follows you, follow-back reciprocity (mutual ÷ followed) is given too.',
    unit: 'proportion',
    window: 'all time',
    minimum: `${MIN_CONNECTIONS} connections`,
    requires: ['connections'],
    platforms: ['linkedin', 'x'],
    references: [
      { claim: 'Visible metrics turn the need for worth into a "desire for more" friends, likes and comments.', source: 'Grosser (2014)', evidence: 'V' },
      { claim: 'The Twitter follow graph shows low reciprocity.', source: 'Kwak et al. (2010)', evidence: 'V' },
      { claim: 'The burst rule max(10, mean + 3·SD) per ISO week is a design choice.', source: 'CODEBOOK T5.6', evidence: 'D' },
    ],
    caveat: 'Motive. A conference week legitimately produces a burst, and "never contacted" online may mean "met in person".',
    question: 'Think of the last batch of people you added at once: what did you hope each of them would become to you?',
  },
  compute(ctx) {
    const byPlatform = new Map<Platform, Tie[]>();
    for (const t of ctx.ledger.ties) {
      if (t.kind !== 'connection' && t.kind !== 'friend') continue;
      const list = byPlatform.get(t.platform);
      if (list) list.push(t);
      else byPlatform.set(t.platform, [t]);
    }
    const sizes = new Map<Platform, number>([...byPlatform].map(([p, l]) => [p, l.length]));
    const headline = busiestPlatform(sizes);
    const n = headline === undefined ? 0 : (sizes.get(headline) ?? 0);
    if (headline === undefined || n < MIN_CONNECTIONS) return insufficient(n, MIN_CONNECTIONS, 'connections');
    const shares = new Map<Platform, number>();
    let top: Bursts | undefined;
    for (const [p, ties] of byPlatform) {
      if (ties.length < MIN_CONNECTIONS) continue;
      const b = findBursts(ties, ctx.asOf);
      if (b.dated === 0) continue;
      shares.set(p, b.burstTies.length / b.dated);
      if (p === headline) top = b;
    }
    if (!top) return { status: 'not-available', reason: 'not available from these exports (the connections carry no dates)' };
    const value = top.burstTies.length / top.dated;
    const parts: Record<string, number> = {
      burst_weeks: top.burstWeeks.size,
      burst_connections: top.burstTies.length,
      dated_connections: top.dated,
      threshold: top.threshold,
      mean_per_week: top.mean,
      sd_per_week: top.sd,
    };
    const items: Record<string, string | number>[] = [];
    if (ctx.ledger.available.has('messages')) {
      const nc = neverContacted(ctx.ledger, ctx.asOf, top.burstTies);
      if (nc.eligible > 0) parts.burst_never_contacted = nc.never / nc.eligible;
    }
    for (const w of top.weeks) if (top.burstWeeks.has(w.week)) items.push({ week: isoWeekLabel(w.week), connections: w.count });
    for (const [p, r] of followBack(ctx.ledger.ties)) parts[`follow_back_${p}`] = r;
    return {
      status: 'ok',
      value,
      display: `${top.burstTies.length} of ${top.dated} in ${top.burstWeeks.size} burst weeks`,
      parts,
      byPlatform: inPlatformOrder(shares),
      items,
      charts: [chart(headline, top, value)],
      ...notesPart(headlineNote(headline, shares)),
    };
  },
});
