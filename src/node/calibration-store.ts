/**
 * Node edge: the user's calibration labels (CODEBOOK §4.5 step 5), kept in one JSON file inside a
 * folder the user chose and nowhere else. The labels say who the user feels close to, so the file
 * is readable by its owner only and is never sent anywhere.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CALIBRATION_LABELS, type CalibrationLabel } from '../measures/_lib/calibration.ts';
import { UserError } from '../diagnostics/errors.ts';

export const DEFAULT_STORE_DIR = 'flipside-calibration';
export const STORE_FILE = 'labels.json';
const FORMAT = 'flipside-calibration-labels';
const VERSION = 1;

/** One answer: the label and the day (YYYY-MM-DD, the user's clock) it was given. */
export interface StoredLabel {
  readonly label: CalibrationLabel;
  readonly labelledOn: string;
}

/** The store's contents, keyed by person id. */
export type StoredLabels = ReadonlyMap<string, StoredLabel>;

export interface CalibrationStore {
  /** Absolute path of the labels file. */
  readonly file: string;
  /** The labels saved so far; empty when the file does not exist yet. */
  load(): Promise<Map<string, StoredLabel>>;
  /** Replaces the file with `labels`, atomically (a crash mid-write leaves the old file). */
  save(labels: StoredLabels): Promise<void>;
}

/** True for the three label words. */
export function isCalibrationLabel(x: unknown): x is CalibrationLabel {
  return typeof x === 'string' && (CALIBRATION_LABELS as readonly string[]).includes(x);
}

/** Reads the file's JSON text; a damaged file is a UserError so it is never silently overwritten. */
export function parseStoredLabels(text: string, file: string): Map<string, StoredLabel> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UserError(`${file}: the calibration store is not valid JSON; fix or remove it`);
  }
  const labels = (data as { format?: unknown; labels?: unknown } | null)?.labels;
  if ((data as { format?: unknown } | null)?.format !== FORMAT || typeof labels !== 'object' || labels === null || Array.isArray(labels)) {
    throw new UserError(`${file}: not a flipside calibration store; choose another --store folder`);
  }
  const out = new Map<string, StoredLabel>();
  for (const [id, v] of Object.entries(labels as Record<string, unknown>)) {
    const { label, labelledOn } = (v ?? {}) as { label?: unknown; labelledOn?: unknown };
    if (!isCalibrationLabel(label) || typeof labelledOn !== 'string') {
      throw new UserError(`${file}: the entry for ${id} is damaged; fix or remove it`);
    }
    out.set(id, { label, labelledOn });
  }
  return out;
}

/** The file's JSON text, entries sorted by person id so the file diffs cleanly. */
export function serializeStoredLabels(labels: StoredLabels): string {
  const sorted = [...labels].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const body = Object.fromEntries(sorted.map(([id, v]) => [id, { label: v.label, labelledOn: v.labelledOn }]));
  return `${JSON.stringify({ format: FORMAT, version: VERSION, labels: body }, null, 2)}\n`;
}

/** The store inside `dir` (created on first save, owner-only permissions). */
export function createCalibrationStore(dir: string = DEFAULT_STORE_DIR): CalibrationStore {
  const folder = resolve(dir);
  const file = join(folder, STORE_FILE);
  return {
    file,
    async load() {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
        throw new UserError(`${file}: cannot read the calibration store`);
      }
      return parseStoredLabels(text, file);
    },
    async save(labels) {
      try {
        await mkdir(folder, { recursive: true, mode: 0o700 });
        // The temporary file sits in the same folder, so the labels never touch any other place.
        const tmp = `${file}.tmp`;
        await writeFile(tmp, serializeStoredLabels(labels), { mode: 0o600 });
        await rename(tmp, file);
      } catch {
        throw new UserError(`${file}: cannot write the calibration store (choose a writable folder with --store)`);
      }
    },
  };
}
