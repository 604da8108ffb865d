/**
 * `flipside calibrate <paths...>` (CODEBOOK §4.5): the user labels a stratified sample of the
 * people in their archives as close, acquaintance or barely known; flipside reports how well the
 * tie-strength estimate S agrees and what weights would fit this user. Labels stay in --store.
 */
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { runAudit } from '../../pipeline/audit.ts';
import { importers } from '../../importers/index.ts';
import { openArchive } from '../../node/open-archive.ts';
import { createCalibrationStore, isCalibrationLabel, type StoredLabel } from '../../node/calibration-store.ts';
import type { Archive } from '../../archive/types.ts';
import { checkTimeZone, parseAsOf } from './audit.ts';
import { UserError, ExitCode } from '../../diagnostics/errors.ts';
import { createProgress, info, type OutputOptions } from '../output.ts';
import {
  AUC_WARNING,
  COMPONENTS,
  PRIOR_WEIGHTS,
  calibrationPopulation,
  evaluateCalibration,
  stratifiedSample,
  type CalibrationAlter,
  type CalibrationLabel,
  type CalibrationResult,
  type Component,
} from '../../measures/_lib/calibration.ts';

export interface CalibrateOptions extends OutputOptions {
  readonly tz?: string;
  readonly asOf?: string;
  /** Folder of the label store; default ./flipside-calibration. */
  readonly store?: string;
  readonly seed?: string;
  /** A JSON file `{ "<person id>": "close" | "acquaintance" | "barely" }`, instead of asking. */
  readonly labels?: string;
}

/** The effects the command needs, injected so tests run without a terminal. */
export interface CalibrateIo {
  /** Shows a prompt and resolves with the answer line; undefined at the end of input. Absent: no way to ask. */
  readonly ask?: (prompt: string) => Promise<string | undefined>;
  /** Where the results go (stdout). */
  readonly write: (text: string) => void;
  /** Now, for the date each label was given. */
  readonly now: () => number;
}

export interface CalibrateOutcome {
  readonly result: CalibrationResult;
  readonly storeFile: string;
  readonly sampled: number;
}

const ANSWERS: Readonly<Record<string, CalibrationLabel | 'skip' | 'quit'>> = {
  c: 'close',
  close: 'close',
  a: 'acquaintance',
  acquaintance: 'acquaintance',
  b: 'barely',
  barely: 'barely',
  s: 'skip',
  skip: 'skip',
  q: 'quit',
  quit: 'quit',
};

const COMPONENT_NAMES: Readonly<Record<Component, string>> = {
  I: 'intensity',
  R: 'recency',
  Q: 'reciprocity',
  D: 'duration',
  M: 'private channel',
  X: 'multiplexity',
};

/** Imports the archives, collects labels (by asking, or from --labels), stores them and prints the agreement of S with them. */
export async function calibrateCommand(paths: readonly string[], opts: CalibrateOptions, io: CalibrateIo): Promise<CalibrateOutcome> {
  const timeZone = opts.tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  checkTimeZone(timeZone);
  const asOfOverride = opts.asOf !== undefined ? parseAsOf(opts.asOf) : undefined;
  const seed = parseSeed(opts.seed ?? '1');
  const fromFile = opts.labels !== undefined ? await loadLabelsFile(opts.labels) : undefined;
  if (!fromFile && !io.ask) {
    throw new UserError('no terminal to ask in: pass --labels FILE (JSON {"<person id>": "close" | "acquaintance" | "barely"}), or --interactive to read answers from standard input', ExitCode.usage);
  }
  const store = createCalibrationStore(opts.store);
  const stored = await store.load();

  const archives: Archive[] = [];
  let population: CalibrationAlter[];
  try {
    for (const p of paths) archives.push(await openArchive(p));
    const progress = createProgress(opts);
    const { ledger, result } = await runAudit({
      archives,
      registry: importers,
      options: { timeZone },
      ...(asOfOverride !== undefined ? { asOf: asOfOverride } : {}),
      ...(progress ? { onProgress: progress } : {}),
    });
    population = calibrationPopulation(ledger, result.asOf);
  } finally {
    await Promise.all(archives.map((a) => a.close()));
  }
  const sample = stratifiedSample(population, seed);
  const labelledOn = localDate(io.now(), timeZone);

  if (fromFile) {
    const known = new Set(population.map((a) => a.personId));
    let unknown = 0;
    for (const [id, label] of fromFile) {
      if (known.has(id)) stored.set(id, { label, labelledOn });
      else unknown += 1;
    }
    if (unknown > 0) info(opts, `${unknown} label(s) in ${opts.labels} name people not found in these archives; they were not stored`);
    await store.save(stored);
  } else if (io.ask) {
    await askLabels(sample, stored, { ask: io.ask, timeZone, labelledOn, save: () => store.save(stored), opts, storeFile: store.file });
  }

  const labels = new Map([...stored].map(([id, v]) => [id, v.label] as const));
  const result = evaluateCalibration(population, labels);
  io.write(formatResult(result, store.file));
  return { result, storeFile: store.file, sampled: sample.length };
}

interface AskContext {
  readonly ask: (prompt: string) => Promise<string | undefined>;
  readonly timeZone: string;
  readonly labelledOn: string;
  readonly save: () => Promise<void>;
  readonly opts: OutputOptions;
  readonly storeFile: string;
}

/** Asks about every sampled person not labelled yet, saving after each answer so a quit or crash loses nothing. */
async function askLabels(sample: readonly CalibrationAlter[], stored: Map<string, StoredLabel>, ctx: AskContext): Promise<void> {
  const todo = sample.filter((a) => !stored.has(a.personId));
  info(ctx.opts, `${todo.length} of ${sample.length} sampled people still to label; answers are saved as you go in ${ctx.storeFile} (this computer only).`);
  for (const [i, a] of todo.entries()) {
    const when = a.lastContact !== undefined ? `last contact ${localDate(a.lastContact, ctx.timeZone)}` : 'no contact on record';
    const question = `\n[${i + 1}/${todo.length}] ${printable(a.name)} · ${platformTitle(a.platform)} · ${when}\n  close (c), acquaintance (a), barely know (b), skip (s), quit (q)? `;
    let answer = ANSWERS[((await ctx.ask(question)) ?? 'q').trim().toLowerCase()];
    while (answer === undefined) {
      const line = await ctx.ask('  please type c, a, b, s or q: ');
      answer = ANSWERS[(line ?? 'q').trim().toLowerCase()];
    }
    if (answer === 'quit') return;
    if (answer === 'skip') continue;
    stored.set(a.personId, { label: answer, labelledOn: ctx.labelledOn });
    await ctx.save();
  }
}

/** The results block printed on stdout. */
export function formatResult(r: CalibrationResult, storeFile: string): string {
  const f = (x: number | undefined) => (x === undefined ? 'not available' : x.toFixed(2));
  const lines = [
    `Labelled: ${r.labelled} people (close ${r.counts.close}, acquaintance ${r.counts.acquaintance}, barely know ${r.counts.barely})`,
    `AUC (close vs the rest): ${r.auc === undefined ? 'not available (needs at least one "close" and one other label)' : f(r.auc)}`,
    `Spearman (S vs close/acquaintance/barely): ${f(r.spearman)}`,
  ];
  if (r.poorFit) {
    lines.push(`Warning: an AUC below ${AUC_WARNING.toFixed(2)} means the tie-strength estimate fits your own judgement poorly; read tie strength in the report with care, or consider the refitted weights below.`);
  }
  lines.push('', `${'Weights'.padEnd(20)}prior  refitted`);
  for (const c of COMPONENTS) {
    const fitted = r.fit.source === 'fitted' ? r.fit.weights[c].toFixed(2) : '-';
    lines.push(`  ${c} ${COMPONENT_NAMES[c].padEnd(15)} ${PRIOR_WEIGHTS[c].toFixed(2)}  ${fitted}`);
  }
  if (r.fit.source === 'prior') lines.push(`No refit: ${FALLBACK_REASONS[r.fit.reason]}; the priors stay.`);
  else if (r.refittedAuc !== undefined) lines.push(`AUC with the refitted weights: ${f(r.refittedAuc)} (on the same labels they were fitted to, so optimistic).`);
  lines.push('', `Labels are stored only in ${storeFile}.`);
  return `${lines.join('\n')}\n`;
}

const FALLBACK_REASONS: Readonly<Record<Extract<CalibrationResult['fit'], { source: 'prior' }>['reason'], string>> = {
  'too-few-labels': 'fewer than 10 labels',
  'one-class': 'the labels need at least one "close" and one other answer',
  'no-positive-weight': 'no component rose with your "close" answers',
  'no-convergence': 'the fit did not settle',
};

function platformTitle(platform: string): string {
  return importers.find((i) => i.platform === platform)?.title ?? platform;
}

/** Names come from the archive: control characters could move the cursor or recolour the terminal, so they go. */
function printable(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}

/** `YYYY-MM-DD` of an instant in an IANA zone. */
function localDate(t: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(t);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

async function loadLabelsFile(path: string): Promise<Map<string, CalibrationLabel>> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    throw new UserError(`${path}: cannot read the labels file as JSON`, ExitCode.usage);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new UserError(`${path}: expected a JSON object {"<person id>": "close" | "acquaintance" | "barely"}`, ExitCode.usage);
  }
  const out = new Map<string, CalibrationLabel>();
  for (const [id, label] of Object.entries(data)) {
    if (!isCalibrationLabel(label)) throw new UserError(`${path}: the label for ${id} must be "close", "acquaintance" or "barely"`, ExitCode.usage);
    out.set(id, label);
  }
  return out;
}

function parseSeed(s: string): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 0) throw new UserError(`--seed ${s}: expected a whole number`, ExitCode.usage);
  return n;
}

/**
 * Runs the command on this process's streams: asks on the terminal (prompts on stderr, so stdout
 * holds only the results), or reads piped answers line by line with --interactive.
 */
export async function calibrateOnTerminal(paths: readonly string[], opts: CalibrateOptions & { readonly interactive?: boolean }): Promise<CalibrateOutcome> {
  const canAsk = opts.labels === undefined && (process.stdin.isTTY === true || opts.interactive === true);
  if (!canAsk) return calibrateCommand(paths, opts, { write: (s) => process.stdout.write(s), now: () => Date.now() });
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: process.stdin.isTTY === true });
  // An iterator buffers piped lines; readline's question() would drop lines that arrive before it is called.
  const lines = rl[Symbol.asyncIterator]();
  // Without a listener readline turns Ctrl+C into a pause and the prompt hangs; treat it as quit.
  rl.on('SIGINT', () => rl.close());
  const ask = async (prompt: string): Promise<string | undefined> => {
    process.stderr.write(prompt);
    const next = await lines.next();
    return next.done ? undefined : String(next.value);
  };
  try {
    return await calibrateCommand(paths, opts, { ask, write: (s) => process.stdout.write(s), now: () => Date.now() });
  } finally {
    rl.close();
  }
}
