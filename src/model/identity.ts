/**
 * Identity across platforms: which people in the ledger are the same human. We merge only on strong
 * evidence (CODEBOOK §1.4: an exact name alone is never enough), every merge carries its reasons,
 * and a user-editable mapping can force or forbid a merge. Same-name pairs without evidence are
 * reported as near-misses so the user can decide.
 */
import type { Ledger, Person } from './types.ts';
import { platformName } from './platform-name.ts';

export type MergeRule = 'cross-listed-profile' | 'name-and-organisation' | 'user-mapping';

export interface MergeReason {
  readonly rule: MergeRule;
  /** Plain-language evidence, e.g. "a LinkedIn message from Ada Lovelace gave https://mastodon.social/@ada". */
  readonly detail: string;
}

export interface IdentityGroup {
  /** The smallest member id, as a stable key. */
  readonly id: string;
  /** Person ids on two or more platforms, sorted. */
  readonly members: readonly string[];
  readonly reasons: readonly MergeReason[];
}

export interface NearMiss {
  readonly members: readonly [string, string];
  readonly name: string;
  /** Why it was not merged. */
  readonly why: string;
}

/** The user's corrections: pairs (or longer lists) of person ids that are, or are not, the same human. */
export interface IdentityMapping {
  readonly same?: readonly (readonly string[])[];
  readonly different?: readonly (readonly string[])[];
}

export interface IdentityResult {
  readonly groups: readonly IdentityGroup[];
  readonly nearMisses: readonly NearMiss[];
  /** person id → group id, for people in a group. */
  readonly groupOf: ReadonlyMap<string, string>;
}

/** Finds the same humans across platforms in a ledger. Pure and deterministic. */
export function resolveIdentities(ledger: Ledger, mapping: IdentityMapping = {}): IdentityResult {
  const people = ledger.people;
  const forbidden = new Set<string>();
  for (const list of mapping.different ?? []) for (const a of list) for (const b of list) if (a !== b) forbidden.add(pairKey(a, b));

  const uf = new UnionFind();
  const reasons = new Map<string, MergeReason[]>();
  const link = (a: string, b: string, reason: MergeReason): boolean => {
    if (a === b || !people.has(a) || !people.has(b)) return false;
    if (people.get(a)!.platform === people.get(b)!.platform && reason.rule !== 'user-mapping') return false;
    if (forbidden.has(pairKey(a, b))) return false;
    uf.union(a, b);
    const k = pairKey(a, b);
    const list = reasons.get(k) ?? [];
    if (!list.some((r) => r.rule === reason.rule && r.detail === reason.detail)) list.push(reason);
    reasons.set(k, list);
    return true;
  };

  // 1. The user's own mapping wins.
  for (const list of mapping.same ?? []) {
    for (let i = 1; i < list.length; i++) link(list[0]!, list[i]!, { rule: 'user-mapping', detail: 'you said these are the same person' });
  }

  // 2. A profile address of one platform given by a person known on another (e.g. in a message).
  const byProfileKey = new Map<string, string>();
  for (const p of people.values()) for (const k of profileKeys(p)) if (!byProfileKey.has(k)) byProfileKey.set(k, p.id);
  for (const e of ledger.events) {
    if (e.text === undefined || e.direction !== 'in' || !e.personIds || e.personIds.length !== 1) continue;
    if (!e.text.includes('http') && !e.text.includes('@')) continue;
    const author = e.personIds[0]!;
    const who = people.get(author);
    if (!who) continue;
    for (const key of profileKeysInText(e.text)) {
      const other = byProfileKey.get(key);
      if (other === undefined || other === author) continue;
      const them = people.get(other)!;
      if (them.platform === who.platform) continue;
      link(author, other, {
        rule: 'cross-listed-profile',
        detail: `${label(who)} gave their ${platformName(them.platform)} address (${key}) in ${article(platformName(who.platform))} ${platformName(who.platform)} message`,
      });
    }
  }

  // 3. Exact name plus the same organisation on two platforms.
  const byNameOrg = new Map<string, string[]>();
  const byName = new Map<string, string[]>();
  for (const p of [...people.values()].sort((a, b) => cmp(a.id, b.id))) {
    const n = p.name !== undefined ? normaliseName(p.name) : '';
    if (n.length < 3) continue;
    (byName.get(n) ?? byName.set(n, []).get(n)!).push(p.id);
    if (p.organisation) {
      const k = `${n}\u0000${normaliseOrganisation(p.organisation)}`;
      (byNameOrg.get(k) ?? byNameOrg.set(k, []).get(k)!).push(p.id);
    }
  }
  for (const ids of byNameOrg.values()) {
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const a = people.get(ids[i]!)!;
        link(a.id, ids[j]!, { rule: 'name-and-organisation', detail: `same name (${a.name ?? ''}) and organisation (${a.organisation ?? ''})` });
      }
    }
  }

  // Groups, with the reasons of every merged pair inside them.
  const members = new Map<string, string[]>();
  for (const id of uf.keys()) {
    const root = uf.find(id);
    (members.get(root) ?? members.set(root, []).get(root)!).push(id);
  }
  const groups: IdentityGroup[] = [];
  const groupOf = new Map<string, string>();
  for (const list of members.values()) {
    if (list.length < 2) continue;
    list.sort(cmp);
    const inGroup = new Set(list);
    const rs: MergeReason[] = [];
    for (const [k, r] of reasons) {
      const [a] = k.split('\u0001');
      if (a !== undefined && inGroup.has(a)) rs.push(...r);
    }
    const id = list[0]!;
    for (const m of list) groupOf.set(m, id);
    groups.push({ id, members: list, reasons: rs });
  }
  groups.sort((a, b) => cmp(a.id, b.id));

  // Near-misses: same name on two platforms, not merged.
  const nearMisses: NearMiss[] = [];
  for (const [name, ids] of byName) {
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const a = people.get(ids[i]!)!;
        const b = people.get(ids[j]!)!;
        if (a.platform === b.platform) continue;
        if (groupOf.has(a.id) && groupOf.get(a.id) === groupOf.get(b.id)) continue;
        const why = forbidden.has(pairKey(a.id, b.id)) ? 'you said these are different people' : 'only the name matches; a common name is not evidence';
        nearMisses.push({ members: [a.id, b.id], name: a.name ?? name, why });
      }
    }
  }
  return { groups, nearMisses, groupOf };
}

function article(word: string): string {
  return /^[AEIOU]/.test(word) ? 'an' : 'a';
}

function label(p: Person): string {
  return p.name ?? p.handle ?? p.id;
}

/** Canonical keys under which a person's profile can be cited in text. */
export function profileKeys(p: Person): string[] {
  const keys: string[] = [];
  if (p.profileUrl) {
    const k = canonicalProfileUrl(p.profileUrl);
    if (k) keys.push(k);
  }
  const [platform, kind, ...rest] = p.id.split(':');
  const key = rest.join(':');
  if (platform === 'mastodon' && kind === 'acct') {
    const [user, host] = key.split('@');
    if (user && host) keys.push(`${host}/@${user}`);
  }
  if (platform === 'x' && p.handle) keys.push(`x.com/${p.handle.replace(/^@/, '').toLowerCase()}`);
  if (platform === 'bluesky' && p.handle) keys.push(`bsky.app/profile/${p.handle.replace(/^@/, '').toLowerCase()}`);
  if (platform === 'instagram' && kind === 'user') keys.push(`instagram.com/${key}`);
  return keys;
}

/** Profile URLs cited in a text, in canonical form (also `@user@instance` Mastodon addresses). */
export function profileKeysInText(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/https?:\/\/[^\s<>"')\]]+/gi)) {
    const k = canonicalProfileUrl(m[0]);
    if (k) out.add(k);
  }
  for (const m of text.matchAll(/(?:^|[\s(])@([a-z0-9_]{1,30})@([a-z0-9.-]+\.[a-z]{2,})/gi)) out.add(`${m[2]!.toLowerCase()}/@${m[1]!.toLowerCase()}`);
  return [...out];
}

/** host/path form of a profile URL: twitter.com → x.com, www. dropped, lower-case, no trailing slash or query. */
export function canonicalProfileUrl(url: string): string | undefined {
  const m = /^https?:\/\/([^/?#]+)(\/[^?#]*)?/i.exec(url.trim());
  if (!m) return undefined;
  let host = m[1]!.toLowerCase().replace(/^www\.|^mobile\./, '');
  if (host === 'twitter.com') host = 'x.com';
  const path = (m[2] ?? '').replace(/[.,;:!]+$/, '').replace(/\/+$/, '').toLowerCase();
  if (path === '' || path === '/') return undefined;
  return `${host}${path}`;
}

/** Name key: NFC, trimmed, inner whitespace collapsed, lower-case. */
export function normaliseName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Organisation key: lower-case, punctuation and legal suffixes dropped (CODEBOOK T1.6). */
export function normaliseOrganisation(org: string): string {
  return org
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\b(inc|ltd|llc|gmbh|plc|corp|co)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0001${b}` : `${b}\u0001${a}`;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

class UnionFind {
  readonly #parent = new Map<string, string>();
  keys(): IterableIterator<string> {
    return this.#parent.keys();
  }
  find(start: string): string {
    let x: string = start;
    let p: string | undefined = this.#parent.get(x);
    if (p === undefined) {
      this.#parent.set(x, x);
      return x;
    }
    // Path halving: point each visited node at its grandparent on the way to the root.
    while (p !== x) {
      const gp: string = this.#parent.get(p) ?? p;
      this.#parent.set(x, gp);
      x = p;
      p = gp;
    }
    return x;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    // The smaller id becomes the root so group ids are stable.
    if (ra < rb) this.#parent.set(rb, ra);
    else this.#parent.set(ra, rb);
  }
}
