/**
 * ChartData → vega-lite spec. Rows are copied into fixed field names first, so nothing a measure (or
 * an archive) supplies is ever read by vega as a field path or an expression: it is only data and text.
 *
 * How each kind reads ChartData (the contract measures must agree with):
 * - line: `x` the position (numbers → quantitative axis; ISO dates with `xType: 'date'` → time axis, UTC; other strings →
 *   ordinal, kept in row order), `y` the value, `series` optional colour, `rule` an optional dashed reference line.
 * - bar: `x` the category, `y` the value; numeric categories and periods (`xType: 'period'`) draw as columns, other
 *   text categories as horizontal bars (row order kept); with `series`, the series stack.
 * - heatmap: `x` and `y` are the two categorical axes (row order kept); the cell value is the field named by `series`,
 *   or else the first numeric field that is neither `x` nor `y`.
 * - mirrored-bar: `x` the category, `y` a non-negative value, `series` the side; the first side seen in row order
 *   extends left, the second right.
 * - rings: drawn as a bar chart (concentric rings read poorly without interaction).
 */
import type { ChartData } from '../../measures/measure.ts';
import { axisColour, chartBackground, gridColour, heatRamp, mutedTextColour, seriesColours, sideColours, textColour } from './palette.ts';

type Row = Readonly<Record<string, string | number>>;

/**
 * A vega-lite spec as plain JSON. Typed loosely on purpose: vega-lite's own types fight
 * `exactOptionalPropertyTypes`; `compile` validates the spec at run time and the tests compile every kind.
 */
export type VlSpec = Readonly<Record<string, unknown>>;

// Small natural sizes: the SVG scales to its column, so text stays legible from 360 px phones (about 0.8×)
// to desktop columns (about 1.4×).
const width = 300;
const step = 20;

const config = {
  background: chartBackground,
  font: 'sans-serif',
  padding: 8,
  aria: false,
  view: { stroke: null },
  axis: {
    labelColor: textColour,
    titleColor: textColour,
    domainColor: axisColour,
    tickColor: axisColour,
    gridColor: gridColour,
    labelFontSize: 12,
    titleFontSize: 12,
    titleFontWeight: 'normal',
    labelLimit: 150,
    labelOverlap: true,
  },
  legend: { labelColor: textColour, titleColor: mutedTextColour, orient: 'bottom', direction: 'vertical', columns: 1, labelFontSize: 12, titleFontSize: 12, labelLimit: 480 },
  range: { category: [...seriesColours] },
} as const;

function isNumeric(rows: readonly Row[], field: string): boolean {
  return rows.length > 0 && rows.every((r) => typeof r[field] === 'number');
}

function num(v: string | number | undefined): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

/** Whole-number data (counts) get whole-number ticks: "0.5 connections" is not a thing. */
function countTicks(values: readonly number[]): { tickMinStep?: number } {
  return values.length > 0 && values.every((v) => Number.isInteger(v)) ? { tickMinStep: 1 } : {};
}

function label(v: string | number | undefined): string | number {
  return v === undefined ? '' : v;
}

function base(rows: readonly Row[]): VlSpec {
  return { config, data: { values: rows.map((r) => ({ ...r })) } };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The x encoding of a line chart: time (UTC) for ISO dates, linear for numbers, else the labels in row order. */
function lineX(c: ChartData, rows: readonly { x: string | number }[]): Record<string, unknown> {
  const title = c.xTitle ?? null;
  if (c.xType === 'date' && rows.every((r) => typeof r.x === 'string' && ISO_DATE.test(r.x))) {
    // A UTC scale: the axis reads the same whatever time zone the audit ran in.
    return { field: 'x', type: 'temporal', title, scale: { type: 'utc' }, axis: { labelAngle: 0, tickCount: 6 } };
  }
  if (isNumeric(c.rows, c.x)) return { field: 'x', type: 'quantitative', title, scale: { zero: false } };
  return { field: 'x', type: 'ordinal', sort: null, title, axis: { labelAngle: rows.length > 8 ? -45 : 0 } };
}

/**
 * A dashed horizontal line at `rule.y`, from a one-row data set of its own (never the chart's rows).
 * Its label goes above the drawing, where no line or point can run through it.
 */
function ruleLayer(rule: NonNullable<ChartData['rule']>): VlSpec {
  return { data: { values: [{ r: num(rule.y) }] }, mark: { type: 'rule', color: mutedTextColour, strokeDash: [4, 3], strokeWidth: 1.5 }, encoding: { y: { field: 'r', type: 'quantitative' } } };
}

function ruleTitle(rule: NonNullable<ChartData['rule']>): Record<string, unknown> {
  return { title: { text: `dashed line: ${rule.label}`, anchor: 'end', frame: 'group', fontSize: 11, fontWeight: 'normal', color: textColour, offset: 4 } };
}

function lineSpec(c: ChartData): VlSpec {
  const rows = c.rows.map((r) => ({ x: label(r[c.x]), y: num(r[c.y]), ...(c.series ? { s: String(label(r[c.series])) } : {}) }));
  const line: VlSpec = {
    mark: { type: 'line', point: rows.length <= 40, strokeWidth: c.xType === 'date' && rows.length > 100 ? 1.5 : 2, ...(c.series ? {} : { color: seriesColours[0] }) },
    encoding: {
      x: lineX(c, rows),
      y: { field: 'y', type: 'quantitative', title: c.yTitle ?? null, axis: countTicks(rows.map((r) => r.y)) },
      ...(c.series ? { color: { field: 's', type: 'nominal', sort: null, title: null } } : {}),
    },
  };
  return c.rule ? { ...base(rows), ...ruleTitle(c.rule), width, height: 160, layer: [line, ruleLayer(c.rule)] } : { ...base(rows), width, height: 160, ...line };
}

/**
 * The category title of a chart whose categories run down the side, written above the chart: turned
 * on its side beside the labels, a long title made vega stretch the drawing to its length and leave
 * bands of empty space above and below the bars.
 */
function titleAbove(title: string | undefined): Record<string, unknown> {
  return title ? { title: { text: title, anchor: 'start', frame: 'bounds', fontSize: 12, fontWeight: 'normal', color: textColour, offset: 6 } } : {};
}

function barSpec(c: ChartData): VlSpec {
  const rows = c.rows.map((r) => ({ x: label(r[c.x]), y: num(r[c.y]), ...(c.series ? { s: String(label(r[c.series])) } : {}) }));
  const columns = isNumeric(c.rows, c.x) || c.xType === 'period';
  const category = { field: 'x', type: columns ? 'ordinal' : 'nominal', sort: null, title: c.xTitle ?? null } as const;
  // A year of months does not fit side by side at this width: the labels slant, as on the monthly line
  // charts. Numbers (hours of the day) are short enough to stay level.
  const slant = c.xType === 'period' && new Set(rows.map((r) => r.x)).size > 8 ? -45 : 0;
  const value = { field: 'y', type: 'quantitative', title: c.yTitle ?? null, axis: countTicks(rows.map((r) => r.y)) } as const;
  const colour = c.series ? { color: { field: 's', type: 'nominal', sort: null, title: null } } : {};
  return columns
    ? { ...base(rows), width, height: 160, mark: { type: 'bar', ...(c.series ? {} : { color: seriesColours[0] }) }, encoding: { x: { ...category, axis: { labelAngle: slant } }, y: value, ...colour } }
    : {
        ...base(rows),
        ...titleAbove(c.xTitle),
        width: 200,
        height: { step },
        mark: { type: 'bar', ...(c.series ? {} : { color: seriesColours[0] }) },
        encoding: { y: { ...category, title: null }, x: value, ...colour },
      };
}

function heatValueField(c: ChartData): string | undefined {
  if (c.series) return c.series;
  const first = c.rows[0];
  return first ? Object.keys(first).find((k) => k !== c.x && k !== c.y && typeof first[k] === 'number') : undefined;
}

function heatmapSpec(c: ChartData): VlSpec {
  const vf = heatValueField(c);
  const rows = c.rows.map((r) => ({ x: label(r[c.x]), y: label(r[c.y]), v: vf ? num(r[vf]) : 0 }));
  return {
    ...base(rows),
    width: { step: 12 },
    height: { step: 16 },
    mark: { type: 'rect', stroke: chartBackground, strokeWidth: 1 },
    encoding: {
      x: { field: 'x', type: 'ordinal', sort: null, title: c.xTitle ?? null, axis: { labelAngle: 0 } },
      y: { field: 'y', type: 'ordinal', sort: null, title: c.yTitle ?? null },
      color: { field: 'v', type: 'quantitative', title: null, scale: { range: [...heatRamp], zero: true }, legend: { orient: 'bottom', direction: 'horizontal', gradientLength: 160 } },
    },
  };
}

function mirroredSpec(c: ChartData): VlSpec {
  const sides: string[] = [];
  for (const r of c.rows) {
    const s = String(label(c.series ? r[c.series] : ''));
    if (!sides.includes(s)) sides.push(s);
  }
  const left = sides[0] ?? '';
  const pair = sides.slice(0, 2);
  const rows = c.rows.flatMap((r) => {
    const s = String(label(c.series ? r[c.series] : ''));
    // A third side has no place in a two-sided chart; the data table below the chart still lists it.
    if (!pair.includes(s)) return [];
    const v = Math.abs(num(r[c.y]));
    return [{ x: label(r[c.x]), s, v: s === left && pair.length > 1 ? -v : v }];
  });
  // Zero sits in the middle so the two sides can be compared by length at a glance.
  const reach = Math.max(1, ...rows.map((r) => Math.abs(r.v)));
  return {
    ...base(rows),
    ...titleAbove(c.xTitle),
    width: 240,
    height: { step },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'x', type: 'nominal', sort: null, title: null },
      // Labels show magnitudes on both sides of zero; the expression is a constant, never built from data.
      x: { field: 'v', type: 'quantitative', title: c.yTitle ?? null, scale: { domain: [-reach, reach] }, axis: { labelExpr: 'format(abs(datum.value), ",")', ...countTicks(rows.map((r) => r.v)) } },
      color: { field: 's', type: 'nominal', sort: null, title: null, scale: { domain: pair, range: [...sideColours] } },
    },
  };
}

/** Builds the vega-lite spec for one chart. */
export function chartSpec(c: ChartData): VlSpec {
  switch (c.kind) {
    case 'line':
      return lineSpec(c);
    case 'heatmap':
      return heatmapSpec(c);
    case 'mirrored-bar':
      return mirroredSpec(c);
    case 'bar':
    case 'rings':
      return barSpec(c);
  }
}
