/**
 * How wide chart text will be, without a canvas. Vega lays out axes and legends from text widths;
 * with no canvas it guesses 0.8 em per character, about half as much again as real sans-serif text,
 * so it cut category labels short ("Mohounshan Foo…" with room to spare) and reserved empty margins
 * beside them. This table gives each printable ASCII character the wider of its advance widths in
 * DejaVu Sans (Linux's usual sans-serif) and Liberation Sans (metric-compatible with Arial, close
 * to Helvetica), measured with Chromium by scripts/measure-glyphs.mjs, so an estimate is seldom
 * short of what a browser draws. Other characters get a generous allowance.
 */

/** Advance widths of the characters 32 (space) to 126 (~), in thousandths of an em. */
const ASCII = [
  318, 401, 460, 838, 637, 951, 780, 275, 391, 391, 500, 838, 318, 361, 318, 337,
  637, 637, 637, 637, 637, 637, 637, 637, 637, 637, 337, 337, 838, 838, 838, 557,
  1016, 685, 687, 723, 771, 667, 611, 778, 752, 295, 500, 667, 558, 863, 749, 788,
  667, 788, 723, 667, 611, 732, 685, 989, 686, 667, 686, 391, 337, 391, 838, 557,
  500, 613, 635, 550, 635, 616, 353, 635, 634, 278, 278, 580, 278, 975, 634, 612,
  635, 635, 412, 521, 393, 634, 592, 818, 592, 592, 525, 637, 337, 637, 838,
];

/** Letters and signs beyond ASCII (accented Latin, Greek, Cyrillic, …): wider than most ASCII letters. */
const OTHER = 720;
/** East Asian characters, emoji and other full-width forms: a full em. */
const WIDE = 1000;
/** Bold text is about a tenth wider. */
const BOLD = 1.1;

function isWide(code: number): boolean {
  return (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) || code >= 0x1f000;
}

/** Width in pixels of `text` at `fontSize` px. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    // Combining marks and joiners draw on the character before them.
    if ((code >= 0x300 && code <= 0x36f) || code === 0x200d || (code >= 0xfe00 && code <= 0xfe0f)) continue;
    units += code >= 32 && code < 127 ? (ASCII[code - 32] ?? OTHER) : isWide(code) ? WIDE : OTHER;
  }
  return (units / 1000) * fontSize * (bold ? BOLD : 1);
}

/** The parts of a vega text item the width depends on. */
interface TextItem {
  readonly fontSize?: number | string | null;
  readonly fontWeight?: number | string | null;
  readonly limit?: number | string | null;
}

/**
 * Vega's `textMetrics.width(item, text)`: the width of the text as vega will draw it, trimmed and
 * at most the item's `limit` (vega then truncates it to fit, measuring with this same function).
 */
export function vegaTextWidth(item: TextItem, text: unknown): number {
  const s = text == null ? '' : String(text).trim();
  const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
  const weight = item.fontWeight;
  const bold = weight === 'bold' || weight === 'bolder' || (typeof weight === 'number' && weight >= 600) || (typeof weight === 'string' && Number(weight) >= 600);
  const w = textWidth(s, size, bold);
  const limit = Number(item.limit);
  return limit > 0 ? Math.min(w, limit) : w;
}
