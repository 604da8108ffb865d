/**
 * Pure value mapping for LinkedIn rows (docs: /work/briefs/mapping-contract.md): person ids,
 * profile-URL and name normalisation, and the text repairs LinkedIn's CSV writer makes necessary.
 */

/**
 * Canonical profile URL: scheme added when missing (endorsement files write `www.linkedin.com/in/slug`
 * since 2023), host forced to www.linkedin.com, query/fragment and trailing slash dropped, path
 * lower-cased. Undefined for empty or non-URL input.
 */
export function normaliseProfileUrl(raw: string): string | undefined {
  // Most URLs are already canonical (Connections.csv and messages.csv write them so): checking that
  // is cheaper than a lookup, and every Connections URL is new to the memo anyway.
  if (isCanonicalProfileUrl(raw)) return raw;
  // Memoised like names: message files repeat the same few hundred URLs.
  let u = urlKeys.get(raw);
  if (u === undefined) {
    u = computeProfileUrl(raw) ?? '';
    if (urlKeys.size > 100_000) urlKeys.clear();
    urlKeys.set(raw, u);
  }
  return u === '' ? undefined : u;
}

const urlKeys = new Map<string, string>();

const CANONICAL_PREFIX = 'https://www.linkedin.com/';

/** True when computeProfileUrl would return `raw` unchanged: the canonical prefix, then only lower-case ASCII without `?`, `#` or spaces, and no trailing slash. */
function isCanonicalProfileUrl(raw: string): boolean {
  const n = raw.length;
  if (n <= CANONICAL_PREFIX.length || !raw.startsWith(CANONICAL_PREFIX) || raw.charCodeAt(n - 1) === 47) return false;
  for (let i = CANONICAL_PREFIX.length; i < n; i++) {
    const c = raw.charCodeAt(i);
    // Controls and spaces (trim, refusal), `#` and `?` (cut), upper case and non-ASCII (lower-casing).
    if (c <= 32 || c === 35 || c === 63 || (c >= 65 && c <= 90) || c >= 127) return false;
  }
  return true;
}

function computeProfileUrl(raw: string): string | undefined {
  let s = raw.trim();
  if (s === '' || s.includes(' ')) return undefined;
  const cut = s.search(/[?#]/);
  if (cut >= 0) s = s.slice(0, cut);
  s = s.replace(/^https?:\/\//i, '');
  const slash = s.indexOf('/');
  if (slash <= 0) return undefined;
  const host = s.slice(0, slash).toLowerCase();
  if (!host.endsWith('linkedin.com')) return undefined;
  let path = s.slice(slash).toLowerCase();
  while (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  if (path === '/') return undefined;
  return `https://www.linkedin.com${path}`;
}

const nameKeys = new Map<string, string>();

/** Name key: trimmed, inner whitespace collapsed, lower case, NFC. */
export function normaliseName(raw: string): string {
  // Plain ASCII names with single inner spaces only need lower-casing (NFC leaves ASCII alone).
  if (isPlainAsciiName(raw)) return raw.toLowerCase();
  // Memoised: a messages file repeats a few hundred names across hundreds of thousands of rows.
  let k = nameKeys.get(raw);
  if (k === undefined) {
    k = raw.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
    if (nameKeys.size > 100_000) nameKeys.clear();
    nameKeys.set(raw, k);
  }
  return k;
}

/** True for ASCII text without edge spaces, runs of spaces or other whitespace. */
function isPlainAsciiName(raw: string): boolean {
  const n = raw.length;
  if (n === 0 || raw.charCodeAt(0) === 32 || raw.charCodeAt(n - 1) === 32) return false;
  let prev = 0;
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 127 || c < 32 || (c === 32 && prev === 32)) return false;
    prev = c;
  }
  return true;
}

/** Display form of a name: trimmed with inner whitespace collapsed (LinkedIn leaves trailing spaces). */
export function displayName(raw: string): string {
  const n = raw.length;
  // Most names need nothing: no edge spaces, no runs or odd kinds of whitespace.
  if (n === 0 || (raw.charCodeAt(0) > 32 && raw.charCodeAt(n - 1) > 32 && !ODD_SPACE.test(raw))) return raw;
  let d = displayNames.get(raw);
  if (d === undefined) {
    d = raw.trim().replace(/\s+/g, ' ');
    if (displayNames.size > 100_000) displayNames.clear();
    displayNames.set(raw, d);
  }
  return d;
}

const displayNames = new Map<string, string>();
const ODD_SPACE = /\s\s|[^\S ]/;

/** `First` + `Last`, either of which may be empty. */
export function joinName(first: string | undefined, last: string | undefined): string {
  return displayName(`${first ?? ''} ${last ?? ''}`);
}

/** Person id for a known profile URL (already normalised). */
export function urlPersonId(normalisedUrl: string): string {
  return `linkedin:url:${normalisedUrl}`;
}

/** Person id for a name-only mention. */
export function namePersonId(name: string): string {
  return `linkedin:name:${normaliseName(name)}`;
}

/**
 * Undoes Shares.csv's per-line quoting (2022-09, 2024, 2025 exports): each line of a multi-line post
 * is wrapped in its own quotes, so after CSV parsing the text reads `first"\n""\n"second`. A line
 * after a break loses its leading quote, a line before one its trailing quote; `""` lines become
 * blank lines. Text that does not show the pattern at every break is only given LF line ends.
 */
export function repairShareText(raw: string): string {
  if (!raw.includes('\n')) return raw;
  const lines = raw.split(/\r?\n/);
  const last = lines.length - 1;
  let wrapped = true;
  for (let i = 0; i <= last && wrapped; i++) {
    const l = lines[i]!;
    if (i > 0 && !l.startsWith('"')) wrapped = false;
    if (i < last && !l.endsWith('"')) wrapped = false;
    // A lone `"` cannot both open and close.
    if (i > 0 && i < last && l.length < 2) wrapped = false;
  }
  if (!wrapped) return lines.join('\n');
  return lines.map((l, i) => l.slice(i > 0 ? 1 : 0, i < last ? l.length - 1 : l.length)).join('\n');
}

/**
 * Profile.csv Websites: `[PERSONAL:https://github.com/x/]` (2022) or
 * `PORTFOLIO:http://a, PORTFOLIO:https://b` (2018); the type labels are dropped.
 */
export function parseWebsites(raw: string): string[] {
  const s = raw.trim().replace(/^\[/, '').replace(/\]$/, '');
  if (s === '') return [];
  return s
    .split(/,\s*(?=[A-Z_]+:|https?:)/)
    .map((w) => w.trim().replace(/^[A-Z_]+:(?=\S)/, ''))
    .filter((w) => w !== '');
}
