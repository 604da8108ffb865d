/** Shares.csv → `post` (with commentary) or `repost` (without) events. */
import type { CsvHeader } from '../_shared/csv.ts';
import { repairShareText } from './map.ts';
import { RAW } from './raw.ts';
import { cell, type CsvFileSpec, type RowHandler } from './read-file.ts';
import type { LinkedInRun } from './run.ts';

export const sharesSpec: CsvFileSpec = { raw: RAW.shares, kind: 'posts' };

/** Row handler for Shares.csv (2018 tab-separated and 2022+ layouts share column keys). */
export function sharesReader(run: LinkedInRun): (h: CsvHeader, file: string) => RowHandler {
  return (h, file) => {
    const date = h.col('Date');
    const link = h.col('ShareLink');
    const commentary = h.col('ShareCommentary');
    const shared = h.col('SharedUrl');
    const visibility = h.col('Visibility');
    return ({ row, fields }) => {
      const raw = cell(fields, commentary);
      const text = raw !== undefined ? repairShareText(raw) : '';
      const hasText = text.trim() !== '';
      const e = run.event(hasText ? 'post' : 'repost', 'out', file, row);
      const at = run.date(cell(fields, date), file, row, 'Date');
      if (at !== undefined) e.at = at;
      if (hasText) e.text = text;
      const url = cell(fields, link);
      if (url !== undefined) e.url = url;
      const target = cell(fields, shared);
      if (target !== undefined) e.targetUrl = target;
      const vis = cell(fields, visibility);
      if (vis !== undefined) e.visibility = vis;
      return true;
    };
  };
}
