import { describe, expect, it } from 'vitest';
import { at, ctxOf, makeLedger, msg } from '../../_lib/test-ledger.ts';
import { DAY_MS } from '../../_lib/time.ts';
import { latentTieShare } from './index.ts';

const T = at('2024-06-30');
const ids = (n: number, p = 'c'): string[] => Array.from({ length: n }, (_, i) => `${p}${i}`);

describe('latent_tie_share', () => {
  it('is not available without messages or without connections', () => {
    expect(latentTieShare.compute(ctxOf(makeLedger({ connections: ids(60) }), T)).status).toBe('not-available');
    expect(latentTieShare.compute(ctxOf(makeLedger({ events: [msg('out', 'a', T)] }), T)).status).toBe('not-available');
  });
  it('is insufficient for empty files, one connection, and 49 connections', () => {
    expect(latentTieShare.compute(ctxOf(makeLedger({ available: ['connections', 'messages'] }), T))).toMatchObject({ status: 'insufficient', have: 0, need: 50 });
    expect(latentTieShare.compute(ctxOf(makeLedger({ connections: ['a'], available: ['connections', 'messages'] }), T))).toMatchObject({ status: 'insufficient', have: 1 });
    expect(latentTieShare.compute(ctxOf(makeLedger({ connections: ids(49), available: ['connections', 'messages'] }), T))).toMatchObject({ status: 'insufficient', have: 49 });
  });
  it('hand-computed: 60 connections, 10 too recent, 5 of the 50 eligible ever messaged', () => {
    const old = T - 400 * DAY_MS;
    const connections = [
      ...ids(50).map((id) => ({ id, since: old })),
      ...ids(10, 'new').map((id) => ({ id, since: T - 179 * DAY_MS })),
    ];
    const events = [...ids(4).map((id) => msg('in', id, T - 50 * DAY_MS)), msg('out', 'c4', T - 2000 * DAY_MS), msg('out', 'new0', T - DAY_MS)];
    const r = latentTieShare.compute(ctxOf(makeLedger({ connections, events }), T));
    expect(r).toMatchObject({ status: 'ok', value: 45 / 50, display: '45 of 50', parts: { eligible: 50, latent: 45 } });
  });
  it('treats undated connections as eligible and counts exactly-180-day-old ones', () => {
    const connections = [...ids(49).map((id) => ({ id })), { id: 'edge', since: T - 180 * DAY_MS }];
    const r = latentTieShare.compute(ctxOf(makeLedger({ connections, available: ['connections', 'messages'] }), T));
    expect(r).toMatchObject({ status: 'ok', value: 1, parts: { eligible: 50, latent: 50 } });
  });
  it('is insufficient when every connection is younger than 180 days (all made on one day)', () => {
    const connections = ids(60).map((id) => ({ id, since: T - 10 * DAY_MS }));
    expect(latentTieShare.compute(ctxOf(makeLedger({ connections, available: ['connections', 'messages'] }), T))).toMatchObject({ status: 'insufficient', have: 0, need: 1 });
  });
  it('adds depth_ratio = reciprocal ties ÷ network size when both are computable', () => {
    const connections = ids(100).map((id) => ({ id, since: T - 400 * DAY_MS }));
    const events = ids(10).flatMap((id) => [msg('out', id, T - 5 * DAY_MS), msg('in', id, T - 4 * DAY_MS)]);
    const r = latentTieShare.compute(ctxOf(makeLedger({ connections, events }), T));
    expect(r).toMatchObject({ status: 'ok', value: 0.9, parts: { depth_ratio: 0.1 } });
  });
});

describe('latent_tie_share per platform', () => {
  it('uses X mutual follows as the X ties and reports each platform apart', async () => {
    const { buildLedger } = await import('../../../model/build.ts');
    const T = at('2024-06-30');
    const tie = (personId: string, kind: 'follows' | 'followed-by' | 'connection', platform: 'x' | 'linkedin', since?: number) => ({ personId, platform, kind, ...(since !== undefined ? { since } : {}), source: { platform, file: 'f', row: 1 } });
    // 60 X mutuals (undated, so eligible), 10 of them messaged; 20 one-way follows do not count.
    const x = [...Array.from({ length: 60 }, (_, i) => [tie(`x:id:${i}`, 'follows', 'x'), tie(`x:id:${i}`, 'followed-by', 'x')]).flat(), ...Array.from({ length: 20 }, (_, i) => tie(`x:id:f${i}`, 'follows', 'x'))];
    const dm = Array.from({ length: 10 }, (_, i) => ({ kind: 'message' as const, platform: 'x' as const, direction: 'out' as const, at: T - 5 * 86_400_000, personIds: [`x:id:${i}`], participants: 2, text: 'hi', source: { platform: 'x' as const, file: 'dm', row: 1 } }));
    const li = Array.from({ length: 50 }, (_, i) => tie(`linkedin:url:p${i}`, 'connection', 'linkedin', T - 400 * 86_400_000));
    const l = buildLedger([
      { platform: 'x', people: [], ties: x, events: dm, profiles: [], files: [{ platform: 'x', archive: 'x', file: 'following.js', kind: 'connections', records: 0, skipped: 0 }, { platform: 'x', archive: 'x', file: 'dm', kind: 'messages', records: 0, skipped: 0 }] },
      { platform: 'linkedin', people: [], ties: li, events: [], profiles: [], files: [{ platform: 'linkedin', archive: 'l', file: 'Connections.csv', kind: 'connections', records: 0, skipped: 0 }] },
    ]);
    const r = latentTieShare.compute(ctxOf(l, T));
    expect(r).toMatchObject({ status: 'ok', value: 50 / 60, parts: { eligible: 60, latent: 50 }, byPlatform: { linkedin: 1, x: 50 / 60 } });
  });
});
