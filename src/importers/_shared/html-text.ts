/**
 * Plain text from the bits of HTML that exports put in message bodies: LinkedIn's messages.csv
 * CONTENT holds `<p class="spinmail-quill-editor__spin-break">…</p>` (2024) and entities such as
 * `&rsquo;` and `&nbsp;` (2018).
 */

const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
  rsquo: '\u2019', lsquo: '\u2018', rdquo: '\u201d', ldquo: '\u201c', sbquo: '\u201a', bdquo: '\u201e',
  ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', bull: '\u2022', middot: '\u00b7',
  copy: '\u00a9', reg: '\u00ae', trade: '\u2122', euro: '\u20ac', pound: '\u00a3', yen: '\u00a5', cent: '\u00a2',
  laquo: '\u00ab', raquo: '\u00bb', deg: '\u00b0', times: '\u00d7', divide: '\u00f7', shy: '\u00ad',
  eacute: '\u00e9', egrave: '\u00e8', aacute: '\u00e1', agrave: '\u00e0', oacute: '\u00f3', uacute: '\u00fa',
  iacute: '\u00ed', ntilde: '\u00f1', ccedil: '\u00e7', uuml: '\u00fc', ouml: '\u00f6', auml: '\u00e4', szlig: '\u00df',
};

/** Decodes named (common ones) and numeric character references; unknown names are left as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});/g, (m, body: string) => {
    if (body.charCodeAt(0) === 35) {
      const hex = body[1] === 'x' || body[1] === 'X';
      const cp = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
      return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : m;
    }
    return NAMED[body] ?? NAMED[body.toLowerCase()] ?? m;
  });
}

const TAG = /<\/?[a-zA-Z][^<>]*>/g;
const LINE_BREAK = /^<(?:br\b|\/(?:p|div|li|h[1-6])\s*>)/i;

/**
 * Strips tags, turning block ends and `<br>` into line breaks, then decodes entities. Text without
 * `<` or `&` is returned as is, which keeps the common case cheap.
 */
export function htmlToText(s: string): string {
  let t = s;
  if (t.includes('<')) {
    // One pass: line-breaking tags become \n, every other tag goes.
    t = t.replace(TAG, (m) => (LINE_BREAK.test(m) ? '\n' : ''));
    // Paragraph ends leave one newline each; collapse the runs they make with <br> paragraphs.
    if (t.includes('\n\n\n')) t = t.replace(/\n{3,}/g, '\n\n');
    t = t.trim();
  }
  return decodeEntities(t);
}
