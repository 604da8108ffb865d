/** Number formatting by unit. Fixed to en-GB conventions so the same result always renders the same text. */
import type { MeasureResult, Unit } from '../measures/measure.ts';

const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const fixed = (digits: number) => new Intl.NumberFormat('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const one = fixed(1);
const two = fixed(2);

export const notAvailableText = 'not available from these exports';
export const insufficientText = 'not enough data in this export';

/** A proportion (0–1) as a percentage: whole percent from 10% up, one decimal below so small shares do not read as 0%. */
export function formatPercent(p: number): string {
  const pct = p * 100;
  if (pct !== 0 && Math.abs(pct) < 10) return `${one.format(pct)}%`;
  return `${integer.format(pct)}%`;
}

/** Formats a measure value for its unit. Non-finite values (a ratio over zero) become a dash, never "Infinity". */
export function formatValue(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return '–';
  switch (unit) {
    case 'count':
      return integer.format(value);
    case 'proportion':
      return formatPercent(value);
    case 'ratio':
      return Math.abs(value) >= 10 ? one.format(value) : two.format(value);
    case 'per-100-words':
      return `${one.format(value)} per 100 words`;
    case 'per-30-days':
      return `${one.format(value)} per 30 days`;
    case 'binary':
      return value ? 'yes' : 'no';
    case 'tokens':
      return Number.isInteger(value) ? integer.format(value) : one.format(value);
    case 'similarity':
      return two.format(value);
  }
}

/** A secondary figure (a part): integers as counts, fractions with two decimals. */
export function formatPart(value: number): string {
  if (!Number.isFinite(value)) return '–';
  return Number.isInteger(value) ? integer.format(value) : two.format(value);
}

/** The headline text for a result: the formatted number, or the sentence that replaces it. */
export function formatResult(result: MeasureResult, unit: Unit): string {
  switch (result.status) {
    case 'ok':
      return formatValue(result.value, unit);
    case 'not-available':
      return notAvailableText;
    case 'insufficient':
      return insufficientText;
  }
}

export { platformName } from '../model/platform-name.ts';

/** "reach" → "Reach"; part keys like "sent_total" or "sentTotal" → "sent total". */
export function humanise(key: string): string {
  return key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase()
    .trim();
}

/** Capitalises the first letter. */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** An instant as a date and time in the given IANA zone; an unknown zone falls back to UTC (and says so). */
export function formatInstant(epochMs: number, timeZone: string): string {
  const d = new Date(epochMs);
  if (Number.isNaN(d.getTime())) return 'unknown';
  try {
    return new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'long', timeStyle: 'short' }).format(d);
  } catch {
    return `${new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', dateStyle: 'long', timeStyle: 'short' }).format(d)} UTC (time zone “${timeZone}” not recognised)`;
  }
}
