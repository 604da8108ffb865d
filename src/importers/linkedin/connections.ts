/** Connections.csv → a Person and a `connection` Tie per row. */
import { diagnostic } from '../../diagnostics/diagnostic.ts';
import type { Tie } from '../../model/types.ts';
import type { Mutable, PersonFacts } from './identity.ts';
import { displayName, joinName, namePersonId, normaliseProfileUrl, urlPersonId } from './map.ts';
import { RAW } from './raw.ts';
import { placeholderCell as cell, type CsvFileSpec, type RowHandler } from './read-file.ts';
import type { LinkedInRun } from './run.ts';
import type { CsvHeader } from '../_shared/csv.ts';

const DAY = 86_400_000;

function startOfDay(t: number): number {
  return t - (((t % DAY) + DAY) % DAY);
}

export const connectionsSpec: CsvFileSpec = { raw: RAW.connections, kind: 'connections' };

/** Row handler for Connections.csv; `finish` notes how many rows had no name or URL. */
export function connectionsReader(run: LinkedInRun): { start: (h: CsvHeader, file: string) => RowHandler; finish: () => void } {
  let hidden = 0;
  let fileName = '';
  const start = (h: CsvHeader, file: string): RowHandler => {
    fileName = file;
    const first = h.col('First Name');
    const last = h.col('Last Name');
    const url = h.col('URL', 'Profile URL');
    const email = h.col('Email Address');
    const company = h.col('Company');
    const position = h.col('Position');
    const connected = h.col('Connected On');
    return ({ row, fields }) => {
      const name = joinName(cell(fields, first), cell(fields, last));
      const rawUrl = cell(fields, url);
      const profileUrl = rawUrl !== undefined ? normaliseProfileUrl(rawUrl) : undefined;
      const t = run.date(cell(fields, connected), file, row, 'Connected On');
      if (name === '' && profileUrl === undefined) {
        // Rows with only `Connected On` (`,,,,,,03 Sep 2023`: about 1 in 200 in every export seen) are
        // members who hid or closed their profile. The tie was real, so it counts, under an id of its own.
        hidden++;
        const tie: Tie = { personId: `linkedin:hidden:${row}`, platform: 'linkedin', kind: 'connection', source: { platform: 'linkedin', file, row } };
        run.ties.push(t !== undefined ? { ...tie, since: startOfDay(t) } : tie);
        run.identity.addHidden(tie.personId);
        return true;
      }
      const ref = profileUrl !== undefined ? (name !== '' ? { name, url: profileUrl } : { url: profileUrl }) : { name };
      const org = cell(fields, company);
      const role = cell(fields, position);
      const mail = cell(fields, email);
      // Built by assignment, not by spreading optional parts: spreads are slow once per row.
      const facts: Mutable<PersonFacts> = {};
      if (org !== undefined) facts.organisation = displayName(org);
      if (role !== undefined) facts.role = displayName(role);
      if (mail !== undefined) facts.email = mail.trim();
      run.identity.add(ref, facts);
      const tie: Mutable<Tie> = {
        personId: profileUrl !== undefined ? urlPersonId(profileUrl) : namePersonId(name),
        platform: 'linkedin',
        kind: 'connection',
        source: { platform: 'linkedin', file, row },
      };
      // The contract dates a connection by its day: 2018's `1/8/18, 6:14 PM` keeps only the date.
      if (t !== undefined) tie.since = startOfDay(t);
      run.ties.push(tie);
      run.identity.deferTie(tie, ref);
      return true;
    };
  };
  const finish = () => {
    if (hidden > 0) run.sink.add(diagnostic('import.hidden-connections', 'info', { file: fileName }, { count: hidden }));
  };
  return { start, finish };
}
