/**
 * A streaming reader for an ActivityStreams OrderedCollection file (`outbox.json`, `likes.json`,
 * `bookmarks.json`). It walks the text once, parses each element of every top-level `orderedItems`
 * array on its own, and keeps the rest of the object (the "skeleton": `@context`, `type`,
 * `totalItems`) to parse at the end. So memory follows the largest item, not the file, and a
 * truncated file still yields the items before the cut.
 *
 * Why every `orderedItems` array and not the last: Mastodon's streamed writer emits the key twice,
 * `"orderedItems":[],"orderedItems":[…]` (indieweb.social archive, 2024-07-23, Mastodon 4.2).
 * `JSON.parse` keeps the last; a streaming reader that stops at the first sees nothing.
 */

export type CollectionItem =
  | { readonly index: number; readonly value: unknown }
  | { readonly index: number; readonly error: string };

export interface CollectionSummary {
  /** The top-level object without its items, when the file was complete and valid. */
  header?: Record<string, unknown>;
  /** How many top-level `orderedItems` arrays were met (2 in Mastodon 4.x archives). */
  arrays: number;
  /** Why the file as a whole could not be read to its end, if it could not. */
  error?: string;
}

const QUOTE = 34;
const BACKSLASH = 92;
const COLON = 58;
const COMMA = 44;
const OPEN_CURLY = 123;
const CLOSE_CURLY = 125;
const OPEN_SQUARE = 91;
const CLOSE_SQUARE = 93;

const MAX_SKELETON = 4 * 2 ** 20;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/**
 * Yields each element of the collection's item arrays (1-based index across arrays); fills
 * `summary` as it goes. Never throws on bad data; errors of the source stream propagate.
 */
export async function* readCollection(chunks: AsyncIterable<string>, summary: CollectionSummary, itemsKey = 'orderedItems'): AsyncGenerator<CollectionItem> {
  let started = false;
  let depth = 0;
  let inString = false;
  let escaped = false;
  // Key tracking at depth 1: the text of the last string, and the key it became after a colon.
  let stringStart = -1;
  let lastString = '';
  let stringParts: string[] = [];
  let key = '';
  // Inside an items array: depth of the array, and the current element's text.
  let itemsDepth = 0;
  let element: string[] = [];
  let elementStart = -1;
  let elementHasContent = false;
  let index = 0;
  const skeleton: string[] = [];
  let skeletonSize = 0;
  let skeletonStart = 0;
  let finished = false;

  const take = (chunk: string, from: number, to: number) => {
    if (to <= from) return;
    skeleton.push(chunk.slice(from, to));
    skeletonSize += to - from;
  };

  const endElement = (): CollectionItem | undefined => {
    const text = element.join('');
    element = [];
    if (!elementHasContent) return undefined;
    elementHasContent = false;
    index++;
    try {
      return { index, value: JSON.parse(text) as unknown };
    } catch (e) {
      return { index, error: e instanceof Error ? e.message : String(e) };
    }
  };

  for await (const chunk of chunks) {
    if (finished) continue;
    const out: CollectionItem[] = [];
    skeletonStart = 0;
    elementStart = itemsDepth > 0 && elementHasContent ? 0 : -1;
    if (stringStart >= 0) stringStart = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (!started) {
        if (isSpace(c)) continue;
        if (c !== OPEN_CURLY) {
          summary.error = 'the file does not hold a JSON object';
          finished = true;
          break;
        }
        started = true;
        skeletonStart = i;
      }
      if (inString) {
        if (escaped) escaped = false;
        else if (c === BACKSLASH) escaped = true;
        else if (c === QUOTE) {
          inString = false;
          if (stringStart >= 0) {
            stringParts.push(chunk.slice(stringStart, i));
            lastString = stringParts.join('');
            stringParts = [];
            stringStart = -1;
          }
        }
        continue;
      }
      if (itemsDepth > 0 && depth === itemsDepth && !isSpace(c) && c !== COMMA && c !== CLOSE_SQUARE && !elementHasContent) {
        elementHasContent = true;
        elementStart = i;
      }
      if (c === QUOTE) {
        inString = true;
        if (depth === 1) {
          stringStart = i + 1;
          stringParts = [];
        }
        continue;
      }
      if (c === COLON && depth === 1) key = lastString;
      else if (c === OPEN_CURLY || c === OPEN_SQUARE) {
        depth++;
        if (c === OPEN_SQUARE && depth === 2 && key === itemsKey && itemsDepth === 0) {
          // The skeleton keeps `[` and `]` so that it still parses; the items go elsewhere.
          take(chunk, skeletonStart, i + 1);
          itemsDepth = depth;
          summary.arrays++;
        }
      } else if (c === CLOSE_CURLY || c === CLOSE_SQUARE) {
        if (itemsDepth > 0 && depth === itemsDepth) {
          if (elementStart >= 0) element.push(chunk.slice(elementStart, i));
          elementStart = -1;
          const item = endElement();
          if (item) out.push(item);
          itemsDepth = 0;
          skeletonStart = i;
        }
        depth--;
        if (depth === 0) {
          take(chunk, skeletonStart, i + 1);
          skeletonStart = chunk.length;
          finished = true;
          break;
        }
        if (depth < 0) break;
      } else if (c === COMMA && itemsDepth > 0 && depth === itemsDepth) {
        if (elementStart >= 0) element.push(chunk.slice(elementStart, i));
        elementStart = -1;
        const item = endElement();
        if (item) out.push(item);
        else {
          index++;
          out.push({ index, error: 'empty element' });
        }
      }
    }
    if (started && !finished) {
      if (itemsDepth > 0) {
        if (elementStart >= 0) element.push(chunk.slice(elementStart));
      } else take(chunk, skeletonStart, chunk.length);
      if (stringStart >= 0 && itemsDepth === 0) stringParts.push(chunk.slice(stringStart));
    }
    yield* out;
    if (skeletonSize > MAX_SKELETON) {
      summary.error = 'the collection has too much data outside its items';
      return;
    }
  }
  if (summary.error !== undefined) return;
  if (!started) {
    summary.error = 'the file is empty';
    return;
  }
  if (!finished) {
    summary.error = `the file ends early (truncated?) after ${index} complete items`;
    return;
  }
  try {
    const header = JSON.parse(skeleton.join('')) as unknown;
    if (header !== null && typeof header === 'object' && !Array.isArray(header)) summary.header = header as Record<string, unknown>;
  } catch (e) {
    summary.error = e instanceof Error ? e.message : String(e);
  }
}
