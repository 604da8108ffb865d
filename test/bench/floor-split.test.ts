/**
 * The benchmark's floor must parse the same elements the importer does, or its ratio means nothing:
 * its plain splitter (bench/plain-split.mjs) and the importers' (json-array.ts) count the same
 * elements of an X `.js` file however the bytes are cut into chunks.
 */
import { describe, expect, it } from 'vitest';
import { splitJsonArrayBatches } from '../../src/importers/_shared/json-array.ts';
import { ytdFile, type Json } from '../../src/sample/x/format.ts';
// @ts-expect-error: a plain-JS module without types.
import { parseJsonArray } from '../../bench/plain-split.mjs';

const floorCount = parseJsonArray as (chunks: AsyncIterable<Buffer>) => Promise<number>;

// Strings that hold every structural character, escaped quotes and backslashes, and multi-byte text.
const texts = ['plain', 'a "quoted" word', 'back\\slash\\', 'brackets [ ] { } and, commas', '\\"', 'Ngữyễn 東京 🚀', ''];
const items: Json[] = Array.from({ length: 60 }, (_, i) => ({ tweet: { id_str: String(1000 + i), full_text: texts[i % texts.length]!, entities: { urls: [], user_mentions: i % 3 === 0 ? [{ id_str: '7', indices: ['0', '3'] }] : [] } } }));
const bytes = Buffer.from(ytdFile('YTD.tweets.part0', items), 'utf8');

async function* chunks(size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield Buffer.from(bytes.subarray(i, i + size));
}

describe('the floor splitter', () => {
  it.each([1, 2, 3, 7, 64, 4096, 1 << 20])('counts the elements the importer parses, in chunks of %i bytes', async (size) => {
    let importer = 0;
    for await (const batch of splitJsonArrayBatches(chunks(size), { file: 'data/tweets.js' })) for (const item of batch) if ('value' in item) importer++;
    expect(importer).toBe(items.length);
    expect(await floorCount(chunks(size))).toBe(items.length);
  });
});
