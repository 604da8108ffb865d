/**
 * Meta's JSON byte format, shared by the Facebook and Instagram writers: 2-space pretty print,
 * every non-ASCII character written as its UTF-8 bytes in `\u00XX` escapes (the mojibake), empty
 * arrays and objects opened over a line holding only the inner indentation (`[\n    \n  ]`), no
 * final newline (all real files, 2024 Instagram and 2026 Facebook).
 */

const utf8 = new TextEncoder();

/** A JSON string literal in Meta's escaping. */
export function metaString(s: string): string {
  return JSON.stringify(s).replace(/[^\x00-\x7f]/gu, (ch) =>
    [...utf8.encode(ch)].map((b) => `\\u00${b.toString(16).padStart(2, '0')}`).join(''),
  );
}

function render(value: unknown, indent: string): string {
  const inner = `${indent}  `;
  if (typeof value === 'string') return metaString(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return `[\n${inner}\n${indent}]`;
    return `[\n${value.map((v) => inner + render(v, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return `{\n${inner}\n${indent}}`;
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${render(v, inner)}`).join(',\n')}\n${indent}}`;
}

/** Serialises a value as Meta writes its export files. */
export function metaJson(value: unknown): string {
  return render(value, '');
}

/** The file's bytes (ASCII only, by construction). */
export function metaBytes(value: unknown): Uint8Array {
  return utf8.encode(metaJson(value));
}
