import { describe, expect, it } from 'vitest';
import { buildLedger } from '../../../model/build.ts';
import type { LedgerEvent } from '../../../model/types.ts';
import { at, ctxOf, daysBefore, makeLedger, msg } from '../../_lib/test-ledger.ts';
import { MIN_ALTERS, dunbarLayerProfile } from './index.ts';

const T = at('2024-06-30');

/** A reciprocated contact on `days` distinct days: out then in, the same day, days 1…days before T. */
function contact(who: string, days: number): LedgerEvent[] {
  const out: LedgerEvent[] = [];
  for (let d = 1; d <= days; d++) out.push(msg('out', who, daysBefore(T, d)), msg('in', who, daysBefore(T, d) + 3600_000));
  return out;
}

function inbound(n: number, prefix = 'p'): LedgerEvent[] {
  return Array.from({ length: n }, (_, i) => msg('in', `${prefix}${i}`, daysBefore(T, 10 + i)));
}

/** L5 p1 (52 days), L15 p2 (12), L50 p3 (2), 30 one-way L150, dormant d1, lapsed l1, unplaced u1, 3 latent connections. */
function handLedger(l5Days = 52) {
  const events = [
    ...contact('close', l5Days),
    ...contact('monthly', 12),
    ...contact('twice', 2),
    ...inbound(30),
    // Once real (10 messages, answered) and silent for four years.
    ...Array.from({ length: 10 }, (_, i) => msg(i % 2 === 0 ? 'out' : 'in', 'dormant', daysBefore(T, 1500 + i))),
    msg('out', 'lapsed', daysBefore(T, 700)),
    msg('in', 'lapsed', daysBefore(T, 699)),
    msg('in', 'unplaced', daysBefore(T, 1500)),
  ];
  return makeLedger({ events, connections: ['p0', 'c1', 'c2', 'c3'] });
}

describe('dunbar_layer_profile', () => {
  it('matches a hand computation of the §5.1 frequency rule', () => {
    const r = dunbarLayerProfile.compute(ctxOf(handLedger(), T));
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    // Cumulative: L5 1, L15 2, L50 3, L150 33; headline L15.
    expect(r.value).toBe(2);
    expect(r.parts).toMatchObject({ innermost: 1, l5: 1, l15: 2, l50: 3, l150: 33, dormant: 1, lapsed: 1, unplaced: 1, latent: 3, alters: 36 });
    expect(r.parts?.ratio_l15_l5).toBe(2);
    expect(r.parts?.ratio_l50_l15).toBe(1.5);
    expect(r.parts?.ratio_l150_l50).toBe(11);
    expect(r.byPlatform).toEqual({ linkedin: 2 });
    expect(r.items).toEqual([
      { name: 'close', layer: 'innermost', contact_days: 52 },
      { name: 'monthly', layer: 'L15', contact_days: 12 },
    ]);
    const you = r.charts?.[0]?.rows.filter((x) => x.source === 'you (this export)').map((x) => x.people);
    expect(you).toEqual([1, 1, 2, 3, 33]);
    expect(r.charts?.[0]?.rows.filter((x) => String(x.source).includes('Mac Carron')).map((x) => x.people)).toEqual([4.1, 11, 30, 129]);
  });
  it('puts 51 contact days in L15, one below the L5 edge', () => {
    const r = dunbarLayerProfile.compute(ctxOf(handLedger(51), T));
    expect(r.status === 'ok' && r.parts).toMatchObject({ innermost: 0, l5: 0, l15: 2 });
    expect(r.status === 'ok' && r.parts?.ratio_l15_l5).toBeUndefined();
  });
  it('cross-checks with tie-strength ranks: the top people by S agree with the frequency layers', () => {
    const r = dunbarLayerProfile.compute(ctxOf(handLedger(), T));
    expect(r.status === 'ok' && r.parts?.rank_agreement_l5).toBe(1);
    expect(r.status === 'ok' && r.parts?.rank_agreement_l15).toBe(1);
  });
  it('is insufficient below 30 people with a written exchange, and for one', () => {
    expect(MIN_ALTERS).toBe(30);
    expect(dunbarLayerProfile.compute(ctxOf(makeLedger({ events: inbound(29) }), T))).toMatchObject({ status: 'insufficient', have: 29, need: 30 });
    expect(dunbarLayerProfile.compute(ctxOf(makeLedger({ events: inbound(30) }), T))).toMatchObject({ status: 'ok', value: 0 });
    expect(dunbarLayerProfile.compute(ctxOf(makeLedger({ events: inbound(1) }), T))).toMatchObject({ status: 'insufficient', have: 1 });
  });
  it('is not available without messages, and on an empty ledger', () => {
    expect(dunbarLayerProfile.compute(ctxOf(makeLedger(), T)).status).toBe('not-available');
    expect(dunbarLayerProfile.compute(ctxOf(makeLedger({ connections: ['a'] }), T)).status).toBe('not-available');
  });
  it('places everyone in L150 when all contact falls on one day', () => {
    const day = daysBefore(T, 5);
    const events = Array.from({ length: 40 }, (_, i) => [msg('out', `q${i}`, day), msg('in', `q${i}`, day + 60_000)]).flat();
    const r = dunbarLayerProfile.compute(ctxOf(makeLedger({ events }), T));
    expect(r).toMatchObject({ status: 'ok', value: 0, parts: { l5: 0, l50: 0, l150: 40 } });
  });
  it('counts contact days in the user time zone', () => {
    // Six nights two days apart, each with contact at 23:30 and 00:30 UTC: 12 UTC days, 6 local days in New York (UTC−4).
    const events: LedgerEvent[] = [...inbound(30)];
    for (let d = 2; d <= 12; d += 2) {
      const midnight = Date.UTC(2024, 5, 30 - d);
      events.push(msg('out', 'night', midnight - 1800_000), msg('in', 'night', midnight + 1800_000));
    }
    const l = makeLedger({ events });
    const utc = dunbarLayerProfile.compute(ctxOf(l, T));
    const ny = dunbarLayerProfile.compute(ctxOf(l, T, { timeZone: 'America/New_York' }));
    expect(utc.status === 'ok' && utc.parts?.l15).toBe(1);
    expect(ny.status === 'ok' && ny.parts?.l15).toBe(0);
    expect(ny.status === 'ok' && ny.parts?.l50).toBe(1);
  });
  it('reports each platform apart and headlines the one with the most people', () => {
    const x: LedgerEvent[] = [...contact('xfriend', 20)].map((e) => ({ ...e, platform: 'x', personIds: ['x:id:1'] }));
    const li = handLedger();
    const l = buildLedger([
      { platform: 'linkedin', people: [...li.people.values()], ties: [...li.ties], events: [...li.events], profiles: [], files: [...li.files] },
      { platform: 'x', people: [{ id: 'x:id:1', platform: 'x' }], ties: [], events: x, profiles: [], files: [] },
    ]);
    const r = dunbarLayerProfile.compute(ctxOf(l, T));
    expect(r.status === 'ok' && r.byPlatform).toEqual({ linkedin: 2, x: 1 });
    expect(r.status === 'ok' && r.value).toBe(2);
  });
});
