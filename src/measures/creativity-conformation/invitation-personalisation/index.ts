/** T3.6 `invitation_personalisation_rate`: connection requests you sent with a personal note. */
import { defineMeasure, insufficient } from '../../measure.ts';
import type { Platform } from '../../../model/types.ts';
import { bump, busiestPlatform, headlineNote, inPlatformOrder } from '../../_lib/by-platform.ts';
import { eventTable } from '../../_lib/event-table.ts';

export const MIN_INVITATIONS = 10;

export const invitationPersonalisation = defineMeasure({
  meta: {
    id: 'invitation_personalisation_rate',
    codebook: 'T3.6',
    tension: 'creativity-conformation',
    side: 'creativity',
    title: 'Connection requests sent with a note',
    definition: 'Among the invitations you sent that the export lists, the share that carried a personal message.',
    unit: 'proportion',
    window: 'the invitations listed in the export (recent, pending ones)',
    minimum: `${MIN_INVITATIONS} sent invitations`,
    requires: ['invitations'],
    platforms: ['linkedin'],
    references: [{ claim: 'Invitations.csv may list only pending invitations.', source: 'CODEBOOK §2 (one importer treats rows as open invitations)', evidence: 'U' }],
    caveat: 'Whether a note was needed. Someone you just met in person already knows why you are connecting.',
    question: 'For the last person you invited without a note, would they know why you wanted to connect?',
  },
  compute(ctx) {
    const table = eventTable(ctx.ledger);
    const sent = new Map<Platform, number>();
    const withNote = new Map<Platform, number>();
    for (const i of table.of('invitation', 'out')) {
      const e = table.events[i];
      // An invitation whose export cannot say whether it had a note is not evidence either way.
      if (!e || e.hasNote === undefined) continue;
      bump(sent, e.platform);
      if (e.hasNote) bump(withNote, e.platform);
    }
    const headline = busiestPlatform(sent);
    const n = headline === undefined ? 0 : (sent.get(headline) ?? 0);
    if (headline === undefined || n < MIN_INVITATIONS) return insufficient(n, MIN_INVITATIONS, 'sent invitations');
    const rates = new Map<Platform, number>();
    for (const [p, c] of sent) if (c >= MIN_INVITATIONS) rates.set(p, (withNote.get(p) ?? 0) / c);
    const w = withNote.get(headline) ?? 0;
    return {
      status: 'ok',
      value: w / n,
      display: `${w} of ${n}`,
      parts: { sent: n, with_note: w },
      byPlatform: inPlatformOrder(rates),
      notes: ['pending invitations only: the export lists recent invitations', ...headlineNote(headline, rates)],
    };
  },
});
