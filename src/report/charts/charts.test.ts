import { describe, expect, it } from 'vitest';
import type { ChartData } from '../../measures/measure.ts';
import { checkSvg } from '../svg-check.ts';
import { renderChart } from './figure.ts';
import { axisColour, chartBackground, contrastRatio, heatRamp, mutedTextColour, seriesColours, textColour } from './palette.ts';
import { renderSvg, responsiveRoot } from './render-svg.ts';
import { chartSpec } from './spec.ts';

const evil = `<script>window.__xss=1</script>" onload="x' \`</style>`;

const charts: Record<ChartData['kind'], ChartData> = {
  line: { kind: 'line', title: 'Per month', description: 'Rises from 1 to 3.', rows: [{ m: '2025-01', n: 1, who: evil }, { m: '2025-02', n: 3, who: evil }, { m: '2025-01', n: 2, who: 'b' }], x: 'm', y: 'n', series: 'who' },
  bar: { kind: 'bar', title: 'Employers', description: 'A leads.', rows: [{ e: evil, n: 3 }, { e: 'B', n: 1 }], x: 'e', y: 'n', xTitle: evil, yTitle: evil },
  heatmap: { kind: 'heatmap', title: 'Hours', description: 'Mostly daytime.', rows: [{ h: 0, d: 'Mon', v: 1 }, { h: 1, d: 'Mon', v: 5 }, { h: 0, d: evil, v: 2 }], x: 'h', y: 'd' },
  'mirrored-bar': { kind: 'mirrored-bar', title: 'Given and received', description: 'Gave 2, got 8.', rows: [{ k: 'endorsements', dir: 'given', n: 2 }, { k: 'endorsements', dir: 'received', n: 8 }], x: 'k', y: 'n', series: 'dir' },
  rings: { kind: 'rings', title: 'Layers', description: 'Five, fifteen, fifty.', rows: [{ layer: 'support', n: 5 }, { layer: 'sympathy', n: 15 }], x: 'layer', y: 'n' },
};

/** Weekly counts over three years, Mondays as ISO dates, with a threshold line (the bursts chart's shape). */
const weekly: ChartData = {
  kind: 'line',
  title: 'New connections per week',
  description: 'Two bursts.',
  rows: Array.from({ length: 160 }, (_, i) => ({ starts: new Date(Date.UTC(2019, 0, 7) + i * 7 * 86_400_000).toISOString().slice(0, 10), n: i % 40 === 0 ? 30 : i % 3 })),
  x: 'starts',
  xType: 'date',
  y: 'n',
  xTitle: 'week',
  yTitle: 'new connections',
  rule: { y: 12.5, label: 'burst threshold 12.5' },
};

/** Thirteen months in time order, as the monthly measures give them (checking_frequency's shape). */
const monthly: ChartData = {
  kind: 'bar',
  title: 'Days with an action, per month',
  description: 'Busy all year.',
  rows: Array.from({ length: 13 }, (_, i) => ({ month: `${2025 + Math.floor((i + 2) / 12)}-${String(((i + 2) % 12) + 1).padStart(2, '0')}`, days: 10 + i })),
  x: 'month',
  xType: 'period',
  y: 'days',
  xTitle: 'month',
  yTitle: 'days with an action',
};

/** The x position of each category label in an SVG, in document order, keyed by its text. */
function labelPositions(svg: string, pattern: RegExp): { text: string; x: number; y: number }[] {
  return [...svg.matchAll(/<text[^>]*transform="translate\(([\d.-]+),([\d.-]+)\)[^>]*>([^<]*)<\/text>/g)]
    .filter((m) => pattern.test(m[3] ?? ''))
    .map((m) => ({ text: m[3] ?? '', x: Number(m[1]), y: Number(m[2]) }));
}

/** The encodings of a spec, layered or not. */
function encodings(spec: Record<string, unknown>): Record<string, { field?: string; type?: string; scale?: { type?: string } }>[] {
  const layers = (spec['layer'] as Record<string, unknown>[] | undefined) ?? [spec];
  return layers.map((l) => l['encoding'] as Record<string, { field?: string }>);
}

describe('chart specs', () => {
  it('never passes measure field names or values into field paths', () => {
    for (const c of [...Object.values(charts), weekly, monthly]) {
      for (const encoding of encodings(chartSpec(c))) {
        for (const ch of Object.values(encoding)) if (ch.field !== undefined) expect(['x', 'y', 's', 'v', 'r']).toContain(ch.field);
      }
    }
  });

  it('draws ISO dates marked xType date on a UTC time axis, and a rule from its own one-row data', () => {
    const spec = chartSpec(weekly);
    const [line, rule, ...more] = spec['layer'] as Record<string, unknown>[];
    expect(encodings(spec)[0]?.['x']).toMatchObject({ field: 'x', type: 'temporal', scale: { type: 'utc' } });
    expect((spec['data'] as { values: unknown[] }).values).toHaveLength(160);
    expect(line?.['mark']).toMatchObject({ type: 'line', point: false });
    expect(rule).toMatchObject({ data: { values: [{ r: 12.5 }] }, mark: { type: 'rule' } });
    expect(more).toEqual([]);
    // The rule's label is above the drawing, where the line cannot run through it.
    expect(spec['title']).toMatchObject({ text: 'dashed line: burst threshold 12.5', anchor: 'end' });
    // Without xType, or with a value that is not an ISO date, the labels stay in row order.
    const { xType: _dropped, ...undated } = weekly;
    expect(encodings(chartSpec(undated))[0]?.['x']?.type).toBe('ordinal');
    expect(encodings(chartSpec({ ...weekly, rows: [...weekly.rows, { starts: 'week 9', n: 1 }] }))[0]?.['x']?.type).toBe('ordinal');
  });

  it('draws text categories as horizontal bars, numeric ones as columns, and rings as bars', () => {
    const enc = (c: ChartData) => chartSpec(c)['encoding'] as Record<string, { field: string; type: string }>;
    expect(enc(charts.bar)['y']?.field).toBe('x');
    expect(enc({ ...charts.bar, rows: [{ e: 1, n: 2 }, { e: 2, n: 3 }] })['x']?.field).toBe('x');
    expect(chartSpec(charts.rings)['mark']).toMatchObject({ type: 'bar' });
  });

  it('draws periods (xType period) as columns in row order, slanted past eight, series stacked', () => {
    const enc = (c: ChartData) => chartSpec(c)['encoding'] as Record<string, { field: string; type: string; sort: null; axis?: { labelAngle?: number }; stack?: unknown }>;
    const x = enc(monthly)['x'];
    expect(x).toMatchObject({ field: 'x', type: 'ordinal', sort: null, axis: { labelAngle: -45 } });
    expect(enc(monthly)['y']?.field).toBe('y');
    // Five quarters fit level, and so do 24 hours of the day.
    expect(enc({ ...monthly, rows: monthly.rows.slice(0, 5) })['x']?.axis?.labelAngle).toBe(0);
    expect(enc({ ...charts.bar, rows: Array.from({ length: 24 }, (_, h) => ({ e: h, n: h })) })['x']?.axis?.labelAngle).toBe(0);
    // Series (from connections / from others) stack on one column per period: no stack switched off.
    const stacked = enc({ ...monthly, rows: monthly.rows.flatMap((r) => [{ ...r, who: 'a' }, { ...r, who: 'b' }]), series: 'who' });
    expect(stacked['color']?.field).toBe('s');
    expect(stacked['y']?.stack).toBeUndefined();
    // Without the mark the same text categories run down the side.
    const { xType: _dropped, ...plain } = monthly;
    expect(enc(plain)['y']?.field).toBe('x');
  });

  it('puts the first side of a mirrored bar to the left and centres zero', () => {
    const spec = chartSpec(charts['mirrored-bar']);
    const values = (spec['data'] as { values: { s: string; v: number }[] }).values;
    expect(values).toEqual([
      { x: 'endorsements', s: 'given', v: -2 },
      { x: 'endorsements', s: 'received', v: 8 },
    ]);
    const x = (spec['encoding'] as Record<string, { scale?: { domain?: number[] } }>)['x'];
    expect(x?.scale?.domain).toEqual([-8, 8]);
  });

  it('takes the heatmap value from series, else from the first other numeric field', () => {
    const values = (c: ChartData) => (chartSpec(c)['data'] as { values: { v: number }[] }).values.map((r) => r.v);
    expect(values(charts.heatmap)).toEqual([1, 5, 2]);
    expect(values({ ...charts.heatmap, rows: [{ h: 0, d: 'Mon', a: 9, b: 1 }], series: 'b' })).toEqual([1]);
  });
});

describe('chart SVG', () => {
  it.each(Object.keys(charts) as ChartData['kind'][])('renders %s to allow-listed SVG with no script and no external reference', async (kind) => {
    const svg = await renderSvg(chartSpec(charts[kind]));
    expect(checkSvg(svg)).toEqual({ ok: true });
    expect(svg).not.toMatch(/<script|<foreignObject|href=|url\((?!#)/i);
    expect(svg.replace(/xmlns(:xlink)?="[^"]*"/g, '')).not.toMatch(/https?:/);
    expect(svg).toMatch(/^<svg [^>]*viewBox="/);
    expect(svg.slice(0, svg.indexOf('>'))).not.toMatch(/\s(width|height)=/);
  });

  it('escapes a hostile series name, category and axis title', async () => {
    for (const c of [charts.line, charts.bar, charts.heatmap]) {
      const svg = await renderSvg(chartSpec(c));
      expect(svg).not.toContain('<script>');
      // A raw quote is harmless in text content; inside a tag it would open an attribute.
      expect(svg).not.toMatch(/<[^>]*onload/);
      expect(checkSvg(svg).ok).toBe(true);
      // Labels may be truncated with an ellipsis, so only the escaped opening is certain to appear.
      expect(svg).toContain("&lt;script&gt;");
    }
  });

  it('writes the category title of side-label charts above the drawing, not turned beside the labels', async () => {
    for (const c of [{ ...charts.bar, xTitle: 'current employer (as your connections list it)' }, { ...charts['mirrored-bar'], xTitle: 'kind of endorsement' }]) {
      const svg = await renderSvg(chartSpec(c));
      expect(svg).toContain(`>${c.xTitle}</text>`);
      // Turned titles are drawn with rotate(-90); the value axis title below stays level.
      expect(svg).not.toContain('rotate(-90)');
      const height = Number(/viewBox="[\d.-]+ [\d.-]+ [\d.]+ ([\d.]+)"/.exec(svg)?.[1]);
      expect(height).toBeLessThan(160);
    }
  });

  it('carries no ARIA labels of its own inside the hidden SVG (the figure describes it)', async () => {
    for (const c of Object.values(charts)) expect(await renderSvg(chartSpec(c))).not.toMatch(/<[^>]*(aria-label|aria-roledescription|\srole=)/);
    // Text that looks like an attribute stays in the label it belongs to.
    const svg = await renderSvg(chartSpec({ ...charts.bar, rows: [{ e: 'Acme role="x"', n: 1 }] }));
    expect(svg).toContain('>Acme role="x"</text>');
  });

  it('draws a long weekly series as a line a few hundred pixels high, with year labels and the threshold, the same in any time zone', async () => {
    const before = process.env['TZ'];
    const drawn: string[] = [];
    try {
      for (const tz of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
        process.env['TZ'] = tz;
        drawn.push(await renderSvg(chartSpec(weekly)));
      }
    } finally {
      if (before === undefined) delete process.env['TZ'];
      else process.env['TZ'] = before;
    }
    const svg = drawn[0] ?? '';
    expect(drawn[1]).toBe(svg);
    expect(drawn[2]).toBe(svg);
    expect(checkSvg(svg)).toEqual({ ok: true });
    const height = Number(/viewBox="[\d.-]+ [\d.-]+ [\d.]+ ([\d.]+)"/.exec(svg)?.[1]);
    expect(height).toBeLessThan(260);
    for (const year of ['2020', '2021', '2022']) expect(svg).toContain(`>${year}</text>`);
    expect(svg).toContain('>dashed line: burst threshold 12.5</text>');
    expect(svg).toMatch(/stroke-dasharray="4,3"|stroke-dasharray="4 3"/);
  });

  it('reads a monthly series left to right: month labels along the bottom, in time order', async () => {
    const months = labelPositions(await renderSvg(chartSpec(monthly)), /^\d{4}-\d{2}$/);
    expect(months.map((m) => m.text)).toEqual(monthly.rows.map((r) => r['month']));
    for (let i = 1; i < months.length; i++) {
      expect(months[i]!.x).toBeGreaterThan(months[i - 1]!.x);
      expect(months[i]!.y).toBe(months[0]!.y);
    }
    // The same rows without the mark: the labels stack down the side, one above the other.
    const { xType: _dropped, ...plain } = monthly;
    const side = labelPositions(await renderSvg(chartSpec(plain)), /^\d{4}-\d{2}$/);
    expect(new Set(side.map((m) => m.x)).size).toBe(1);
  });

  it('puts only whole-number ticks on an axis of counts, and fractions on an axis of shares', async () => {
    const counts = await renderSvg(chartSpec({ ...charts.bar, rows: [{ e: 'A', n: 3 }, { e: 'B', n: 1 }] }));
    expect(counts).toContain('>3</text>');
    expect(counts).not.toMatch(/>\d\.\d<\/text>/);
    const shares = await renderSvg(chartSpec({ ...charts.bar, rows: [{ e: 'A', n: 0.3 }, { e: 'B', n: 0.1 }] }));
    expect(shares).toMatch(/>0\.\d+<\/text>/);
    for (const c of [charts.line, charts['mirrored-bar']]) expect(await renderSvg(chartSpec(c))).not.toMatch(/>\d\.\d<\/text>/);
  });

  it('is deterministic', async () => {
    expect(await renderSvg(chartSpec(charts.line))).toBe(await renderSvg(chartSpec(charts.line)));
  });

  it('caps upscaling and strips the fixed size from the root only', () => {
    expect(responsiveRoot('<svg width="300" height="100" class="marks" viewBox="0 0 300 100"><rect width="5" height="5"/></svg>')).toBe(
      '<svg class="marks" aria-hidden="true" focusable="false" style="max-width:360px" viewBox="0 0 300 100"><rect width="5" height="5"/></svg>',
    );
  });
});

describe('chart figure', () => {
  it('wraps the SVG in a figure with role img, an escaped aria-label and a caption from the description', async () => {
    const out = (await renderChart({ ...charts.bar, title: 'Top <b>', description: 'A "leads" & B follows.' })).value;
    expect(out).toContain('<figure class="chart" role="img" aria-label="Top &lt;b&gt;. A &quot;leads&quot; &amp; B follows.">');
    expect(out).toContain('<figcaption><strong>Top &lt;b&gt;.</strong> A &quot;leads&quot; &amp; B follows.</figcaption>');
    expect(out).toContain('<svg');
    expect(out).toContain('<details class="chart-data">');
  });

  it('draws no SVG, figure or table for a chart without rows, but keeps its text', async () => {
    const out = (await renderChart({ ...charts.line, rows: [] })).value;
    expect(out).toBe('<p class="chart-empty"><strong>Per month.</strong> Rises from 1 to 3.</p>');
  });

  it('renders a one-row chart', async () => {
    const out = (await renderChart({ ...charts.line, rows: [{ m: '2025-01', n: 4 }], series: undefined } as unknown as ChartData)).value;
    expect(out).toContain('<svg');
  });
});

describe('palette', () => {
  it('gives every series colour at least 3:1 against the chart background', () => {
    for (const c of [...seriesColours, heatRamp[1], axisColour]) expect(contrastRatio(c, chartBackground)).toBeGreaterThanOrEqual(3);
  });

  it('gives chart text at least 4.5:1', () => {
    expect(contrastRatio(textColour, chartBackground)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(mutedTextColour, chartBackground)).toBeGreaterThanOrEqual(4.5);
  });

  it('computes known contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

describe('scopeIds', () => {
  it('renames ids and their url() references in order, leaving other urls alone', async () => {
    const { scopeIds } = await import('./render-svg.ts');
    expect(scopeIds('<svg><defs><linearGradient id="gradient_7"/></defs><rect fill="url(#gradient_7)"/><rect fill="url(#other)"/></svg>', 'm-chart-0')).toBe(
      '<svg><defs><linearGradient id="m-chart-0-0"/></defs><rect fill="url(#m-chart-0-0)"/><rect fill="url(#other)"/></svg>',
    );
    expect(scopeIds('<svg><g/></svg>', 'x')).toBe('<svg><g/></svg>');
  });
});
