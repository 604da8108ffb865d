/** T1.6 `employer_concentration`: how many of your LinkedIn connections work at the same places. */
import type { ChartData } from '../../measure.ts';
import { defineMeasure, insufficient } from '../../measure.ts';
import type { Ledger, Position } from '../../../model/types.ts';
import { normaliseOrganisation } from '../../_lib/organisation.ts';
import { percent } from '../../_lib/stats.ts';

/** Minimum: 50 non-blank Company values (CODEBOOK T1.6). */
export const MIN_COMPANIES = 50;
const TOP_ITEMS = 10;

/** One employer among the connections: its key, the spelling seen first, and its count. */
interface Employer {
  readonly key: string;
  readonly name: string;
  count: number;
}

/** The user's current LinkedIn position: open-ended, latest start (a `YYYY-MM` or `YYYY` string sorts by date). */
export function currentPosition(ledger: Ledger): Position | undefined {
  const open = ledger.profiles.filter((p) => p.platform === 'linkedin').flatMap((p) => p.positions.filter((x) => !x.finishedOn));
  return open.sort((a, b) => ((b.startedOn ?? '') < (a.startedOn ?? '') ? -1 : (b.startedOn ?? '') > (a.startedOn ?? '') ? 1 : 0))[0];
}

function employerChart(top: readonly Employer[], nonBlank: number): ChartData {
  const first = top[0];
  return {
    kind: 'bar',
    title: 'Where your connections work now (largest employers)',
    description:
      first === undefined
        ? 'No employer is named by your connections.'
        : `The largest employer, ${first.name}, holds ${first.count} of ${nonBlank} connections with a company (${percent(first.count / nonBlank)}).`,
    rows: top.map((e) => ({ employer: e.name, connections: e.count })),
    x: 'employer',
    y: 'connections',
    xTitle: 'current employer (as your connections list it)',
    yTitle: 'connections',
  };
}

export const employerConcentration = defineMeasure({
  meta: {
    id: 'employer_concentration',
    codebook: 'T1.6',
    tension: 'reach-depth',
    side: 'reach',
    title: 'How many of your connections work in the same places',
    definition:
      'From the Company of each LinkedIn connection (lower-cased, punctuation and legal suffixes such as Inc, Ltd, LLC, GmbH, plc, Corp and Co removed; blanks dropped and reported): H = Σ p², the chance that two random connections share a current employer, where p is each employer\'s share. Also the effective number of employers 1/H, the top-3 share and the share at your own current employer.',
    unit: 'proportion',
    window: 'connections as of the export date (current employer snapshot)',
    minimum: `${MIN_COMPANIES} connections with a company`,
    requires: ['connections'],
    platforms: ['linkedin'],
    references: [
      { claim: 'Redundancy means that a person\'s contacts are connected to each other as well; measuring it needs ties among the contacts, which no export contains.', source: 'Borgatti (1997)', evidence: 'V' },
      { claim: 'Shared current employer is used as the only structural hint available, assuming people at the same employer are likely tied: a labelled assumption, not a measurement.', source: 'CODEBOOK T1.6', evidence: 'D' },
      { claim: 'Tie strength in a large LinkedIn experiment was measured partly by mutual-connection counts, which exports do not include.', source: 'Rajkumar et al. (2022)', evidence: 'S' },
    ],
    caveat: 'Who actually knows whom. The Company field is a current self-reported snapshot (often blank or stale), and one 100,000-person employer inflates the figure without real redundancy.',
    question: 'If everyone from your current employer vanished from this list, what would be left, and does that part point where you want to go?',
  },
  compute(ctx) {
    const { ledger } = ctx;
    const ties = ledger.ties.filter((t) => t.platform === 'linkedin' && t.kind === 'connection');
    if (ties.length === 0 && !ledger.files.some((f) => f.platform === 'linkedin' && f.kind === 'connections')) {
      return { status: 'not-available', reason: 'not available from these exports (needs LinkedIn connections)' };
    }
    const employers = new Map<string, Employer>();
    const seen = new Set<string>();
    let blank = 0;
    for (const t of ties) {
      // One person listed twice is still one connection.
      if (seen.has(t.personId)) continue;
      seen.add(t.personId);
      const raw = ledger.people.get(t.personId)?.organisation ?? '';
      const key = normaliseOrganisation(raw);
      if (key === '') {
        blank += 1;
        continue;
      }
      const e = employers.get(key);
      if (e) e.count += 1;
      else employers.set(key, { key, name: raw.trim(), count: 1 });
    }
    const nonBlank = seen.size - blank;
    if (nonBlank < MIN_COMPANIES) return insufficient(nonBlank, MIN_COMPANIES, 'connections with a company');
    const ranked = [...employers.values()].sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    let h = 0;
    for (const e of ranked) h += (e.count / nonBlank) ** 2;
    const top3 = ranked.slice(0, 3).reduce((n, e) => n + e.count, 0);
    const parts: Record<string, number> = {
      effective_employers: 1 / h,
      top3_share: top3 / nonBlank,
      blank_share: blank / seen.size,
      employers: ranked.length,
      connections_with_company: nonBlank,
    };
    const notes: string[] = [];
    const own = currentPosition(ledger);
    const ownKey = own ? normaliseOrganisation(own.organisation) : '';
    if (ownKey !== '') parts.own_employer_share = (employers.get(ownKey)?.count ?? 0) / nonBlank;
    else notes.push('Your own current employer is not known (no open position in Positions.csv), so its share is not shown.');
    const top = ranked.slice(0, TOP_ITEMS);
    return {
      status: 'ok',
      value: h,
      display: `about ${(1 / h).toFixed(1)} effective employers among ${nonBlank} connections`,
      parts,
      items: top.map((e) => ({ employer: e.name, connections: e.count, share: e.count / nonBlank })),
      charts: [employerChart(top, nonBlank)],
      ...(notes.length > 0 ? { notes } : {}),
    };
  },
});
