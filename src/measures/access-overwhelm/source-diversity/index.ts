/** T2.6 `source_diversity`: how many different places the links you share and like come from. */
import type { ChartData } from '../../measure.ts';
import { defineMeasure, insufficient } from '../../measure.ts';
import type { EventKind, Ledger, LedgerEvent, Platform } from '../../../model/types.ts';
import { classifyLink, entropyBits, linksInText } from '../../_lib/domains.ts';
import { eventTable, firstAfter, windowRange } from '../../_lib/event-table.ts';
import { percent } from '../../_lib/stats.ts';
import { WINDOW_DAYS } from '../../_lib/time.ts';

/** Minimum: 20 external links (CODEBOOK T2.6). */
export const MIN_LINKS = 20;
const TOP_ITEMS = 15;
/** Things the user shared or wrote; reactions are the "liked" side. */
const SHARED_KINDS: readonly EventKind[] = ['post', 'repost', 'comment', 'reply'];
const SOURCES = ['posts', 'comments', 'reactions'];

/** Links counted by registrable domain. */
export interface DomainTally {
  readonly domains: Map<string, number>;
  external: number;
  internal: number;
  shorteners: number;
  /** External links from undated likes (X like.js), counted all-time. */
  undatedLikes: number;
}

function newTally(): DomainTally {
  return { domains: new Map(), external: 0, internal: 0, shorteners: 0, undatedLikes: 0 };
}

function addLink(t: DomainTally, url: string, undated: boolean): void {
  const c = classifyLink(url);
  if (c.kind === 'internal') t.internal += 1;
  else if (c.kind === 'shortener') t.shorteners += 1;
  else if (c.kind === 'external') {
    t.external += 1;
    if (undated) t.undatedLikes += 1;
    t.domains.set(c.domain, (t.domains.get(c.domain) ?? 0) + 1);
  }
}

function addEvent(t: DomainTally, e: LedgerEvent, undated: boolean): void {
  const inText = e.text ? linksInText(e.text) : [];
  // Most items carry one link at most: no set needed for them.
  if (inText.length === 0) {
    if (e.targetUrl) addLink(t, e.targetUrl, undated);
    return;
  }
  // A link both shared and written in the text counts once.
  const urls = new Set<string>(inText);
  if (e.targetUrl) urls.add(e.targetUrl);
  for (const u of urls) addLink(t, u, undated);
}

/** Links you shared (posts, reposts, comments, replies) or liked in W, per platform; undated likes count all-time. */
export function domainTallies(ledger: Ledger, asOf: number): Map<Platform, DomainTally> {
  const table = eventTable(ledger);
  const out = new Map<Platform, DomainTally>();
  const tally = (p: Platform) => {
    let t = out.get(p);
    if (!t) {
      t = newTally();
      out.set(p, t);
    }
    return t;
  };
  for (const kind of [...SHARED_KINDS, 'reaction' as const]) {
    const list = table.of(kind, 'out');
    const [from, to] = windowRange(table, list, asOf, WINDOW_DAYS);
    for (let k = from; k < to; k++) {
      const e = table.events[list[k] ?? 0];
      if (e) addEvent(tally(e.platform), e, false);
    }
    // X likes carry no time (CODEBOOK §2): the codebook takes them all-time, labelled as such.
    if (kind === 'reaction') {
      const undatedEnd = firstAfter(table, list, -Infinity);
      for (let k = 0; k < undatedEnd; k++) {
        const e = table.events[list[k] ?? 0];
        if (e) addEvent(tally(e.platform), e, true);
      }
    }
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Entropy, effective number of sources and top-domain share of one tally. */
export function diversity(t: DomainTally): { bits: number; effective: number; topShare: number } {
  const bits = entropyBits(t.domains.values());
  const top = Math.max(0, ...t.domains.values());
  return { bits, effective: 2 ** bits, topShare: t.external === 0 ? 0 : top / t.external };
}

function merged(tallies: Iterable<DomainTally>): DomainTally {
  const m = newTally();
  for (const t of tallies) {
    for (const [d, n] of t.domains) m.domains.set(d, (m.domains.get(d) ?? 0) + n);
    m.external += t.external;
    m.internal += t.internal;
    m.shorteners += t.shorteners;
    m.undatedLikes += t.undatedLikes;
  }
  return m;
}

function domainChart(top: readonly (readonly [string, number])[], total: number, effective: number): ChartData {
  const first = top[0];
  return {
    kind: 'bar',
    title: 'Where the links you share and like point (largest sources)',
    description: `${total} external links from ${effective.toFixed(1)} effective sources; the largest, ${first?.[0] ?? 'none'}, holds ${first?.[1] ?? 0} (${percent((first?.[1] ?? 0) / Math.max(1, total))}).`,
    rows: top.map(([domain, links]) => ({ domain, links })),
    x: 'domain',
    y: 'links',
    xTitle: 'source (registrable domain)',
    yTitle: 'links',
  };
}

export const sourceDiversity = defineMeasure({
  meta: {
    id: 'source_diversity',
    codebook: 'T2.6',
    tension: 'access-overwhelm',
    side: 'access',
    title: 'How many different places your information comes from',
    definition:
      'Links in your posts, reposts, comments and replies and in the items you liked in the 365 days before the export date (X likes, which are undated, all-time), each reduced to its registrable domain with the public suffix list. Platform-internal domains (linkedin.com, lnkd.in, x.com, twitter.com, t.co) are left out and link shorteners counted apart. The value is the effective number of sources 2^H, where H is the Shannon entropy of the domains in bits.',
    unit: 'count',
    window: '365 days before the export date (undated likes: all time)',
    minimum: `${MIN_LINKS} external links`,
    requires: [],
    platforms: ['linkedin', 'x', 'mastodon', 'bluesky'],
    references: [
      { claim: 'In a randomized experiment with 253 million Facebook users, the abundant weak ties propagated most of the novel information.', source: 'Bakshy et al. (2012)', evidence: 'V' },
      { claim: 'Web 2.0 brings pathologies such as "micro-chunking and shallow novelty", so more sources is not more depth.', source: 'Bawden & Robinson (2009)', evidence: 'V' },
    ],
    caveat: 'Whether you read these links. A domain is not a viewpoint.',
    question: 'Which of these sources regularly tells you something you disagree with?',
  },
  compute(ctx) {
    if (!SOURCES.some((s) => ctx.ledger.available.has(s))) {
      return { status: 'not-available', reason: 'not available from these exports (needs posts, comments or reactions)' };
    }
    const tallies = domainTallies(ctx.ledger, ctx.asOf);
    const all = merged(tallies.values());
    if (all.external < MIN_LINKS) return insufficient(all.external, MIN_LINKS, 'external links shared or liked');
    const d = diversity(all);
    const top = [...all.domains].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
    const byPlatform: Partial<Record<Platform, number>> = {};
    for (const [p, t] of tallies) if (t.external >= MIN_LINKS) byPlatform[p] = diversity(t).effective;
    const notes: string[] = [];
    if (all.undatedLikes > 0) notes.push(`${all.undatedLikes} links come from likes without a date (X), counted from all time.`);
    if (all.shorteners > 0) notes.push(`${all.shorteners} links went through a shortener that hides the real source; they are left out.`);
    return {
      status: 'ok',
      value: d.effective,
      display: `${d.effective.toFixed(1)} effective sources in ${all.external} links`,
      parts: { entropy_bits: d.bits, top_share: d.topShare, external_links: all.external, domains: all.domains.size, shorteners: all.shorteners, internal_links: all.internal },
      byPlatform,
      items: top.slice(0, TOP_ITEMS).map(([domain, links]) => ({ domain, links, share: links / all.external })),
      charts: [domainChart(top.slice(0, TOP_ITEMS), all.external, d.effective)],
      ...(notes.length > 0 ? { notes } : {}),
    };
  },
});
