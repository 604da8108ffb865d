/** Invitations.csv → `invitation` events; also tells which name and URL are the owner's. */
import { diagnostic } from '../../diagnostics/diagnostic.ts';
import type { CsvHeader } from '../_shared/csv.ts';
import type { PersonRef } from './identity.ts';
import { displayName, normaliseProfileUrl } from './map.ts';
import { RAW } from './raw.ts';
import { cell, type CsvFileSpec, type RowHandler } from './read-file.ts';
import type { LinkedInRun } from './run.ts';

export const invitationsSpec: CsvFileSpec = { raw: RAW.invitations, kind: 'invitations' };

function ref(name: string | undefined, url: string | undefined): PersonRef {
  const n = name !== undefined ? displayName(name) : '';
  const u = url !== undefined ? normaliseProfileUrl(url) : undefined;
  return u !== undefined ? (n !== '' ? { name: n, url: u } : { url: u }) : { name: n };
}

/** Row handler for Invitations.csv; `finish` reports the months the file covers. */
export function invitationsReader(run: LinkedInRun): { start: (h: CsvHeader, file: string) => RowHandler; finish: () => void } {
  let first: number | undefined;
  let last: number | undefined;
  let fileName = '';
  return {
    start: (h, file) => {
      fileName = file;
      const from = h.col('From');
      const to = h.col('To');
      const sent = h.col('Sent At');
      const message = h.col('Message');
      const direction = h.col('Direction');
      const inviter = h.col('inviterProfileUrl');
      const invitee = h.col('inviteeProfileUrl');
      return ({ row, fields }) => {
        const dir = cell(fields, direction)?.trim().toUpperCase();
        if (dir !== 'OUTGOING' && dir !== 'INCOMING') {
          run.sink.add(diagnostic('value.missing', 'warning', { file, row }, { column: 'Direction' }));
          return false;
        }
        const sender = ref(cell(fields, from), cell(fields, inviter));
        const receiver = ref(cell(fields, to), cell(fields, invitee));
        const [self, other] = dir === 'OUTGOING' ? [sender, receiver] : [receiver, sender];
        if (self.name) run.owner.addInvitationName(self.name);
        if (self.url !== undefined) run.owner.urls.add(self.url);
        run.identity.learn(other);
        const e = run.event('invitation', dir === 'OUTGOING' ? 'out' : 'in', file, row);
        const at = run.date(cell(fields, sent), file, row, 'Sent At');
        if (at !== undefined) {
          e.at = at;
          if (first === undefined || at < first) first = at;
          if (last === undefined || at > last) last = at;
        }
        const note = cell(fields, message);
        e.hasNote = note !== undefined && note.trim() !== '';
        if (e.hasNote) e.text = note!;
        run.identity.defer(e, other.name || other.url !== undefined ? [other] : []);
        return true;
      };
    },
    finish: () => {
      // The file holds only the last months of invitations (2022: Feb→Sep; 2024: Sep 2023→Mar 2024).
      if (first === undefined || last === undefined) return;
      const day = (t: number) => new Date(t).toISOString().slice(0, 10);
      run.sink.add(diagnostic('import.partial-history', 'info', { file: fileName }, { what: 'Invitations.csv', from: day(first), to: day(last) }));
    },
  };
}
