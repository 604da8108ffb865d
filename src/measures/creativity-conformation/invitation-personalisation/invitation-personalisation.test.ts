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

describe('invitation_personalisation_rate per platform', () => {
  it('reports each platform apart and leaves out invitations that cannot say whether they had a note', () => {
    const onFb = (e: LedgerEvent): LedgerEvent => ({ ...e, platform: 'facebook', source: { platform: 'facebook', file: 'sent_requests.json', row: 1 } });
    const unknown = Array.from({ length: 30 }, () => ev('invitation', 'out', d)).map(onFb);
    const fb = inv(12, false).map(onFb);
    const r = invitationPersonalisation.compute(ctxOf(makeLedger({ events: [...inv(5, true), ...inv(5, false), ...fb, ...unknown] })));
    expect(r).toMatchObject({ status: 'ok', value: 0, parts: { sent: 12, with_note: 0 }, byPlatform: { linkedin: 0.5, facebook: 0 } });
  });
});
