/** Recognising a CSV header line and looking columns up by name, tolerant of LinkedIn's naming drift. */
import Papa from 'papaparse';

/**
 * Comparison key for a column name: lower case, no spaces or underscores. LinkedIn drifts between
 * `SharedURL` (2022, 2024-03) and `SharedUrl` (2024-06+), and 2018 wrote `Share Link` for `ShareLink`.
 */
export function headerKey(name: string): string {
  let s = name.trim().toLowerCase();
  if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
  return s.replace(/[\s_]+/g, '');
}

export interface CsvHeader {
  /** Column names as written in the file (trimmed). */
  readonly names: readonly string[];
  readonly delimiter: ',' | '\t';
  /** Lines skipped before the header (LinkedIn's `Notes:` preamble). */
  readonly preambleLines: number;
  /** Index of the first column whose key matches one of `names`, or -1 when the file has none of them. */
  col(...names: string[]): number;
  /** True when the file has a column of that name. */
  has(name: string): boolean;
}

/**
 * Reads `line` as a header when it contains every one of `expected` (by headerKey); the delimiter
 * is a tab when the line has one (LinkedIn's UTF-16 legacy files), else a comma.
 */
export function matchHeaderLine(line: string, expected: readonly string[], preambleLines: number): CsvHeader | undefined {
  const delimiter = line.includes('\t') ? '\t' : ',';
  const parsed = Papa.parse<string[]>(line, { delimiter, header: false });
  const names = (parsed.data[0] ?? []).map((n) => n.trim());
  const keys = new Map<string, number>();
  names.forEach((n, i) => {
    const k = headerKey(n);
    if (!keys.has(k)) keys.set(k, i);
  });
  for (const e of expected) if (!keys.has(headerKey(e))) return undefined;
  return {
    names,
    delimiter,
    preambleLines,
    col: (...alternatives) => {
      for (const a of alternatives) {
        const i = keys.get(headerKey(a));
        if (i !== undefined) return i;
      }
      return -1;
    },
    has: (name) => keys.has(headerKey(name)),
  };
}
