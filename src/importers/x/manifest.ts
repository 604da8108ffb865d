/**
 * `manifest.js` (`window.__THAR_CONFIG = { userInfo, archiveInfo, dataTypes }`, since ~2020 [X1][X2]):
 * who the archive belongs to and which files (and parts) each data type has. Small, so parsed whole.
 */
import { readAllText } from '../../archive/text.ts';
import { ArchiveReadError, type ArchiveEntry } from '../../archive/types.ts';
import { diagnostic } from '../../diagnostics/diagnostic.ts';
import { asObject, id, list, str } from './raw.ts';
import type { XRun } from './run.ts';

export interface Manifest {
  readonly accountId?: string;
  readonly userName?: string;
  readonly displayName?: string;
  /** Manifest `dataTypes` key → the archive paths of its files, as written (`data/tweets.js`). */
  readonly files: ReadonlyMap<string, readonly string[]>;
  /** Whether this zip is one of several parts of a large archive. */
  readonly partial: boolean;
}

/** Parses manifest text: everything after the first `=` is JSON (a trailing `;` is tolerated). */
export function parseManifest(text: string): Manifest | { error: string } {
  const eq = text.indexOf('=');
  const body = (eq >= 0 ? text.slice(eq + 1) : text).trim().replace(/;\s*$/, '');
  let root: unknown;
  try {
    root = JSON.parse(body);
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
  const config = asObject(root);
  if (!config) return { error: 'not an object' };
  const user = asObject(config['userInfo']);
  const files = new Map<string, string[]>();
  const types = asObject(config['dataTypes']) ?? {};
  for (const key of Object.keys(types)) {
    const names = list(asObject(types[key]), 'files')
      .map((f) => str(asObject(f), 'fileName'))
      .filter((n): n is string => n !== undefined);
    if (names.length > 0) files.set(key, names);
  }
  const accountId = id(user, 'accountId');
  const userName = str(user, 'userName');
  const displayName = str(user, 'displayName');
  return {
    ...(accountId !== undefined ? { accountId } : {}),
    ...(userName !== undefined ? { userName } : {}),
    ...(displayName !== undefined ? { displayName } : {}),
    files,
    partial: asObject(config['archiveInfo'])?.['isPartialArchive'] === true,
  };
}

/** Reads the manifest entry; a broken one is a diagnostic and the import goes on by file names alone. */
export async function readManifest(run: XRun, entry: ArchiveEntry): Promise<Manifest | undefined> {
  let parsed: Manifest | { error: string } | undefined;
  try {
    parsed = parseManifest((await readAllText(run.archive.read(entry))).text);
  } catch (e) {
    if (!(e instanceof ArchiveReadError)) throw e;
    run.sink.add(diagnostic(e.code, 'error', { file: entry.path }, e.params));
  }
  if (parsed && 'error' in parsed) run.sink.add(diagnostic('json.malformed', 'warning', { file: entry.path }, { reason: parsed.error }));
  run.files.push({ platform: 'x', archive: run.archive.name, file: entry.path, kind: 'other', records: 0, skipped: 0, encoding: 'utf-8' });
  return parsed && !('error' in parsed) ? parsed : undefined;
}
