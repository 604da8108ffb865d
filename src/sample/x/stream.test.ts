import { describe, expect, it } from 'vitest';
import { ytdFile, type Json } from './format.ts';
import { ytdFileChunks } from './stream.ts';

const items: Json[] = [
  { tweet: { id_str: '1', full_text: 'one, with "quotes"', entities: { urls: [] } } },
  { tweet: { id_str: '2', full_text: 'two ✓', display_text_range: ['0', '5'] } },
  { tweet: { id_str: '3', full_text: 'three' } },
];

describe('ytdFileChunks', () => {
  it('joins to exactly what ytdFile writes, whatever the piece size', () => {
    for (const size of [1, 10, 1 << 20]) {
      expect([...ytdFileChunks('YTD.tweets.part0', items, size)].join('')).toBe(ytdFile('YTD.tweets.part0', items));
    }
  });

  it('writes an empty file as [] on one line', () => {
    expect([...ytdFileChunks('YTD.like.part0', [])].join('')).toBe('window.YTD.like.part0 = []');
  });

  it('writes one item like ytdFile', () => {
    expect([...ytdFileChunks('YTD.tweets.part0', items.slice(0, 1))].join('')).toBe(ytdFile('YTD.tweets.part0', items.slice(0, 1)));
  });

  it('yields pieces of about the asked size, pulling items lazily', () => {
    let pulled = 0;
    function* many(): Generator<Json> {
      for (let i = 0; i < 1000; i++) {
        pulled++;
        yield { like: { tweetId: String(i), fullText: 'x'.repeat(50) } };
      }
    }
    const gen = ytdFileChunks('YTD.like.part0', many(), 4096);
    const first = gen.next();
    expect(first.done).toBe(false);
    expect((first.value as string).length).toBeGreaterThanOrEqual(4096);
    expect((first.value as string).length).toBeLessThan(4096 + 200);
    expect(pulled).toBeLessThan(100);
  });
});
