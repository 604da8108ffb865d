/** Endorsement_Received_Info.csv / Endorsement_Given_Info.csv (and the legacy spelling) → `endorsement` events. */
import type { Direction } from '../../model/types.ts';
import type { CsvHeader } from '../_shared/csv.ts';
import type { PersonRef } from './identity.ts';
import { joinName, normaliseProfileUrl } from './map.ts';
import { RAW } from './raw.ts';
import { cell, type CsvFileSpec, type RowHandler } from './read-file.ts';
import type { LinkedInRun } from './run.ts';

export const endorsementsReceivedSpec: CsvFileSpec = { raw: RAW.endorsementsReceived, kind: 'endorsements' };
export const endorsementsGivenSpec: CsvFileSpec = { raw: RAW.endorsementsGiven, kind: 'endorsements' };

/** Row handler; `direction` in = received (person = endorser), out = given (person = endorsee). */
export function endorsementsReader(run: LinkedInRun, direction: Direction): (h: CsvHeader, file: string) => RowHandler {
  const who = direction === 'in' ? 'Endorser' : 'Endorsee';
  return (h, file) => {
    const date = h.col('Endorsement Date');
    const skill = h.col('Skill Name');
    const first = h.col(`${who} First Name`);
    const last = h.col(`${who} Last Name`);
    // Public Url since ~2023, without a scheme: `www.linkedin.com/in/<slug>`.
    const url = h.col(`${who} Public Url`);
    const status = h.col('Endorsement Status');
    return ({ row, fields }) => {
      const e = run.event('endorsement', direction, file, row);
      const at = run.date(cell(fields, date), file, row, 'Endorsement Date');
      if (at !== undefined) e.at = at;
      const s = cell(fields, skill);
      if (s !== undefined) e.detail = s.trim();
      const st = cell(fields, status);
      if (st !== undefined) e.status = st.trim();
      const name = joinName(cell(fields, first), cell(fields, last));
      const rawUrl = cell(fields, url);
      const u = rawUrl !== undefined ? normaliseProfileUrl(rawUrl) : undefined;
      const ref: PersonRef = u !== undefined ? (name !== '' ? { name, url: u } : { url: u }) : { name };
      run.identity.learn(ref);
      if (name !== '' || u !== undefined) run.identity.defer(e, [ref]);
      return true;
    };
  };
}
