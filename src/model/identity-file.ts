/** The identity mapping file (YAML or JSON): `same:` and `different:` lists of person ids from the report. */
import { parse } from 'yaml';
import type { IdentityMapping } from './identity.ts';

export type IdentityFileParse = { readonly ok: true; readonly mapping: IdentityMapping } | { readonly ok: false; readonly problem: string };

/** Parses a mapping such as `same: [[linkedin:url:…, x:id:…]]`; the problem, if any, is one sentence. */
export function parseIdentityMapping(text: string): IdentityFileParse {
  let doc: unknown;
  try {
    doc = parse(text, { maxAliasCount: 10 });
  } catch (e) {
    return { ok: false, problem: `not valid YAML or JSON (${e instanceof Error ? e.message.split('\n')[0] : String(e)})` };
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return { ok: false, problem: 'expected "same:" and/or "different:" lists' };
  const out: { same?: string[][]; different?: string[][] } = {};
  for (const key of ['same', 'different'] as const) {
    const v = (doc as Record<string, unknown>)[key];
    if (v === undefined || v === null) continue;
    if (!Array.isArray(v) || !v.every((g) => Array.isArray(g) && g.length >= 2 && g.every((x) => typeof x === 'string'))) {
      return { ok: false, problem: `"${key}" must be a list of lists of two or more person ids` };
    }
    out[key] = v as string[][];
  }
  return { ok: true, mapping: out };
}
