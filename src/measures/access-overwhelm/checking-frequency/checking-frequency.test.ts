import { describe, expect, it } from 'vitest';
import { at, ctxOf, daysBefore, ev, makeLedger, msg } from '../../_lib/test-ledger.ts';
import { MIN_PERIOD_DAYS, checkingFrequency } from './index.ts';

const T = at('2024-06-30');
const react = (t: number) => ev('reaction', 'out', t, { targetUrl: 'https://www.linkedin.com/feed/x' });
const login = (t: number | undefined) => ev('login', 'out', t, { detail: 'Login' });

describe('checking_frequency', () => {
  it('matches a hand computation: 3 action days of 365', () => {
    const l = makeLedger({ events: [react(daysBefore(T, 1)), react(daysBefore(T, 1) + 60_000), react(daysBefore(T, 10)), react(daysBefore(T, 100)), msg('in', 'a', daysBefore(T, 400)), react(daysBefore(T, 500))] });
    const r = checkingFrequency.compute(ctxOf(l, T));
    expect(r).toMatchObject({ status: 'ok', value: 3 / 365, parts: { action_days: 3, period_days: 365, median_actions_per_active_day: 1 }, byPlatform: { linkedin: 3 / 365 } });
    expect(r.status === 'ok' && r.notes?.[0]).toMatch(/Logins\.csv/);
    // Months are a time series: drawn left to right, oldest first.
    const chart = r.status === 'ok' ? r.charts?.[0] : undefined;
    expect(chart).toMatchObject({ kind: 'bar', x: 'month', xType: 'period' });
    const months = (chart?.rows ?? []).map((x) => x['month']);
    expect(months).toEqual([...months].sort());
  });
  it('counts only actions (outbound), not messages received', () => {
    const l = makeLedger({ events: [msg('in', 'a', daysBefore(T, 400)), msg('in', 'a', daysBefore(T, 3)), msg('out', 'a', daysBefore(T, 2))] });
    expect(checkingFrequency.compute(ctxOf(l, T))).toMatchObject({ status: 'ok', value: 1 / 365 });
  });
  it('counts local days in the user time zone', () => {
    const l = makeLedger({ events: [msg('in', 'a', daysBefore(T, 400)), react(Date.parse('2024-06-20T23:30:00Z')), react(Date.parse('2024-06-21T00:30:00Z'))] });
    expect(checkingFrequency.compute(ctxOf(l, T))).toMatchObject({ parts: { action_days: 2 } });
    // Berlin is UTC+2 in June: 01:30 and 02:30 on 21 June.
    expect(checkingFrequency.compute(ctxOf(l, T, { timeZone: 'Europe/Berlin' }))).toMatchObject({ parts: { action_days: 1 } });
  });
  it('needs a period of 30 days: an archive starting 29 days before T is insufficient, 30 is enough', () => {
    expect(MIN_PERIOD_DAYS).toBe(30);
    const short = makeLedger({ events: [react(daysBefore(T, 28)), react(T)] });
    expect(checkingFrequency.compute(ctxOf(short, T))).toMatchObject({ status: 'insufficient', have: 29, need: 30 });
    const enough = makeLedger({ events: [react(daysBefore(T, 29)), react(T)] });
    const r = checkingFrequency.compute(ctxOf(enough, T));
    expect(r).toMatchObject({ status: 'ok', value: 2 / 30, parts: { period_days: 30 } });
    expect(r.status === 'ok' && r.notes).toHaveLength(2);
  });
  it('is insufficient for one action, and for everything on one day', () => {
    expect(checkingFrequency.compute(ctxOf(makeLedger({ events: [react(T)] }), T))).toMatchObject({ status: 'insufficient', have: 1 });
    const day = daysBefore(T, 3);
    expect(checkingFrequency.compute(ctxOf(makeLedger({ events: [react(day), react(day + 1000), react(day + 2000)] }), T))).toMatchObject({ status: 'insufficient', have: 4 });
  });
  it('adds LinkedIn sign-in days over the period Logins.csv covers, without counting a sign-in as an action', () => {
    const l = makeLedger({
      events: [
        react(daysBefore(T, 1)),
        react(daysBefore(T, 10)),
        react(daysBefore(T, 100)),
        // Two sign-ins on one day, one on another, the first 400 days back; a day with only a sign-in.
        login(daysBefore(T, 1)),
        login(daysBefore(T, 1) + 60_000),
        login(daysBefore(T, 50)),
        login(daysBefore(T, 400)),
        // An undated row says nothing about which day.
        login(undefined),
      ],
    });
    const r = checkingFrequency.compute(ctxOf(l, T));
    expect(r).toMatchObject({
      status: 'ok',
      value: 3 / 365,
      parts: { action_days: 3, linkedin_login_days: 3, linkedin_login_period_days: 401, linkedin_login_day_share: 3 / 401, linkedin_median_logins_per_login_day: 1 },
    });
    const notes = r.status === 'ok' ? (r.notes ?? []) : [];
    expect(notes).toHaveLength(1);
    // In the 365 days: sign-ins on 2 days, actions on 3: the file does not list every visit.
    expect(notes[0]).toBe(
      'Sign-in records (LinkedIn): 4 sign-ins on 3 of the 401 days the file covers (1%). In the action-days period that is 2 days with a sign-in against 3 with an action on LinkedIn: the file does not list every visit (it is not known whether app sessions create a row).',
    );
  });
  it('counts sign-in days in the user time zone, and leaves out a sign-in file covering under 30 days', () => {
    const events = [react(daysBefore(T, 200)), react(daysBefore(T, 3)), login(Date.parse('2024-06-20T23:30:00Z')), login(Date.parse('2024-06-21T00:30:00Z')), login(daysBefore(T, 60))];
    const utc = checkingFrequency.compute(ctxOf(makeLedger({ events }), T));
    expect(utc).toMatchObject({ parts: { linkedin_login_days: 3, linkedin_median_logins_per_login_day: 1 } });
    const berlin = checkingFrequency.compute(ctxOf(makeLedger({ events }), T, { timeZone: 'Europe/Berlin' }));
    expect(berlin).toMatchObject({ parts: { linkedin_login_days: 2, linkedin_median_logins_per_login_day: 1.5 } });
    const recent = checkingFrequency.compute(ctxOf(makeLedger({ events: [react(daysBefore(T, 200)), react(daysBefore(T, 3)), login(daysBefore(T, 28))] }), T));
    expect(recent.status === 'ok' && Object.keys(recent.parts ?? {}).some((k) => k.includes('login'))).toBe(false);
    expect(recent.status === 'ok' && recent.notes).toContain('Sign-in records (LinkedIn) cover only 29 days, fewer than the 30 needed, so they are not counted.');
  });
  it('copes with sign-ins spread over a million days (a crafted file): no argument-list overflow', () => {
    const start = Date.UTC(1000, 0, 1);
    const events = [react(daysBefore(T, 200)), react(daysBefore(T, 3)), ...Array.from({ length: 400_000 }, (_, i) => login(start + i * 3 * 86_400_000))];
    const r = checkingFrequency.compute(ctxOf(makeLedger({ events }), T));
    // Every third day from the year 1000 up to T (later ones are after the export date).
    const upToT = Math.floor((T - start) / (3 * 86_400_000)) + 1;
    expect(upToT).toBeGreaterThan(120_000);
    expect(r).toMatchObject({ status: 'ok', parts: { linkedin_login_days: upToT, linkedin_login_period_days: Math.floor(T / 86_400_000) - Math.floor(start / 86_400_000) + 1 } });
  });
  it('is not available without dated-action data, and on an empty ledger', () => {
    expect(checkingFrequency.compute(ctxOf(makeLedger(), T)).status).toBe('not-available');
    expect(checkingFrequency.compute(ctxOf(makeLedger({ connections: ['a'] }), T)).status).toBe('not-available');
  });
});
