import { describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../../../model/types.ts';
import { at, ctxOf, ev, makeLedger } from '../../_lib/test-ledger.ts';
import { invitationPersonalisation } from './index.ts';

const d = at('2024-06-01');
const inv = (n: number, hasNote: boolean, direction: 'in' | 'out' = 'out'): LedgerEvent[] => Array.from({ length: n }, () => ev('invitation', direction, d, { hasNote }));

describe('invitation_personalisation_rate', () => {
  it('is not available without an invitations file', () => {
    expect(invitationPersonalisation.compute(ctxOf(makeLedger())).status).toBe('not-available');
  });
  it('is insufficient for an empty file, one invitation and 9 sent', () => {
    expect(invitationPersonalisation.compute(ctxOf(makeLedger({ available: ['invitations'] })))).toMatchObject({ status: 'insufficient', have: 0, need: 10 });
    expect(invitationPersonalisation.compute(ctxOf(makeLedger({ events: inv(1, true) })))).toMatchObject({ status: 'insufficient', have: 1 });
    expect(invitationPersonalisation.compute(ctxOf(makeLedger({ events: [...inv(9, true), ...inv(5, true, 'in')] })))).toMatchObject({ status: 'insufficient', have: 9 });
  });
  it('hand-computed: 3 of 12 sent carry a note (received ones ignored), all on one day', () => {
    const r = invitationPersonalisation.compute(ctxOf(makeLedger({ events: [...inv(3, true), ...inv(9, false), ...inv(4, true, 'in')] })));
    expect(r).toMatchObject({ status: 'ok', value: 0.25, parts: { sent: 12, with_note: 3 }, notes: ['pending invitations only: the export lists recent invitations'] });
  });
});
