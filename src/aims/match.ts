/** Matching text and organisations against an aim's targets: whole words, case-insensitive. */
import { normaliseOrganisation } from '../model/identity.ts';

/** A compiled test for "does this text mention any of these terms as whole words or phrases". */
export function termMatcher(terms: readonly string[]): (text: string) => boolean {
  const parts = terms.map((t) => t.trim()).filter((t) => t !== '').map((t) => escapeRegExp(t.toLowerCase()).replace(/\s+/g, '\\s+'));
  if (parts.length === 0) return () => false;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
  return (text) => re.test(text);
}

/** True when an organisation names one of the targets (normalised, either containing the other as whole words). */
export function organisationMatcher(targets: readonly string[]): (org: string | undefined) => boolean {
  const keys = targets.map(normaliseOrganisation).filter((k) => k !== '');
  if (keys.length === 0) return () => false;
  return (org) => {
    if (!org) return false;
    const o = ` ${normaliseOrganisation(org)} `;
    return keys.some((k) => o.includes(` ${k} `));
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
