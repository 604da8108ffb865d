import { describe, expect, it } from 'vitest';
import { streamObjectArray, type StreamItem } from './object-stream.ts';

const enc = new TextEncoder();

async function* chunks(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = enc.encode(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size);
}

async function stream(text: string, size = 5, max?: number): Promise<StreamItem[]> {
  const out: StreamItem[] = [];
  for await (const item of streamObjectArray(chunks(text, size), 'messages', max)) out.push(item);
  return out;
}

const THREAD =
  '\ufeff{\n  "participants": [{"name": "A \\"q\\" ]"}, {"name": "B"}],\n  "messages": [\n    {"sender_name": "A", "content": "x, ] } [ \\\\", "n": [1, {"k": "😀é"}]},\n    {"sender_name": "B"}\n  ],\n  "title": "t",\n  "magic_words": [\n    \n  ]\n}';

describe('streamObjectArray', () => {
  it.each([1, 2, 3, 7, 64, 4096])('streams the array elements and yields the other members (chunk size %i)', async (size) => {
    expect(await stream(THREAD, size)).toEqual([
      { kind: 'member', key: 'participants', value: [{ name: 'A "q" ]' }, { name: 'B' }] },
      { kind: 'element', index: 1, value: { sender_name: 'A', content: 'x, ] } [ \\', n: [1, { k: '😀é' }] } },
      { kind: 'element', index: 2, value: { sender_name: 'B' } },
      { kind: 'member', key: 'title', value: 't' },
      { kind: 'member', key: 'magic_words', value: [] },
    ]);
  });

  it('an empty array gives no elements', async () => {
    expect(await stream('{"messages": [\n  \n], "title": ""}')).toEqual([{ kind: 'member', key: 'title', value: '' }]);
  });

  it('a bad element is a problem with its index; the others still parse', async () => {
    expect(await stream('{"messages": [1, {bad}, 3]}')).toEqual([
      { kind: 'element', index: 1, value: 1 },
      { kind: 'problem', index: 2, reason: expect.any(String) },
      { kind: 'element', index: 3, value: 3 },
    ]);
  });

  it('an element over the size cap is a problem, not a parse', async () => {
    expect(await stream('{"messages": ["short", "a much longer string than the cap"]}', 4, 12)).toEqual([
      { kind: 'element', index: 1, value: 'short' },
      { kind: 'problem', index: 2, reason: 'element larger than 12 bytes' },
    ]);
  });

  it('whole-file problems: a root array, no such array, empty input, a cut file', async () => {
    expect(await stream('[1, 2]')).toEqual([{ kind: 'problem', index: 0, reason: 'not-object' }]);
    expect(await stream('')).toEqual([{ kind: 'problem', index: 0, reason: 'not-object' }]);
    expect(await stream('{"friends_v2": [{"name": "x"}]}')).toEqual([
      { kind: 'member', key: 'friends_v2', value: [{ name: 'x' }] },
      { kind: 'problem', index: 0, reason: 'no-array' },
    ]);
    expect(await stream('{"messages": [1, 2, {"a": "b')).toEqual([
      { kind: 'element', index: 1, value: 1 },
      { kind: 'element', index: 2, value: 2 },
      { kind: 'problem', index: 0, reason: 'truncated' },
    ]);
  });
});
