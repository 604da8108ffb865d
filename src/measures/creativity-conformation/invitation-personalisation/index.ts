/** T3.6 `invitation_personalisation_rate`: connection requests you sent with a personal note. */
import { defineMeasure, insufficient } from '../../measure.ts';
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
    const sent = table.of('invitation', 'out');
    if (sent.length < MIN_INVITATIONS) return insufficient(sent.length, MIN_INVITATIONS, 'sent invitations');
    let withNote = 0;
    for (const i of sent) if (table.events[i]?.hasNote === true) withNote += 1;
    return {
      status: 'ok',
      value: withNote / sent.length,
      display: `${withNote} of ${sent.length}`,
      parts: { sent: sent.length, with_note: withNote },
      notes: ['pending invitations only: the export lists recent invitations'],
    };
  },
});
