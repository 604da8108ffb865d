/**
 * A personal posting policy (the essay's comment: "protocols ... what security or confidentiality
 * needs to be observed"): words or topics the user does not want to post about, and the audiences
 * their posts may reach. YAML or JSON.
 */
import { parse } from 'yaml';

export interface PostingPolicy {
  /** Words or phrases never to post about publicly (matched as whole words, case-insensitive). */
  readonly avoid: readonly string[];
  /** Visibility labels posts may have (as exported, case-insensitive, e.g. MEMBER_NETWORK, connections, unlisted); empty = any. */
  readonly audiences: readonly string[];
}

export type PolicyParse = { readonly ok: true; readonly policy: PostingPolicy } | { readonly ok: false; readonly problem: string };

/** Parses `avoid: [...]` and `audiences: [...]`; the problem, if any, is one sentence. */
export function parsePolicy(text: string): PolicyParse {
  let doc: unknown;
  try {
    doc = parse(text, { maxAliasCount: 10 });
  } catch (e) {
    return { ok: false, problem: `not valid YAML or JSON (${e instanceof Error ? e.message.split('\n')[0] : String(e)})` };
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return { ok: false, problem: 'expected "avoid:" and/or "audiences:" lists' };
  const d = doc as Record<string, unknown>;
  const list = (key: string): string[] | string => {
    const v = d[key];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) return `"${key}" must be a list of texts`;
    return v.map((x: string) => x.trim()).filter((x: string) => x !== '');
  };
  const avoid = list('avoid');
  const audiences = list('audiences');
  if (typeof avoid === 'string') return { ok: false, problem: avoid };
  if (typeof audiences === 'string') return { ok: false, problem: audiences };
  return { ok: true, policy: { avoid, audiences } };
}
