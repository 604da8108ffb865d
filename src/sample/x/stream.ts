/**
 * A data file written piece by piece, for archives too big to hold as one string (the benchmark's
 * 600 MB+ `tweets.js`). The pieces joined are byte-identical to `ytdFile` (2022+ layout).
 */
import { dataJson, type Json } from './format.ts';

/**
 * Yields `window.<globalName> = [` … `]` in pieces of about `chunkChars` characters, taking the
 * items one at a time, so only one piece is ever in memory.
 */
export function* ytdFileChunks(globalName: string, items: Iterable<Json>, chunkChars = 1 << 20): Generator<string> {
  let piece = `window.${globalName} = `;
  let first = true;
  for (const item of items) {
    piece += `${first ? '[\n' : ',\n'}  ${dataJson(item, '  ')}`;
    first = false;
    if (piece.length >= chunkChars) {
      yield piece;
      piece = '';
    }
  }
  // An empty data file is `[]` on one line, as ytdFile writes it [X3].
  yield `${piece}${first ? '[]' : '\n]'}`;
}
