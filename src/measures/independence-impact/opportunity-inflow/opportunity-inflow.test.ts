import { describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../../../model/types.ts';
import { at, ctxOf, makeLedger, msg } from '../../_lib/test-ledger.ts';
import { DAY_MS } from '../../_lib/time.ts';
import { opportunityInflow } from './index.ts';
import { mentionsOpportunity } from './lexicon.ts';

const T = at('2024-06-30');
const plain = (n: number, time = T - DAY_MS): LedgerEvent[] => Array.from({ length: n }, (_, i) => msg('in', `s${i}`, time, { text: 'hello, how are you?' }));

describe('mentionsOpportunity', () => {
  it('matches at word starts, case-insensitively, including the two-word "speak at"', () => {
    expect(mentionsOpportunity('We are HIRING')).toBe(true);
    expect(mentionsOpportunity('new roles open')).toBe(true);
    expect(mentionsOpportunity('an Opportunity for you')).toBe(true);
    expect(mentionsOpportunity('would you speak  at our meetup')).toBe(true);
    expect(mentionsOpportunity('the controle is parole')).toBe(false);
    expect(mentionsOpportunity('thanks, see you soon')).toBe(false);
    expect(mentionsOpportunity('')).toBe(false);
  });
});

describe('opportunity_inflow', () => {
  it('is not available without messages', () => {
    expect(opportunityInflow.compute(ctxOf(makeLedger(), T)).status).toBe('not-available');
  });
  it('is insufficient for an empty file, one message and 19 inbound', () => {
    expect(opportunityInflow.compute(ctxOf(makeLedger({ available: ['messages'] }), T))).toMatchObject({ status: 'insufficient', have: 0, need: 20 });
    expect(opportunityInflow.compute(ctxOf(makeLedger({ events: plain(1) }), T))).toMatchObject({ status: 'insufficient', have: 1 });
    const sent = Array.from({ length: 30 }, () => msg('out', 'x', T));
    expect(opportunityInflow.compute(ctxOf(makeLedger({ events: [...plain(19), ...sent] }), T))).toMatchObject({ status: 'insufficient', have: 19 });
  });
  it('hand-computed: 3 matches of 22 inbound, 2 from connections, charted per quarter', () => {
    const events = [
      ...plain(18),
      msg('in', 'conn1', at('2024-05-01'), { subject: 'Open role', text: 'hi' }),
      msg('in', 'conn2', at('2023-08-01'), { text: 'Would you join our advisory board?' }),
      msg('in', 'recruiter', at('2024-06-01'), { text: 'Recruiting for a great team' }),
      msg('in', 'old', T - 400 * DAY_MS, { text: 'job offer' }), // outside W
      msg('in', 'friend', T - 2 * DAY_MS, { text: 'lunch?' }),
    ];
    const l = makeLedger({ events, connections: ['conn1', 'conn2', 'friend'] });
    const r = opportunityInflow.compute(ctxOf(l, T));
    expect(r).toMatchObject({ status: 'ok', value: 3, parts: { inbound: 22, from_connections: 2 / 3 } });
    if (r.status !== 'ok') return;
    const rows = r.charts?.[0]?.rows ?? [];
    expect(r.charts?.[0]).toMatchObject({ kind: 'bar', x: 'quarter', xType: 'period', series: 'sender' });
    expect(rows.map((x) => x.quarter)).toEqual(['2023-Q3', '2023-Q3', '2023-Q4', '2023-Q4', '2024-Q1', '2024-Q1', '2024-Q2', '2024-Q2']);
    expect(rows.filter((x) => x.messages !== 0)).toEqual([
      { quarter: '2023-Q3', sender: 'from connections', messages: 1 },
      { quarter: '2024-Q2', sender: 'from connections', messages: 1 },
      { quarter: '2024-Q2', sender: 'from others', messages: 1 },
    ]);
  });
  it('counts everything on one day, without sender classes when there is no connections file', () => {
    const events = [...plain(19), msg('in', 'r', T - DAY_MS, { text: 'freelance contract?' })];
    const r = opportunityInflow.compute(ctxOf(makeLedger({ events }), T));
    expect(r).toMatchObject({ status: 'ok', value: 1, parts: { inbound: 20 } });
    if (r.status === 'ok') {
      expect(r.parts?.from_connections).toBeUndefined();
      expect(r.charts?.[0]?.rows.filter((x) => x.messages !== 0)).toEqual([{ quarter: '2024-Q2', sender: 'all senders', messages: 1 }]);
    }
  });
});

describe('opportunity_inflow per platform', () => {
  it('counts each platform apart; the headline is the platform where most messages arrived', () => {
    const onX = (e: LedgerEvent): LedgerEvent => ({ ...e, platform: 'x', source: { platform: 'x', file: 'data/direct-messages.js', row: 1 } });
    const li = [...plain(18), msg('in', 'a', T - DAY_MS, { text: 'We are hiring' }), msg('in', 'b', T - DAY_MS, { text: 'A job for you' })];
    const x = [...plain(30), msg('in', 'c', T - DAY_MS, { text: 'Podcast guest?' })].map(onX);
    expect(opportunityInflow.compute(ctxOf(makeLedger({ events: [...li, ...x] }), T))).toMatchObject({ status: 'ok', value: 1, parts: { inbound: 31 }, byPlatform: { linkedin: 2, x: 1 } });
  });
});
