/** CSV text the way LinkedIn's exporter writes it, including its two escaping bugs. */

/** RFC-4180 field: quoted only when it holds a comma, a quote or a line break; quotes doubled. */
export function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Comments.csv field. Quirk (2022+ exports, seen in a 2025-07 export [formats/linkedin.md L1]):
 * quotes inside a message are escaped with a backslash, `\"`, not doubled, while the field itself is
 * still wrapped in quotes, e.g. `"Yes, use it as \"a hint\", not a rule"`.
 */
export function backslashField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '\\"')}"` : value;
}

/**
 * Shares.csv ShareCommentary. Quirk (2022-09, 2024-06 and 2025-07 exports): each line of a
 * multi-line post is wrapped in its own quotes inside the field, so the cell reads
 * `first"\n""\n"second` after correct parsing; the newline follows the file (CRLF).
 */
export function shareCommentaryField(text: string, eol: string): string {
  const lines = text.split('\n');
  const inner = lines.length > 1 ? lines.join(`"${eol}"`) : text;
  return field(inner);
}

/** One line of comma-separated fields. */
export function row(values: readonly string[]): string {
  let s = '';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) s += ',';
    s += field(values[i] as string);
  }
  return s;
}

/** Legacy 2018/2022 layout: every field quoted (quotes doubled), tab-separated. */
export function tabRow(values: readonly string[]): string {
  let s = '';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) s += '\t';
    s += `"${(values[i] as string).replace(/"/g, '""')}"`;
  }
  return s;
}

const utf8 = new TextEncoder();

/** UTF-8 without BOM: no BOM was seen in any real UTF-8 LinkedIn file. */
export function encodeUtf8(text: string): Uint8Array {
  return utf8.encode(text);
}

/** UTF-16LE with a BOM (FF FE), as in the 2018 Shares.csv and the 2022 `Endorsement Received Info.csv`. */
export function encodeUtf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2] = c & 0xff;
    out[3 + i * 2] = c >>> 8;
  }
  return out;
}

/** Joins lines with `eol`, ending with `eol` unless `trailing` is false. */
export function lines(all: readonly string[], eol: string, trailing = true): string {
  return all.join(eol) + (trailing && all.length > 0 ? eol : '');
}
