/**
 * A measure is one CODEBOOK indicator: its metadata (what the report, the codebook document and the
 * dataset columns are generated from) beside a pure compute function over the ledger.
 */
import type { Capability } from '../importers/importer.ts';
import type { Ledger, Platform } from '../model/types.ts';
import type { Side, TensionId } from './tensions.ts';

/** CODEBOOK §0.1 evidence labels. [U] references are never shown to users. */
export type Evidence = 'V' | 'S' | 'U' | 'D';

export interface Reference {
  /** The figure or finding, in one sentence. */
  readonly claim: string;
  /** Short citation, e.g. "Brown & Michinov (2019)". */
  readonly source: string;
  readonly evidence: Evidence;
}

export type Unit = 'count' | 'proportion' | 'ratio' | 'per-100-words' | 'binary' | 'per-30-days' | 'tokens' | 'similarity';

export interface MeasureMeta {
  /** The CODEBOOK id; also the JSON key, the report anchor and the dataset column. Stable forever. */
  readonly id: string;
  /** CODEBOOK section, e.g. "T1.2". */
  readonly codebook: string;
  readonly tension: TensionId;
  readonly side: Side;
  /** Plain-language title, e.g. "People you actually exchanged messages with this year". */
  readonly title: string;
  /** Exact definition as computed, in one or two sentences. */
  readonly definition: string;
  readonly unit: Unit;
  /** Window the value covers, e.g. "365 days before the export date". */
  readonly window: string;
  /** Minimum-data rule in words; compute enforces it. */
  readonly minimum: string;
  /** Data kinds the measure needs; if any is absent from the ledger it is "not available from these exports". */
  readonly requires: readonly Capability[];
  /** Platforms that can supply it (CODEBOOK "Platforms"). */
  readonly platforms: readonly Platform[];
  readonly references: readonly Reference[];
  /** What it cannot tell you: shown beside the number. */
  readonly caveat: string;
  /** The reflective question. */
  readonly question: string;
}

/** A chart's data, drawn by the report; the measure decides what to show, the report how. */
export interface ChartData {
  readonly kind: 'line' | 'bar' | 'heatmap' | 'mirrored-bar' | 'rings';
  readonly title: string;
  /** Text alternative: what the chart shows, in a sentence with the key numbers. */
  readonly description: string;
  /** Tidy rows; field names are given by x, y and series. */
  readonly rows: ReadonlyArray<Readonly<Record<string, string | number>>>;
  readonly x: string;
  readonly y: string;
  /** Field that splits rows into series (colour), if any. */
  readonly series?: string;
  readonly xTitle?: string;
  readonly yTitle?: string;
  /**
   * `date`: the x values are ISO dates (`YYYY-MM-DD`), drawn on a time axis (UTC), for long series
   * such as weeks over years (line charts).
   * `period`: the x values are calendar periods in time order (`2025-03`, `2025-Q1`): bar charts draw
   * them as columns, left to right, as time is read, instead of as bars running down the side.
   * Default: numbers on a linear axis, text in row order.
   */
  readonly xType?: 'date' | 'period';
  /** A horizontal reference line, e.g. a threshold, with a short label (line charts). */
  readonly rule?: { readonly y: number; readonly label: string };
}

export type MeasureResult =
  | {
      readonly status: 'ok';
      readonly value: number;
      /** Optional display text when a bare number misleads (e.g. "12 of 900"). */
      readonly display?: string;
      /** Secondary figures (raw counts, sub-rates), keyed by name; these become extra dataset columns `<id>.<key>`. */
      readonly parts?: Readonly<Record<string, number>>;
      /** Value per platform where the measure is per platform (never summed across platforms). */
      readonly byPlatform?: Readonly<Partial<Record<Platform, number>>>;
      /** Lists for the report (e.g. dormant ties); may name people: never in shareable summaries. */
      readonly items?: ReadonlyArray<Readonly<Record<string, string | number>>>;
      readonly charts?: readonly ChartData[];
      /** Notes specific to this user's data (e.g. "rates scaled per 30 days: the archive covers 140 days"). */
      readonly notes?: readonly string[];
    }
  | { readonly status: 'not-available'; readonly reason: string }
  | { readonly status: 'insufficient'; readonly reason: string; readonly have: number; readonly need: number };

export interface MeasureOptions {
  /** IANA time zone for hour-of-day measures. */
  readonly timeZone: string;
  /** Late-night window [start, end) in local hours; CODEBOOK T2.3 default [23, 5). */
  readonly nightStartHour: number;
  readonly nightEndHour: number;
}

export const defaultOptions: MeasureOptions = { timeZone: 'UTC', nightStartHour: 23, nightEndHour: 5 };

export interface MeasureContext {
  readonly ledger: Ledger;
  /** The export date `T` (CODEBOOK §1.1), UTC epoch ms. */
  readonly asOf: number;
  readonly options: MeasureOptions;
}

export interface Measure {
  readonly meta: MeasureMeta;
  /** Pure: no clock, no I/O, no randomness. */
  compute(ctx: MeasureContext): MeasureResult;
}

/** A measure's metadata and result together: what the report and the JSON output carry. */
export interface Finding {
  readonly meta: MeasureMeta;
  readonly result: MeasureResult;
}

/**
 * Registers a measure. The wrapper enforces `requires`, so an individual compute never has to
 * decide between "zero" and "no data": missing data is "not available from these exports".
 */
export function defineMeasure(m: Measure): Measure {
  return {
    meta: m.meta,
    compute(ctx) {
      const missing = m.meta.requires.filter((r) => !ctx.ledger.available.has(r));
      if (missing.length > 0) {
        return { status: 'not-available', reason: `not available from these exports (needs ${missing.join(', ')})` };
      }
      return m.compute(ctx);
    },
  };
}

/** Result helper for the minimum-data rule. */
export function insufficient(have: number, need: number, what: string, one: string = singular(what)): MeasureResult {
  return { status: 'insufficient', reason: `not enough data in this export: ${have} ${have === 1 ? one : what}, needs at least ${need}`, have, need };
}

/** Nouns the measures count, plural to singular. */
const SINGULAR: Readonly<Record<string, string>> = {
  actions: 'action', applications: 'application', connections: 'connection', days: 'day', endorsements: 'endorsement', headlines: 'headline',
  interactions: 'interaction', invitations: 'invitation', items: 'item', links: 'link', messages: 'message', moves: 'move', people: 'person',
  positions: 'position', posts: 'post', reactions: 'reaction', words: 'word',
};

const COUNTED_NOUN = new RegExp(`\\b(${Object.keys(SINGULAR).join('|')})\\b`);

/** `what` for a count of one: its first counted noun in the singular ("posts of at least 20 words" → "post of at least 20 words"). */
export function singular(what: string): string {
  return what.replace(COUNTED_NOUN, (w) => SINGULAR[w] ?? w);
}
