import { describe, expect, it } from 'vitest';
import type { Direction, EventKind, LedgerEvent } from '../../../model/types.ts';
import { at, ctxOf, ev, makeLedger } from '../../_lib/test-ledger.ts';
import { givingReceivingBalance } from './index.ts';

const d = at('2024-06-01');
const n = (count: number, kind: EventKind, direction: Direction, status?: string): LedgerEvent[] =>
  Array.from({ length: count }, () => ev(kind, direction, d, status !== undefined ? { status } : {}));

describe('giving_receiving_balance', () => {
  it('is not available without endorsements or recommendations', () => {
    expect(givingReceivingBalance.compute(ctxOf(makeLedger({ available: ['messages'] }))).status).toBe('not-available');
  });
  it('is insufficient for empty files, one item and 4 items', () => {
    expect(givingReceivingBalance.compute(ctxOf(makeLedger({ available: ['endorsements'] })))).toMatchObject({ status: 'insufficient', have: 0, need: 5 });
    expect(givingReceivingBalance.compute(ctxOf(makeLedger({ events: n(1, 'endorsement', 'in') })))).toMatchObject({ status: 'insufficient', have: 1 });
    expect(givingReceivingBalance.compute(ctxOf(makeLedger({ events: [...n(4, 'endorsement', 'in'), ...n(3, 'endorsement', 'in', 'Redacted')] })))).toMatchObject({ status: 'insufficient', have: 4 });
  });
  it('hand-computed: statuses filtered, recommendations added, all on one day', () => {
    const events = [
      ...n(2, 'endorsement', 'out', 'ACCEPTED'),
      ...n(1, 'endorsement', 'out', 'REJECTED'),
      ...n(5, 'endorsement', 'in', 'Accepted'),
      ...n(1, 'endorsement', 'in'),
      ...n(1, 'endorsement', 'in', 'visible'),
      ...n(1, 'recommendation', 'out'),
      ...n(1, 'recommendation', 'in', 'HIDDEN'),
    ];
    const r = givingReceivingBalance.compute(ctxOf(makeLedger({ events })));
    expect(r).toMatchObject({
      status: 'ok',
      value: 3 / 11,
      parts: { given: 3, received: 8, endorsements_given: 2, endorsements_received: 7, recommendations_given: 1, recommendations_received: 1 },
    });
    if (r.status === 'ok') {
      expect(r.charts?.[0]?.kind).toBe('mirrored-bar');
      expect(r.charts?.[0]?.rows).toEqual([
        { type: 'endorsements', direction: 'given', count: 2 },
        { type: 'endorsements', direction: 'received', count: 7 },
        { type: 'recommendations', direction: 'given', count: 1 },
        { type: 'recommendations', direction: 'received', count: 1 },
      ]);
      expect(r.charts?.[0]?.description).toBe('You gave 2 endorsements and 1 recommendation, and received 7 endorsements and 1 recommendation (3 given, 8 received).');
    }
  });
  it('is 1 when only giving, with recommendations alone', () => {
    expect(givingReceivingBalance.compute(ctxOf(makeLedger({ events: n(5, 'recommendation', 'out') })))).toMatchObject({ status: 'ok', value: 1 });
  });
});
