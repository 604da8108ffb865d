import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../diagnostics/diagnostic.ts';
import { openCsv, type CsvOptions } from './csv.ts';

async function* chunked(s: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < s.length; i += size) yield s.slice(i, i + size);
}

interface Read {
  header: readonly string[] | undefined;
  delimiter: string | undefined;
  rows: { row: number; fields: string[] }[];
  sink: DiagnosticSink;
  malformed: number;
}

async function read(text: string, opts: Partial<CsvOptions> & { expect: readonly string[] }, chunk = 5, batchChars = 16): Promise<Read> {
  const sink = new DiagnosticSink(1000);
  const table = await openCsv(chunked(text, chunk), { file: 'f.csv', sink, batchChars, ...opts });
  const rows: { row: number; fields: string[] }[] = [];
  if (table) for await (const b of table.batches) for (const r of b) rows.push({ row: r.row, fields: [...r.fields] });
  return { header: table?.header.names, delimiter: table?.header.delimiter, rows, sink, malformed: table?.malformed() ?? 0 };
}

const codes = (r: Read) => r.sink.items.map((d) => `${d.code}@${d.row ?? '-'}`);

describe('openCsv', () => {
  it('reads a plain file with row numbers', async () => {
    const r = await read('a,b\n1,2\n3,4\n', { expect: ['a', 'b'] });
    expect(r.header).toEqual(['a', 'b']);
    expect(r.rows).toEqual([
      { row: 1, fields: ['1', '2'] },
      { row: 2, fields: ['3', '4'] },
    ]);
    expect(codes(r)).toEqual([]);
  });

  it('skips a Notes: preamble and blank line before the header, and says so', async () => {
    const text = 'Notes:\n"When exporting your connection data, some, emails are missing."\n\nFirst Name,Last Name,Connected On\nAda,Lovelace,09 Sep 2022\n';
    const r = await read(text, { expect: ['First Name', 'Connected On'] });
    expect(r.header).toEqual(['First Name', 'Last Name', 'Connected On']);
    expect(r.rows).toEqual([{ row: 1, fields: ['Ada', 'Lovelace', '09 Sep 2022'] }]);
    expect(r.sink.items).toEqual([{ code: 'csv.preamble', severity: 'info', file: 'f.csv', params: { lines: 3 } }]);
  });

  it('matches header names ignoring case, spaces and underscores', async () => {
    const r = await read('Date,SharedURL,Share_Commentary\nx,y,z\n', { expect: ['date', 'Shared Url', 'sharecommentary'] });
    expect(r.rows).toHaveLength(1);
  });

  it('keeps CRLF inside quoted fields and drops the CR of line ends, in mixed files', async () => {
    const text = 'a,b\r\n1,"line one\r\nline two"\r\n2,x\n3,"q ""quoted"" end"\r\n';
    for (const chunk of [1, 2, 3, 100]) {
      const r = await read(text, { expect: ['a', 'b'] }, chunk, 4);
      expect(r.rows.map((x) => x.fields)).toEqual([
        ['1', 'line one\r\nline two'],
        ['2', 'x'],
        ['3', 'q "quoted" end'],
      ]);
    }
  });

  it('reports a malformed row in the middle and keeps the others', async () => {
    const text = 'a,b,c\n1,2,3\n4,5\n6,7,8\n';
    const r = await read(text, { expect: ['a'] });
    expect(r.rows.map((x) => x.row)).toEqual([1, 3]);
    expect(r.sink.items).toEqual([{ code: 'csv.malformed-row', severity: 'warning', file: 'f.csv', row: 2, params: { reason: '2 fields where the header has 3' } }]);
    expect(r.malformed).toBe(1);
  });

  it('recovers from an unterminated quote: that record is reported, later rows are kept', async () => {
    const text = 'a,b\n1,2\n3,"never closed\n5,6\n7,8';
    const r = await read(text, { expect: ['a'] }, 3, 8);
    expect(r.rows.map((x) => x.fields)).toEqual([
      ['1', '2'],
      ['5', '6'],
      ['7', '8'],
    ]);
    expect(codes(r)).toEqual(['csv.malformed-row@2']);
    expect(r.rows.map((x) => x.row)).toEqual([1, 3, 4]);
  });

  it('caps the memory a stray quote can take: an over-long open record is reported', async () => {
    const text = `a,b\n1,"${'x'.repeat(200)}\n2,3\n`;
    const r = await read(text, { expect: ['a'], maxRecordChars: 50 }, 10, 16);
    expect(codes(r)).toEqual(['csv.malformed-row@1']);
    expect(r.rows.map((x) => x.fields)).toEqual([['2', '3']]);
  });

  it('tolerates empty trailing cells (Excel) but not extra values', async () => {
    const r = await read('a,b\n1,2,,\n3,4,5\n', { expect: ['a'] });
    expect(r.rows).toEqual([{ row: 1, fields: ['1', '2'] }]);
    expect(codes(r)).toEqual(['csv.malformed-row@2']);
  });

  it('gives no table and a missing-header diagnostic for an empty file', async () => {
    const r = await read('', { expect: ['a'] });
    expect(r.header).toBeUndefined();
    expect(codes(r)).toEqual(['csv.missing-header@-']);
  });

  it('reads a header-only file, with or without a final newline, as zero rows', async () => {
    for (const text of ['a,b\n', 'a,b', 'a,b\r\n\r\n']) {
      const r = await read(text, { expect: ['a', 'b'] });
      expect(r.header).toEqual(['a', 'b']);
      expect(r.rows).toEqual([]);
      expect(codes(r)).toEqual([]);
    }
  });

  it('gives up on binary data without a header', async () => {
    const pdfish = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'.repeat(20);
    const r = await read(pdfish, { expect: ['First Name', 'Connected On'] });
    expect(r.header).toBeUndefined();
    expect(codes(r)).toEqual(['csv.missing-header@-']);
  });

  it('detects a tab delimiter from the header line (LinkedIn legacy UTF-16 files)', async () => {
    const text = '"Date"\t"Share Commentary"\t"Visibility"\n"2017/06/08 08:15:44 UTC"\t"Hello, world"\t"Public"\n';
    const r = await read(text, { expect: ['Date', 'ShareCommentary'] });
    expect(r.delimiter).toBe('\t');
    expect(r.rows.map((x) => x.fields)).toEqual([['2017/06/08 08:15:44 UTC', 'Hello, world', 'Public']]);
  });

  it('backslash mode reads both \\" and "" as a quote', async () => {
    const text = [
      'Date,Link,Message',
      '2025-06-17 09:50:39,l1,"Yes, a \\"quoted\\" bit"',
      '2025-05-01 12:15:05,l2,"\\"No\\" thanks"',
      '2025-04-24 06:53:11,l3,"ends with \\"a quote.\\""',
      '2024-01-15 20:57:34,l4,"rfc ""M6"" style"',
      '2024-01-15 20:57:35,l5,plain',
    ].join('\r\n');
    for (const chunk of [1, 2, 7]) {
      const r = await read(text, { expect: ['Date', 'Link', 'Message'], escape: 'backslash' }, chunk, 8);
      expect(r.rows.map((x) => x.fields[2])).toEqual(['Yes, a "quoted" bit', '"No" thanks', 'ends with "a quote."', 'rfc "M6" style', 'plain']);
      expect(codes(r)).toEqual([]);
    }
  });

  it('joins unquoted continuation lines onto the previous record', async () => {
    const text = 'Date,Link,Message\r\n2023-12-10 09:53:09,l1,Thanks\r\nsecond line, with comma\r\nthird\r\n2023-12-10 09:51:37,l2,Next\r\n\r\n2023-12-09 01:00:00,l3,Last\r\n';
    const isContinuation = (f: readonly string[]) => !/^\d{4}-\d{2}-\d{2}/.test(f[0] ?? '');
    for (const chunk of [1, 4, 1000]) {
      const r = await read(text, { expect: ['Date'], isContinuation }, chunk, 10);
      expect(r.rows).toEqual([
        { row: 1, fields: ['2023-12-10 09:53:09', 'l1', 'Thanks\nsecond line, with comma\nthird'] },
        { row: 2, fields: ['2023-12-10 09:51:37', 'l2', 'Next'] },
        { row: 3, fields: ['2023-12-09 01:00:00', 'l3', 'Last'] },
      ]);
    }
  });

  it('cuts giant fields with a diagnostic', async () => {
    const r = await read(`a,b\n1,${'y'.repeat(40)}\n`, { expect: ['a'], maxFieldChars: 10 });
    expect(r.rows[0]!.fields[1]).toBe('y'.repeat(10));
    expect(r.sink.items).toEqual([{ code: 'csv.giant-field', severity: 'warning', file: 'f.csv', row: 1, params: { limit: 10 } }]);
  });

  it('reads one row whose text is all on one line without a final newline', async () => {
    const r = await read('a\nonly', { expect: ['a'] });
    expect(r.rows).toEqual([{ row: 1, fields: ['only'] }]);
  });

  it('hands rows over in batches of about batchChars, not the whole file at once', async () => {
    const text = `a,b\n${Array.from({ length: 1000 }, (_, i) => `${i},"v\n${i}"`).join('\n')}\n`;
    const sink = new DiagnosticSink();
    const table = await openCsv(chunked(text, 64), { file: 'f.csv', expect: ['a'], sink, batchChars: 200 });
    const sizes: number[] = [];
    let rows = 0;
    for await (const b of table!.batches) {
      sizes.push(b.length);
      rows += b.length;
    }
    expect(rows).toBe(1000);
    // Rows are 9-13 characters; a batch is cut once 200 are queued, so it holds at most 200 + one 64-char chunk.
    expect(Math.max(...sizes)).toBeLessThanOrEqual(30);
    expect(sizes.length).toBeGreaterThan(40);
  });

  it('matches a whole-string papaparse parse for any chunking and batch size (property)', async () => {
    const cellArb = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom('a,b', 'x"y', '"', '""', 'l1\nl2', 'l1\r\nl2', ' sp ', 'é😀'),
    );
    const tableArb = fc.array(fc.tuple(cellArb, cellArb, cellArb), { minLength: 0, maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(tableArb, fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 40 }), fc.boolean(), async (rows, chunk, batch, crlf) => {
        const data = rows.filter((r) => !(r[0] === '' && r[1] === '' && r[2] === ''));
        const text = Papa.unparse({ fields: ['h1', 'h2', 'h3'], data }, { newline: crlf ? '\r\n' : '\n', quotes: false }) + (crlf ? '\r\n' : '\n');
        const r = await read(text, { expect: ['h1', 'h2', 'h3'] }, chunk, batch);
        expect(codes(r)).toEqual([]);
        expect(r.rows.map((x) => x.fields)).toEqual(data);
      }),
      { numRuns: 300 },
    );
  });
});
