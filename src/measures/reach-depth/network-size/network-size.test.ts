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
