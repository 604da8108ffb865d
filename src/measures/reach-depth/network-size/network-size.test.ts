import { describe, expect, it } from 'vitest';
import { at, ctxOf, makeLedger } from '../../_lib/test-ledger.ts';
import { networkSize } from './index.ts';

describe('reach_network_size', () => {
  it('is not available without a connections file', () => {
    expect(networkSize.compute(ctxOf(makeLedger())).status).toBe('not-available');
  });
  it('is 0 for an empty connections file (a real zero, the file exists)', () => {
    const r = networkSize.compute(ctxOf(makeLedger({ connections: [] })));
    expect(r).toMatchObject({ status: 'ok', value: 0, byPlatform: {} });
  });
  it('counts one connection', () => {
    expect(networkSize.compute(ctxOf(makeLedger({ connections: ['a'] })))).toMatchObject({ status: 'ok', value: 1, byPlatform: { linkedin: 1 } });
  });
  it('counts connections made on one day', () => {
    const d = at('2024-03-01');
    const r = networkSize.compute(ctxOf(makeLedger({ connections: ['a', 'b', 'c'].map((id) => ({ id, since: d })) })));
    expect(r).toMatchObject({ status: 'ok', value: 3 });
  });
  it('reports platforms separately and takes the largest, never the sum', () => {
    const l = makeLedger({ connections: ['a', 'b', { id: 'x1', platform: 'facebook' }, { id: 'x2', platform: 'facebook' }, { id: 'x3', platform: 'facebook' }] });
    const r = networkSize.compute(ctxOf(l));
    expect(r).toMatchObject({ status: 'ok', value: 3, byPlatform: { facebook: 3, linkedin: 2 } });
  });
});

describe('reach_network_size on follow-based platforms', () => {
  it('counts X following, followers and mutuals separately; the X figure is the accounts followed', async () => {
    const { buildLedger } = await import('../../../model/build.ts');
    const tie = (personId: string, kind: 'follows' | 'followed-by', platform: 'x' | 'mastodon' = 'x') => ({ personId, platform, kind, source: { platform, file: 'f.js', row: 1 } });
    const l = buildLedger([
      {
        platform: 'x',
        people: [],
        ties: [tie('a', 'follows'), tie('b', 'follows'), tie('c', 'follows'), tie('a', 'followed-by'), tie('z', 'followed-by'), tie('m1', 'follows', 'mastodon')],
        events: [],
        profiles: [],
        files: [{ platform: 'x', archive: 'x.zip', file: 'following.js', kind: 'connections', records: 3, skipped: 0 }],
      },
    ]);
    const r = networkSize.compute(ctxOf(l));
    expect(r).toMatchObject({ status: 'ok', value: 3, byPlatform: { x: 3, mastodon: 1 }, parts: { x_following: 3, x_followers: 2, x_mutuals: 1, mastodon_following: 1 } });
    if (r.status === 'ok') expect(r.parts?.mastodon_mutuals).toBeUndefined();
  });
});
