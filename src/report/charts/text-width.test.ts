import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSvg } from '../svg-check.ts';
import type { ChartData } from '../../measures/measure.ts';
import { renderSvg } from './render-svg.ts';
import { chartSpec } from './spec.ts';
import { textWidth, vegaTextWidth } from './text-width.ts';

describe('textWidth', () => {
  it('adds up per-character widths in em, scaled by the font size', () => {
    expect(textWidth('', 12)).toBe(0);
    expect(textWidth('i', 1000)).toBe(278);
    expect(textWidth('m', 1000)).toBe(975);
    expect(textWidth('0123456789', 10)).toBeCloseTo(63.7, 6);
    // A bold label is a tenth wider.
    expect(textWidth('Acme', 12, true)).toBeCloseTo(textWidth('Acme', 12) * 1.1, 6);
  });

  it('gives East Asian characters and emoji a full em, other letters a generous allowance, combining marks nothing', () => {
    expect(textWidth('株式会社', 10)).toBe(40);
    expect(textWidth('🚀', 10)).toBe(10);
    expect(textWidth('Zoë', 10)).toBeCloseTo(textWidth('Zo', 10) + 7.2, 6);
    expect(textWidth('Zoe\u0308', 10)).toBeCloseTo(textWidth('Zoe', 10), 6);
  });

  it('is well short of vega’s own guess of 0.8 em a character for ordinary text', () => {
    const s = 'Mohounshan Foods';
    expect(textWidth(s, 12)).toBeLessThan(0.8 * s.length * 12 * 0.8);
  });
});

describe('vegaTextWidth (vega’s textMetrics.width)', () => {
  it('reads the item’s size (default 11) and weight, trims, and never exceeds the item’s limit', () => {
    expect(vegaTextWidth({}, '  ab  ')).toBeCloseTo(textWidth('ab', 11), 6);
    expect(vegaTextWidth({ fontSize: 20, fontWeight: 'bold' }, 'ab')).toBeCloseTo(textWidth('ab', 20, true), 6);
    expect(vegaTextWidth({ fontSize: 12, fontWeight: 700 }, 'ab')).toBeCloseTo(textWidth('ab', 12, true), 6);
    expect(vegaTextWidth({ fontSize: 12, limit: 50 }, 'a label far longer than fifty pixels')).toBe(50);
    expect(vegaTextWidth({ fontSize: 12 }, null)).toBe(0);
  });
});

describe('chart labels with the width table', () => {
  const bar = (labels: string[]): ChartData => ({ kind: 'bar', title: 'Employers', description: 'd', rows: labels.map((e, i) => ({ e, n: i + 1 })), x: 'e', y: 'n' });

  it('keeps a 20-character employer whole (vega’s guess cut it at about 15)', async () => {
    const svg = await renderSvg(chartSpec(bar(['Baidithboum Logistics', 'Bainfamfoun Software'])));
    expect(svg).toContain('>Baidithboum Logistics</text>');
    expect(svg).toContain('>Bainfamfoun Software</text>');
    expect(svg).not.toContain('…');
  });

  it('cuts a very long label with an ellipsis inside the axis’s 150 px limit', async () => {
    const long = 'The International Association of Professional Organisers and Facilitators';
    const svg = await renderSvg(chartSpec(bar([long, 'B'])));
    const cut = /<text[^>]*>([^<]*…)<\/text>/.exec(svg)?.[1] ?? '';
    expect(cut.length).toBeGreaterThan(15);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(textWidth(cut, 12)).toBeLessThanOrEqual(150);
  });
});

describe('text widths of any text', () => {
  it('are finite, never negative, and never shrink as characters are added (lone surrogates, emoji, controls included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 10 }), fc.integer({ min: 1, max: 40 }), (a, b, size) => {
        const w = textWidth(a, size);
        expect(Number.isFinite(w) && w >= 0).toBe(true);
        expect(textWidth(a + b, size)).toBeGreaterThanOrEqual(w);
      }),
      { numRuns: 2000 },
    );
  });

  it('let vega draw any labels into allow-listed SVG', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'binary', minLength: 1, maxLength: 80 }), { minLength: 1, maxLength: 6 }), async (labels) => {
        const svg = await renderSvg(chartSpec({ kind: 'bar', title: 't', description: 'd', rows: labels.map((e, i) => ({ e, n: i + 1 })), x: 'e', y: 'n' }));
        expect(checkSvg(svg).ok).toBe(true);
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
