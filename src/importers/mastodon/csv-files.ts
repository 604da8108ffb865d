/**
 * The CSVs from Mastodon's "Data export" page (separate downloads, not inside the archive;
 * formats/mastodon.md §2, export.rb). They are small (one line per account), so each is read whole.
 * Some have a header, some do not; the spec fixtures have blank lines between rows, which we skip.
 */
import Papa from 'papaparse';
import { ArchiveReadError, type ArchiveEntry } from '../../archive/types.ts';
import { readAllText } from '../../archive/text.ts';
import { diagnostic } from '../../diagnostics/diagnostic.ts';
import { accountFromStatusUri, acctPersonId, normaliseAcct } from './map.ts';
import type { MastodonRun } from './run.ts';
import { plural } from '../../plural.ts';

/** How one CSV is laid out and what a row becomes. */
export interface CsvSpec {
  /** First cell of the header row, when the file has one (`Account address`); undefined for header-less files. */
  readonly header?: string;
  /** FileReport kind. */
  readonly kind: string;
  /** Checks a row and records what it yields; returns a skip reason, or undefined when the row was used. */
  readonly row: (run: MastodonRun, fields: readonly string[], file: string, row: number) => string | undefined;
}

const acctRow =
  (column: number, tie: boolean) =>
  (run: MastodonRun, fields: readonly string[], file: string, row: number): string | undefined => {
    const acct = normaliseAcct(fields[column] ?? '');
    if (acct === undefined) return 'no account address (user@host)';
    if (tie) {
      const personId = run.person({ id: acctPersonId(acct), acct });
      if (personId !== undefined) run.ties.push({ personId, platform: 'mastodon', kind: 'follows', source: { platform: 'mastodon', file, row } });
    }
    return undefined;
  };

export const CSV_SPECS = {
  /** `Account address,Show boosts,Notify on new posts,Languages` (Languages may be a quoted list: `"en,fr"`). No dates. */
  following: { header: 'Account address', kind: 'connections', row: acctRow(0, true) },
  /** `Account address,Hide notifications`. */
  muted: { header: 'Account address', kind: 'other', row: acctRow(0, false) },
  /** No header: `user@host`. */
  blocked: { kind: 'other', row: acctRow(0, false) },
  /** No header: `List title,user@host`, one row per member. */
  lists: { kind: 'other', row: acctRow(1, false) },
  /** No header: one domain per line. */
  blockedDomains: { kind: 'other', row: (_run, f) => (/^[^\s/@]+\.[^\s/@]+$/.test((f[0] ?? '').trim()) ? undefined : 'not a domain name') },
  /** No header: one status URI per line; read only when bookmarks.json is absent (index.ts). */
  bookmarks: {
    kind: 'other',
    row: (run, f, file, row) => {
      const uri = (f[0] ?? '').trim();
      if (!/^https?:\/\/\S+$/i.test(uri)) return 'not a status URI';
      const ids = run.personIds([accountFromStatusUri(uri)]);
      const e = run.event('save', 'out', file, row);
      if (ids.length > 0) e.personIds = ids;
      e.targetUrl = uri;
      return undefined;
    },
  },
} as const satisfies Record<string, CsvSpec>;

/** Reads one CSV entry by its spec and adds its FileReport; never throws on bad data. */
export async function readCsv(run: MastodonRun, entry: ArchiveEntry, spec: CsvSpec): Promise<number> {
  const file = entry.path;
  let text: string;
  let encoding: string;
  try {
    ({ text, encoding } = await readAllText(run.bytes(entry)));
  } catch (e) {
    if (!(e instanceof ArchiveReadError)) throw e;
    run.sink.add(diagnostic(e.code, 'error', { file }, e.params));
    run.report(file, spec.kind, 0, 0);
    return 0;
  }
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  const rows = parsed.data;
  let start = 0;
  let variant = 'no header';
  const first = rows[0];
  if (spec.header !== undefined && first !== undefined && (first[0] ?? '').trim().toLowerCase() === spec.header.toLowerCase()) {
    start = 1;
    variant = `header: ${plural(first.length, 'column')}`;
  } else if (spec.header !== undefined && first !== undefined && normaliseAcct(first[0] ?? '') === undefined) {
    // Neither the header nor an account in the first row: not Mastodon's file (another platform's CSV under this name): say so once, not per row.
    run.sink.add(diagnostic('csv.missing-header', 'warning', { file }, { expected: spec.header }));
    run.report(file, spec.kind, 0, 0, { encoding });
    return 0;
  }
  const broken = new Set(parsed.errors.map((e) => e.row).filter((r): r is number => typeof r === 'number'));
  let records = 0;
  let skipped = 0;
  for (let i = start; i < rows.length; i++) {
    const row = i - start + 1;
    const fields = rows[i] ?? [];
    const reason = broken.has(i) ? 'unbalanced quotes' : spec.row(run, fields, file, row);
    if (reason === undefined) records++;
    else {
      skipped++;
      run.sink.add(diagnostic('csv.malformed-row', 'warning', { file, row }, { reason }));
    }
  }
  run.report(file, spec.kind, records, skipped, { variant, encoding });
  return records;
}
