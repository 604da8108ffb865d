/** Recommendations_Received.csv / Recommendations_Given.csv → `recommendation` events. */
import type { Direction } from '../../model/types.ts';
import type { CsvHeader } from '../_shared/csv.ts';
import { joinName } from './map.ts';
import { RAW } from './raw.ts';
import { cell, type CsvFileSpec, type RowHandler } from './read-file.ts';
import type { LinkedInRun } from './run.ts';

export const recommendationsSpec: CsvFileSpec = { raw: RAW.recommendations, kind: 'recommendations' };

/** Row handler; the person (by name only) is the recommender (in) or the recommended (out). */
export function recommendationsReader(run: LinkedInRun, direction: Direction): (h: CsvHeader, file: string) => RowHandler {
  return (h, file) => {
    const first = h.col('First Name');
    const last = h.col('Last Name');
    const company = h.col('Company');
    const title = h.col('Job Title');
    const text = h.col('Text');
    // `12/24/23, 05:28 AM`: zero-padded hour, unlike Invitations (SStellaMary 2024-06).
    const created = h.col('Creation Date');
    const status = h.col('Status');
    return ({ row, fields }) => {
      const e = run.event('recommendation', direction, file, row);
      const at = run.date(cell(fields, created), file, row, 'Creation Date');
      if (at !== undefined) e.at = at;
      const t = cell(fields, text);
      if (t !== undefined && t.trim() !== '') e.text = t;
      const org = cell(fields, company);
      if (org !== undefined) e.organisation = org.trim();
      const job = cell(fields, title);
      if (job !== undefined) e.detail = job.trim();
      const st = cell(fields, status);
      if (st !== undefined) e.status = st.trim();
      const name = joinName(cell(fields, first), cell(fields, last));
      if (name !== '') run.identity.defer(e, [{ name }]);
      return true;
    };
  };
}
