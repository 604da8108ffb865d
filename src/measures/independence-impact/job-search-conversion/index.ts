/** T4.4 `job_search_conversion`: from saving jobs, to applying, to applying where you know someone. */
import type { ChartData } from '../../measure.ts';
import { defineMeasure, insufficient } from '../../measure.ts';
import type { Ledger } from '../../../model/types.ts';
import { countInWindow, eventTable, windowRange } from '../../_lib/event-table.ts';
import { normaliseOrganisation } from '../../_lib/organisation.ts';
import { tieInputsFor, tieStrength } from '../../_lib/tie-strength.ts';
import { WINDOW_DAYS, utcDate } from '../../_lib/time.ts';

export const MIN_APPLICATIONS = 3;
/** "Likely strong" band of CODEBOOK §4.2 [D]: S ≥ 0.60. */
export const STRONG_TIE_S = 0.6;

/** Connections by normalised current employer (Company of Connections.csv); blank employers are left out. */
export function connectionsByEmployer(ledger: Ledger): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const t of ledger.ties) {
    if (t.kind !== 'connection') continue;
    const org = normaliseOrganisation(ledger.people.get(t.personId)?.organisation ?? '');
    if (org === '') continue;
    const list = out.get(org);
    if (list) {
      if (!list.includes(t.personId)) list.push(t.personId);
    } else out.set(org, [t.personId]);
  }
  return out;
}

function funnel(saved: number, applied: number, backed: number, strong: number): ChartData {
  return {
    kind: 'bar',
    title: 'From saving jobs to applying where you know someone (last 365 days)',
    description: `In the last 365 days you saved ${saved} jobs and applied to ${applied}; ${backed} applications went to employers where at least one connection works, ${strong} where a likely strong tie works.`,
    rows: [
      { stage: 'jobs saved', jobs: saved },
      { stage: 'applications', jobs: applied },
      { stage: 'where a connection works', jobs: backed },
      { stage: 'where a strong tie works', jobs: strong },
    ],
    x: 'stage',
    y: 'jobs',
    xTitle: '',
    yTitle: 'jobs',
  };
}

export const jobSearchConversion = defineMeasure({
  meta: {
    id: 'job_search_conversion',
    codebook: 'T4.4',
    tension: 'independence-impact',
    side: 'impact',
    title: 'From saving jobs, to applying, to applying where you know someone',
    definition:
      'Among your job applications in the 365 days before the export date, the share whose employer (normalised: lower case, no punctuation, no legal suffix) matches the current Company of at least one connection. Also: jobs saved, applications, applications per saved job, and the share matching a connection whose estimated tie strength is at least 0.60.',
    unit: 'proportion',
    window: '365 days before the export date',
    minimum: `${MIN_APPLICATIONS} job applications in the window`,
    requires: ['jobs', 'connections'],
    platforms: ['linkedin'],
    references: [
      { claim: 'Large-scale studies of LinkedIn and Facebook operationalise job transmission as later working where a connection works.', source: 'Rajkumar et al. (2022); Gee, Jones & Burke (2017)', evidence: 'V' },
      { claim: 'The 0.60 cut for a "likely strong" tie is a provisional band of a prior-weighted estimate, not a fitted threshold.', source: 'CODEBOOK §4.2', evidence: 'D' },
    ],
    caveat: 'Outcomes, or applications made outside LinkedIn (which applications LinkedIn exports is unconfirmed). Company names often fail to match, and a connection\'s Company is a current snapshot.',
    question: 'For the roles you applied to, did you talk to anyone inside first? If not, who could you have asked?',
  },
  compute(ctx) {
    const table = eventTable(ctx.ledger);
    const saved = countInWindow(table, table.of('job-save', 'out'), ctx.asOf, WINDOW_DAYS);
    const list = table.of('job-application', 'out');
    const [from, to] = windowRange(table, list, ctx.asOf, WINDOW_DAYS);
    const applied = to - from;
    if (applied < MIN_APPLICATIONS) return insufficient(applied, MIN_APPLICATIONS, 'job applications in the last 365 days');
    const byEmployer = connectionsByEmployer(ctx.ledger);
    const strength = new Map<string, number>();
    const strongAt = (ids: readonly string[]): number => {
      let n = 0;
      for (const id of ids) {
        let s = strength.get(id);
        if (s === undefined) {
          s = tieStrength(tieInputsFor(ctx.ledger, ctx.asOf, id)).S;
          strength.set(id, s);
        }
        if (s >= STRONG_TIE_S) n += 1;
      }
      return n;
    };
    let backed = 0;
    let strong = 0;
    const items: Record<string, string | number>[] = [];
    for (let k = from; k < to; k++) {
      const e = table.events[list[k] ?? 0];
      if (!e) continue;
      const ids = byEmployer.get(normaliseOrganisation(e.organisation ?? '')) ?? [];
      const strongTies = strongAt(ids);
      if (ids.length > 0) backed += 1;
      if (strongTies > 0) strong += 1;
      items.push({ date: utcDate(e.at ?? ctx.asOf), employer: e.organisation ?? '', title: e.detail ?? '', connections_there: ids.length, strong_ties_there: strongTies });
    }
    const parts: Record<string, number> = { saved, applied, network_backed_share: backed / applied, strong_tie_backed_share: strong / applied };
    if (saved > 0) parts.applied_per_saved = applied / saved;
    return {
      status: 'ok',
      value: backed / applied,
      display: `${backed} of ${applied} applications`,
      parts,
      items,
      charts: [funnel(saved, applied, backed, strong)],
    };
  },
});
