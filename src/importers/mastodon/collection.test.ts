import { describe, expect, it } from 'vitest';
import { readCollection, type CollectionItem, type CollectionSummary } from './collection.ts';

async function* chunked(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function collect(text: string, size = 1 << 20): Promise<{ items: CollectionItem[]; summary: CollectionSummary }> {
  const summary: CollectionSummary = { arrays: 0 };
  const items: CollectionItem[] = [];
  for await (const it of readCollection(chunked(text, size), summary)) items.push(it);
  return { items, summary };
}

const values = (items: readonly CollectionItem[]) => items.map((i) => ('value' in i ? i.value : { error: i.index }));

describe('readCollection', () => {
  const doc =
    '{"@context":["https://www.w3.org/ns/activitystreams",{"a":"b"}],"id":"outbox.json","type":"OrderedCollection","totalItems":1,' +
    '"orderedItems":[],"orderedItems":[{"id":"x","content":"<p>a ] } [ { \\" , :</p>","n":[1,2]},"plain \\"string\\"",3,{"nested":{"orderedItems":[9]}}]}';

  it('reads the items of the second, duplicated orderedItems key and keeps the header', async () => {
    const { items, summary } = await collect(doc);
    expect(values(items)).toEqual([{ id: 'x', content: '<p>a ] } [ { " , :</p>', n: [1, 2] }, 'plain "string"', 3, { nested: { orderedItems: [9] } }]);
    expect(items.map((i) => i.index)).toEqual([1, 2, 3, 4]);
    expect(summary.arrays).toBe(2);
    expect(summary.error).toBeUndefined();
    expect(summary.header).toEqual({ '@context': ['https://www.w3.org/ns/activitystreams', { a: 'b' }], id: 'outbox.json', type: 'OrderedCollection', totalItems: 1, orderedItems: [] });
  });

  it('gives the same result whatever the chunk boundaries', async () => {
    const whole = await collect(doc);
    for (const size of [1, 2, 3, 5, 7, 13, 64]) {
      const split = await collect(doc, size);
      expect(values(split.items)).toEqual(values(whole.items));
      expect(split.summary).toEqual(whole.summary);
    }
  });

  it('reports a bad element by index and goes on', async () => {
    const { items, summary } = await collect('{"type":"OrderedCollection","orderedItems":["a",{bad},"c"]}');
    expect(items).toHaveLength(3);
    expect(items[1]).toMatchObject({ index: 2 });
    expect('error' in (items[1] ?? {})).toBe(true);
    expect(values(items)[2]).toBe('c');
    expect(summary.error).toBeUndefined();
  });

  it('keeps the complete items before a truncation and says so', async () => {
    const { items, summary } = await collect('{"type":"OrderedCollection","orderedItems":[{"a":1},{"b":2},{"c":');
    expect(values(items)).toEqual([{ a: 1 }, { b: 2 }]);
    expect(summary.error).toMatch(/truncated\?\) after 2 complete items/);
    expect(summary.header).toBeUndefined();
  });

  it('handles the degenerate files: empty, whitespace, an array, an empty collection, one item', async () => {
    expect((await collect('')).summary.error).toBe('the file is empty');
    expect((await collect('  \n ')).summary.error).toBe('the file is empty');
    expect((await collect('[1,2]')).summary.error).toBe('the file does not hold a JSON object');
    expect((await collect('window.YTD.like.part0 = [{}]')).summary.error).toBe('the file does not hold a JSON object');
    const empty = await collect('{"type":"OrderedCollection","orderedItems":[]}');
    expect(empty.items).toEqual([]);
    expect(empty.summary).toEqual({ arrays: 1, header: { type: 'OrderedCollection', orderedItems: [] } });
    const one = await collect('{"orderedItems":[ "u" ]}');
    expect(values(one.items)).toEqual(['u']);
  });

  it('reads an object without items as a header only (another platform’s likes.json)', async () => {
    const { items, summary } = await collect('{"media_likes":[["2019-01-01T00:00:00","someone"]],"comment_likes":[]}');
    expect(items).toEqual([]);
    expect(summary.arrays).toBe(0);
    expect(summary.header).toEqual({ media_likes: [['2019-01-01T00:00:00', 'someone']], comment_likes: [] });
  });
});
