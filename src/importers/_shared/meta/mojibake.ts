/**
 * Meta's mojibake: Facebook and Instagram JSON write every string's UTF-8 bytes as `\u00XX` code
 * points, e.g. "Th\u00c3\u00a0nh" for "Thành" and "\u00f0\u009f\u0091\u008d" for 👍 (seen in every
 * export we have, 2018–2026: formats/facebook.md §2, formats/instagram.md §2). We re-decode per string.
 */

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Re-decodes a string whose code points are UTF-8 bytes. Left alone when any char is above U+00FF
 * (already real text) or when the bytes are not valid UTF-8 (a genuine Latin-1 string like "café"
 * written correctly would decode to garbage, so we only accept a clean decode).
 */
export function repairMojibake(s: string): string {
  let needs = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff) return s;
    if (c > 0x7f) needs = true;
  }
  if (!needs) return s;
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return s;
  }
}

/** Repairs every string value in a parsed JSON value (keys are ASCII and left alone); returns a new value. */
export function repairDeep(value: unknown): unknown {
  if (typeof value === 'string') return repairMojibake(value);
  if (Array.isArray(value)) return value.map(repairDeep);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = repairDeep(v);
    return out;
  }
  return value;
}
