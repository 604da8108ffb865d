/**
 * The aims file: a few career aims, each with the organisations, roles and words that mark an
 * interaction as serving it (the essay's comment: "a specific aim for each interaction").
 * YAML or JSON (JSON is YAML). Parsing returns problems as values; the CLI turns them into a UserError.
 */
import { parse } from 'yaml';

export interface Aim {
  readonly name: string;
  readonly organisations: readonly string[];
  readonly roles: readonly string[];
  /** Topics and keywords are matched the same way: whole words or phrases, case-insensitive. */
  readonly keywords: readonly string[];
}

export type AimsParse = { readonly ok: true; readonly aims: readonly Aim[] } | { readonly ok: false; readonly problem: string };

const MAX_AIMS = 10;
const LIST_FIELDS = ['organisations', 'organizations', 'roles', 'topics', 'keywords'] as const;

/** Parses and checks an aims document; the problem, if any, is one sentence naming the place. */
export function parseAims(text: string): AimsParse {
  let doc: unknown;
  try {
    doc = parse(text, { maxAliasCount: 10 });
  } catch (e) {
    return { ok: false, problem: `not valid YAML or JSON (${e instanceof Error ? e.message.split('\n')[0] : String(e)})` };
  }
  const list = isRecord(doc) ? doc['aims'] : undefined;
  if (!Array.isArray(list)) return { ok: false, problem: 'expected a top-level "aims:" list' };
  if (list.length > MAX_AIMS) return { ok: false, problem: `${list.length} aims is more than ${MAX_AIMS}; a few specific aims work better than many` };
  const aims: Aim[] = [];
  for (const [i, raw] of list.entries()) {
    const where = `aim ${i + 1}`;
    if (!isRecord(raw)) return { ok: false, problem: `${where}: expected a mapping with name, organisations, roles, topics, keywords` };
    const name = raw['name'];
    if (typeof name !== 'string' || name.trim() === '') return { ok: false, problem: `${where}: "name" must be a non-empty text` };
    const lists: Record<string, string[]> = {};
    for (const f of LIST_FIELDS) {
      const v = raw[f];
      if (v === undefined || v === null) continue;
      const arr = typeof v === 'string' ? [v] : v;
      if (!Array.isArray(arr) || !arr.every((x) => typeof x === 'string')) return { ok: false, problem: `${where} ("${name}"): "${f}" must be a list of texts` };
      lists[f] = arr.map((x: string) => x.trim()).filter((x: string) => x !== '');
    }
    const aim: Aim = {
      name: name.trim(),
      organisations: [...(lists['organisations'] ?? []), ...(lists['organizations'] ?? [])],
      roles: lists['roles'] ?? [],
      keywords: [...(lists['topics'] ?? []), ...(lists['keywords'] ?? [])],
    };
    if (aim.organisations.length + aim.roles.length + aim.keywords.length === 0) {
      return { ok: false, problem: `${where} ("${aim.name}"): give at least one organisation, role, topic or keyword, or flipside cannot tell what serves it` };
    }
    aims.push(aim);
  }
  return { ok: true, aims };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
