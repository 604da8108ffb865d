/**
 * The floor's JSON array reader, kept apart so the splitter comparison can run the same code:
 * a plain byte splitter plus `JSON.parse` per element (DEPS.md §3).
 */

/**
 * The plain byte splitter: finds the top-level elements of the first JSON array in the stream
 * (skipping any `window.YTD… =` prefix), jumping over string bodies with indexOf, and JSON.parses
 * each element on its own. Keeps only the bytes of the element being read.
 */
export async function parseJsonArray(stream) {
  let items = 0;
  let pending = null; // bytes of the current element carried over from earlier chunks
  let started = false;
  let depth = 0;
  let inString = false;
  for await (const chunk of stream) {
    let buf = chunk;
    let i = 0;
    let start = 0;
    if (!started) {
      const open = buf.indexOf(0x5b);
      if (open < 0) continue;
      started = true;
      depth = 1;
      i = open + 1;
      start = i;
    } else if (pending) {
      i = pending.length;
      buf = Buffer.concat([pending, chunk]);
    }
    const n = buf.length;
    while (i < n) {
      if (inString) {
        let q = buf.indexOf(0x22, i);
        // A quote preceded by an odd number of backslashes is escaped.
        while (q >= 0) {
          let b = q - 1;
          while (b >= start && buf[b] === 0x5c) b--;
          if ((q - 1 - b) % 2 === 0) break;
          q = buf.indexOf(0x22, q + 1);
        }
        if (q < 0) {
          i = n;
          break;
        }
        inString = false;
        i = q + 1;
        continue;
      }
      const c = buf[i];
      if (c === 0x22) inString = true;
      else if (c === 0x7b || c === 0x5b) depth++;
      else if (c === 0x7d || c === 0x5d) {
        depth--;
        if (depth === 0) {
          const text = buf.toString('utf8', start, i).trim();
          if (text.length > 0) {
            JSON.parse(text);
            items++;
          }
          return items;
        }
      } else if (c === 0x2c && depth === 1) {
        JSON.parse(buf.toString('utf8', start, i));
        items++;
        start = i + 1;
      }
      i++;
    }
    pending = start < n ? buf.subarray(start) : null;
    // Keep the carried bytes apart from the chunk the stream may reuse.
    if (pending && pending.buffer === chunk.buffer) pending = Buffer.from(pending);
  }
  return items;
}
