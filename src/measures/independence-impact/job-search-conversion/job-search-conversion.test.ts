import { describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../../../model/types.ts';
import { at, ctxOf, ev, makeLedger, msg } from '../../_lib/test-ledger.ts';
import { DAY_MS } from '../../_lib/time.ts';
import { jobSearchConversion } from './index.ts';

const T = at('2024-06-30');
const apply = (organisation: string, time = T - 5 * DAY_MS): LedgerEvent => ev('job-application', 'out', time, { organisation, detail: 'Analyst' });
const save = (time = T - 5 * DAY_MS): LedgerEvent => ev('job-save', 'out', time, { organisation: 'Somewhere' });
const jobs = ['jobs', 'connections'];

/** A weekly reciprocated 1:1 conversation with `who` for most of the year: a likely strong tie. */
function closeTie(who: string): LedgerEvent[] {
  const out: LedgerEvent[] = [];
  for (let d = 5; d < 360; d += 7) out.push(msg('out', who, T - d * DAY_MS), msg('in', who, T - d * DAY_MS + 3_600_000));
  return out;
}

describe('job_search_conversion', () => {
  it('is not available without a jobs file or without connections', () => {
    expect(jobSearchConversion.compute(ctxOf(makeLedger({ connections: ['a'] }), T)).status).toBe('not-available');
    expect(jobSearchConversion.compute(ctxOf(makeLedger({ events: [apply('A')], available: ['jobs'] }), T)).status).toBe('not-available');
  });
  it('is insufficient for no application, one, and two in the window', () => {
    expect(jobSearchConversion.compute(ctxOf(makeLedger({ available: jobs }), T))).toMatchObject({ status: 'insufficient', have: 0, need: 3 });
    expect(jobSearchConversion.compute(ctxOf(makeLedger({ events: [apply('A')], available: jobs }), T))).toMatchObject({ status: 'insufficient', have: 1 });
    const events = [apply('A'), apply('B'), apply('C', T - 400 * DAY_MS), save(), save()];
    expect(jobSearchConversion.compute(ctxOf(makeLedger({ events, available: jobs }), T))).toMatchObject({ status: 'insufficient', have: 2 });
  });
  it('hand-computed: 4 applications, 2 at employers of connections (names normalised), 1 with a strong tie', () => {
    const connections = [
      { id: 'ann', organisation: 'Acme, Inc.' },
      { id: 'bo', organisation: 'Brightloom Labs' },
      { id: 'cy', organisation: '' },
    ];
    const events = [apply('ACME'), apply('Brightloom Labs Ltd', T - 10 * DAY_MS), apply('Nowhere Co'), apply(''), save(), save(), save(), save(), save(T - 370 * DAY_MS), ...closeTie('bo')];
    const r = jobSearchConversion.compute(ctxOf(makeLedger({ events, connections, available: ['jobs', 'connections', 'messages'] }), T));
    expect(r).toMatchObject({
      status: 'ok',
      value: 0.5,
      display: '2 of 4 applications',
      parts: { saved: 4, applied: 4, applied_per_saved: 1, network_backed_share: 0.5, strong_tie_backed_share: 0.25 },
    });
    if (r.status !== 'ok') return;
    expect(r.items?.find((i) => i.employer === 'Brightloom Labs Ltd')).toMatchObject({ connections_there: 1, strong_ties_there: 1 });
    expect(r.items?.find((i) => i.employer === 'ACME')).toMatchObject({ connections_there: 1, strong_ties_there: 0 });
    expect(r.charts?.[0]?.rows.map((x) => x.jobs)).toEqual([4, 4, 2, 1]);
  });
  it('counts three applications on one day with no saved jobs (no applied-per-saved figure)', () => {
    const events = [apply('A', T), apply('A', T), apply('B', T)];
    const r = jobSearchConversion.compute(ctxOf(makeLedger({ events, connections: [{ id: 'x', organisation: 'a' }], available: jobs }), T));
    expect(r).toMatchObject({ status: 'ok', value: 2 / 3, parts: { saved: 0, applied: 3, strong_tie_backed_share: 0 } });
    if (r.status === 'ok') expect(r.parts?.applied_per_saved).toBeUndefined();
  });
});
