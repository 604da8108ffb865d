/**
 * Links reduced to registrable domains with the public suffix list (tldts), and sorted into
 * platform-internal, shortener and external (CODEBOOK T2.6).
 */
import { getDomain } from 'tldts';

/** Platform-internal domains, excluded from source counts (CODEBOOK T2.6). */
export const INTERNAL_DOMAINS: ReadonlySet<string> = new Set(['linkedin.com', 'lnkd.in', 'x.com', 'twitter.com', 't.co']);

/**
 * Link shorteners whose target the export does not reveal [D]: counted apart, never as a source.
 * A list of common general-purpose services; platform shorteners (t.co, lnkd.in) are internal.
 */
export const SHORTENER_DOMAINS: ReadonlySet<string> = new Set([
  'bit.ly',
  'buff.ly',
  'dlvr.it',
  'goo.gl',
  'ift.tt',
  'is.gd',
  'ow.ly',
  'rebrand.ly',
  'shorturl.at',
  't.ly',
  'tinyurl.com',
  'trib.al',
]);

export type LinkClass = { readonly kind: 'external'; readonly domain: string } | { readonly kind: 'internal' | 'shortener'; readonly domain: string } | { readonly kind: 'invalid' };

const byHost = new Map<string, LinkClass>();

/** The host part of a link, lower-cased, without user info or port; undefined when there is none. */
export function hostOf(url: string): string | undefined {
  const scheme = url.indexOf('://');
  const start = scheme >= 0 && scheme < 12 ? scheme + 3 : 0;
  // The host ends at the first path, query, fragment or backslash character; a character loop beats a regular expression here.
  let end = url.length;
  for (let i = start; i < url.length; i++) {
    const c = url.charCodeAt(i);
    if (c === 47 || c === 63 || c === 35 || c === 92) {
      end = i;
      break;
    }
  }
  let rest = url.slice(start, end);
  const at = rest.lastIndexOf('@');
  if (at >= 0) rest = rest.slice(at + 1);
  const colon = rest.indexOf(':');
  if (colon >= 0) rest = rest.slice(0, colon);
  const host = rest.toLowerCase().replace(/\.$/u, '');
  return host === '' ? undefined : host;
}

/**
 * The registrable domain of a link and whether it is internal, a shortener or an external source.
 * Hosts repeat a lot (every LinkedIn reaction links to linkedin.com), so each host is looked up once.
 */
export function classifyLink(url: string): LinkClass {
  const host = hostOf(url.trim());
  if (host === undefined) return { kind: 'invalid' };
  const hit = byHost.get(host);
  if (hit) return hit;
  const c = classifyHost(host);
  // A memo, not state: bounded so a hostile archive with millions of hosts cannot grow it without end.
  if (byHost.size >= 100_000) byHost.clear();
  byHost.set(host, c);
  return c;
}

function classifyHost(host: string): LinkClass {
  const domain = getDomain(host);
  if (!domain) return { kind: 'invalid' };
  if (INTERNAL_DOMAINS.has(domain)) return { kind: 'internal', domain };
  if (SHORTENER_DOMAINS.has(domain)) return { kind: 'shortener', domain };
  return { kind: 'external', domain };
}

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"'`)\]}]+/giu;

/** Links written out in a text (http and https only), trailing sentence punctuation removed. */
export function linksInText(text: string): string[] {
  // Most texts hold no link: skip the regular expression for them.
  if (!text.includes('http')) return [];
  return (text.match(URL_IN_TEXT) ?? []).map((u) => u.replace(/[.,;:!?]+$/u, ''));
}

/** Shannon entropy in bits of a count distribution (0 for one category or none). */
export function entropyBits(counts: Iterable<number>): number {
  let total = 0;
  const xs: number[] = [];
  for (const c of counts) {
    if (c > 0) {
      xs.push(c);
      total += c;
    }
  }
  let h = 0;
  for (const c of xs) {
    const p = c / total;
    h -= p * Math.log2(p);
  }
  return h;
}
