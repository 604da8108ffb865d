/**
 * Overlapping zip entries: a well-formed zip stores each entry's data once, so no two entries'
 * byte ranges overlap. An "overlapping" zip bomb points many central-directory entries at one
 * highly compressed local entry (Fifield, "A better zip bomb", WOOT 2019): every entry passes the
 * ratio check alone, yet together they inflate the same bytes thousands of times.
 */

export interface EntrySpan {
  readonly path: string;
  /** Offset of the entry's local header in the file. */
  readonly start: number;
  /** First byte after its data: at least start + 30 (fixed header) + compressed size. */
  readonly end: number;
}

/** Paths of entries whose range starts inside an earlier entry's range (by offset, then container order); the first of each overlap is kept. */
export function overlappingEntries(spans: readonly EntrySpan[]): Set<string> {
  const order = spans.map((s, i) => ({ s, i })).sort((a, b) => a.s.start - b.s.start || a.i - b.i);
  const out = new Set<string>();
  let reach = -1;
  for (const { s } of order) {
    if (s.start < reach) out.add(s.path);
    else reach = Math.max(reach, s.end);
  }
  return out;
}
