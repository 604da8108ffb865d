import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../diagnostics/diagnostic.ts';
import { openCsv } from './csv.ts';

async function* chunked(s: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < s.length; i += size) yield s.slice(i, i + size);
}

async function rows(text: string, chunk: number, batchChars: number, maxRecordChars?: number) {
  const sink = new DiagnosticSink(1000);
  const table = await openCsv(chunked(text, chunk), { file: 'f.csv', expect: ['a'], sink, batchChars, ...(maxRecordChars ? { maxRecordChars } : {}) });
  const out: string[][] = [];
  if (table) for await (const b of table.batches) for (const r of b) out.push([...r.fields]);
  return { out, codes: sink.items.map((d) => `${d.code}@${d.row ?? '-'}`) };
}

describe('openCsv carrying an open record into the next parse', () => {
  it('reads a quoted multi-line field many batches long as one field', async () => {
    const long = Array.from({ length: 60 }, (_, i) => `line ${i}, with "" quote`).join('\n');
    const text = `a,b\n1,"${long}"\n2,x\n`;
    for (const chunk of [1, 7, 64]) {
      const r = await rows(text, chunk, 16);
      expect(r.out).toEqual([
        ['1', long.replaceAll('""', '"')],
        ['2', 'x'],
      ]);
      expect(r.codes).toEqual([]);
    }
  });

  it('closes a quoted last field that ends exactly at the end of the text', async () => {
    const r = await rows('a,b\n1,"x, y"', 3, 4);
    expect(r.out).toEqual([['1', 'x, y']]);
    expect(r.codes).toEqual([]);
  });

  it('keeps a long unquoted line (no open quote) instead of dropping it', async () => {
    const text = `a,b\n1,${'z'.repeat(120)}\n2,3\n`;
    const r = await rows(text, 10, 16, 50);
    expect(r.out).toEqual([
      ['1', 'z'.repeat(120)],
      ['2', '3'],
    ]);
    expect(r.codes).toEqual([]);
  });

  it('drops an over-long open record whose line is already complete and reads on in the same batch', async () => {
    const text = `a,b\n0,ok\n1,"${'x'.repeat(80)}\n2,3\n4,5\n`;
    const r = await rows(text, 200, 16, 50);
    expect(r.out).toEqual([
      ['0', 'ok'],
      ['2', '3'],
      ['4', '5'],
    ]);
    expect(r.codes).toEqual(['csv.malformed-row@2']);
  });
});
