import { describe, expect, it } from 'vitest';
import { splitJsonArray, splitJsonArrayBatches, type JsonArrayItem } from './json-array.ts';

const enc = new TextEncoder();

/** Feeds `text` as bytes in chunks of `size`, so boundaries fall inside strings, escapes and multi-byte characters. */
async function* chunks(text: string | Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  const bytes = typeof text === 'string' ? enc.encode(text) : text;
  for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size);
}

async function split(text: string | Uint8Array, size = 7, max?: number): Promise<JsonArrayItem[]> {
  const out: JsonArrayItem[] = [];
  for await (const item of splitJsonArray(chunks(text, size), { file: 'f.js', ...(max !== undefined ? { maxElementBytes: max } : {}) })) out.push(item);
  return out;
}

const values = (items: JsonArrayItem[]) => items.map((i) => ('value' in i ? i.value : i.diagnostic.code));

describe('splitJsonArray', () => {
  const tricky = 'window.YTD.tweets.part0 = [ {"a" : "x, ] } [ \\" \\\\", "b": [1, {"c": "😀é"}]}, "s]", 3 ]';
  const expected = [{ a: 'x, ] } [ " \\', b: [1, { c: '😀é' }] }, 's]', 3];

  it.each([1, 2, 3, 5, 64, 4096])('skips the JS prefix and splits at top-level commas only (chunk size %i)', async (size) => {
    const items = await split(tricky, size);
    expect(values(items)).toEqual(expected);
    expect(items.map((i) => i.index)).toEqual([1, 2, 3]);
  });

  it('reads plain JSON arrays with a UTF-8 BOM and a trailing semicolon', async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode('[1,2];\n')]);
    expect(values(await split(bom))).toEqual([1, 2]);
  });

  it('gives nothing for an empty array, with or without a prefix, and tolerates a trailing comma', async () => {
    expect(await split('window.YTD.account_suspension.part0 = []')).toEqual([]);
    expect(await split('[ ]')).toEqual([]);
    expect(values(await split('[1,2,]'))).toEqual([1, 2]);
  });

  it('reports a bad element with its 1-based index and goes on', async () => {
    const items = await split('[{"a":1}, {"a":}, {"a":3}, , 5]');
    expect(values(items)).toEqual([{ a: 1 }, 'json.malformed', { a: 3 }, 'json.malformed', 5]);
    const bad = items[1]!;
    expect('diagnostic' in bad && bad.diagnostic.row).toBe(2);
    expect('diagnostic' in bad && bad.diagnostic.file).toBe('f.js');
  });

  it('reads elements with invalid UTF-8 (bytes replaced) and warns once for the file, naming the first such element', async () => {
    const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...enc.encode(p)] : p)));
    // Element 2 and 4 hold a stray 0xFF and a cut two-byte sequence; element 3 a real U+FFFD, which is valid UTF-8.
    const text = bytes('[{"t":"ok"}, {"t":"a', [0xff], 'b"}, {"t":"\uFFFD is real: ', [0xef, 0xbf, 0xbd], '"}, {"t":"', [0xc3], '("}]');
    for (const size of [3, 4096]) {
      const items = await split(text, size);
      expect(values(items)).toEqual([{ t: 'ok' }, { t: 'a\uFFFDb' }, { t: '\uFFFD is real: \uFFFD' }, { t: '\uFFFD(' }, 'text.invalid-utf8-elements']);
      const note = items[4]!;
      expect(note.index).toBe(0);
      expect('diagnostic' in note && note.diagnostic).toMatchObject({ severity: 'warning', file: 'f.js', row: 2, params: { count: 2 } });
    }
    expect(values(await split('[{"t":"\uFFFD"}, "\u00e9"]'))).toEqual([{ t: '\uFFFD' }, '\u00e9']);
  });

  it('reports a file that is not an array, or empty, as json.not-array at index 0', async () => {
    for (const text of ['{"a": [1,2]}', '', 'window.x = "y"']) {
      const items = await split(text);
      expect(items.map((i) => [i.index, 'diagnostic' in i ? i.diagnostic.code : 'value'])).toEqual([[0, 'json.not-array']]);
    }
  });

  it('reports truncation, keeping the elements before the cut', async () => {
    const items = await split('window.YTD.tweet.part0 = [ {"a":1}, {"a":2}, {"a":');
    expect(values(items)).toEqual([{ a: 1 }, { a: 2 }, 'json.truncated']);
    const last = items[2]!;
    expect(last.index).toBe(3);
    expect('diagnostic' in last && last.diagnostic.params).toEqual({ count: 2 });
    // Cut right after a comma: no partial element, so the problem is the file's.
    const atComma = await split('[1, 2,');
    expect(atComma.map((i) => i.index)).toEqual([1, 2, 0]);
  });

  it('drops an element larger than the limit with a diagnostic and reads the next one', async () => {
    const items = await split(`[${JSON.stringify('x'.repeat(100))}, "ok"]`, 16, 50);
    expect(values(items)).toEqual(['json.malformed', 'ok']);
    expect(items[0]!.index).toBe(1);
  });

  it('ignores anything after the array closes', async () => {
    expect(values(await split('[1] [2] garbage'))).toEqual([1]);
  });
});

describe('splitJsonArrayBatches', () => {
  it('yields the same items as splitJsonArray, grouped per chunk', async () => {
    const text = `[${Array.from({ length: 50 }, (_, i) => JSON.stringify({ i, s: 'x,]}'.repeat(i % 5) })).join(',')}]`;
    const flat: JsonArrayItem[] = [];
    let batches = 0;
    for await (const b of splitJsonArrayBatches(chunks(text, 64), { file: 'f' })) {
      batches++;
      flat.push(...b);
    }
    expect(flat).toEqual(await split(text, 64));
    expect(flat.map((i) => i.index)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(batches).toBeGreaterThan(1);
    expect(batches).toBeLessThan(50);
  });
});
