/**
 * Reads one small Meta JSON entry whole (profiles, friends, likes: kilobytes to a few MB), repairs
 * its mojibake, and turns bad JSON or a failed read into a diagnostic instead of a throw.
 */
import { readAllText } from '../../../archive/text.ts';
import { ArchiveReadError, type ArchiveEntry } from '../../../archive/types.ts';
import { diagnostic } from '../../../diagnostics/diagnostic.ts';
import { repairDeep } from './mojibake.ts';
import type { MetaRun } from './run.ts';

/** The parsed, repaired value; undefined (with a diagnostic) when the entry is unreadable or not JSON. */
export async function readMetaJson(run: MetaRun, entry: ArchiveEntry): Promise<unknown> {
  const file = entry.path;
  let text: string;
  try {
    const r = await readAllText(run.archive.read(entry));
    run.ctx.onProgress?.(file, entry.size, entry.size);
    if (r.replaced) run.sink.add(diagnostic('text.invalid-utf8', 'warning', { file }));
    text = r.text;
  } catch (e) {
    if (!(e instanceof ArchiveReadError)) throw e;
    run.sink.add(diagnostic(e.code, 'error', { file }, e.params));
    return undefined;
  }
  try {
    return repairDeep(JSON.parse(text));
  } catch (e) {
    run.sink.add(diagnostic('json.malformed', 'error', { file }, { reason: e instanceof Error ? e.message : String(e) }));
    return undefined;
  }
}

/** A plain object, or undefined. */
export function asObject(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/** A string, or undefined. */
export function asString(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/**
 * The item list of a Meta file: the file itself when it is a bare list (IG `followers_1.json` since
 * 2023), else the first of `keys` present in the wrapper object (`friends_v2`, `relationships_following`).
 */
export function listIn(value: unknown, keys: readonly string[]): { items: unknown[]; key?: string } | undefined {
  if (Array.isArray(value)) return { items: value };
  const obj = asObject(value);
  if (!obj) return undefined;
  for (const k of keys) {
    const v = obj[k];
    if (Array.isArray(v)) return { items: v, key: k };
  }
  return undefined;
}
