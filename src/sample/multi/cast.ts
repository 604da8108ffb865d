/**
 * The cast of the six-platform persona: who exists on which platform, under which account, and
 * which people are one human across platforms. Platform specs (./linkedin.ts, ./x.ts …) render
 * this cast; the planted merges and look-alikes are read off it, so both always agree.
 */
import type { Rng } from '../random.ts';
import { createNameSource, inventedWord, type InventedName } from '../names.ts';
import { fullName, type PersonaSpec, type SpecPerson } from '../spec.ts';

/** A Mastodon account address: user names are kept to `[a-z0-9_]`, the form `@user@host` in text can name. */
export interface MastodonAccount {
  readonly username: string;
  readonly host: string;
}

/** An X account as a tweet's `user_mentions` names it. */
export interface XAccount {
  readonly accountId: string;
  readonly handle: string;
  readonly name: string;
}

/** An Instagram account: username (for follows and a thread folder) and display name (for messages). */
export interface InstagramAccount {
  readonly username: string;
  readonly name: string;
}

export interface BlueskyAccount {
  readonly did: string;
  readonly handle: string;
}

export interface Cast {
  readonly exportDate: number;
  readonly owner: { readonly name: string; readonly slug: string };
  /** M1: a LinkedIn connection who gives their Mastodon profile URL in a LinkedIn message. */
  readonly linkedinToMastodon: { readonly linkedin: SpecPerson; readonly mastodon: MastodonAccount };
  /** M2: a Facebook friend who gives their Instagram address in Messenger; the owner follows it. */
  readonly facebookToInstagram: { readonly name: string; readonly instagram: InstagramAccount };
  /** M3: a Facebook friend who gives their x.com address in Messenger; the owner @-mentioned them in a tweet. */
  readonly facebookToX: { readonly name: string; readonly x: XAccount };
  /** M4: an Instagram contact who gives, in a DM, their Mastodon `@user@host` and their Bluesky profile link. */
  readonly instagramToMastodonAndBluesky: { readonly instagram: InstagramAccount; readonly mastodon: MastodonAccount; readonly bluesky: BlueskyAccount };
  /** L1: a Facebook friend named exactly like a LinkedIn connection, with nothing else in common. */
  readonly facebookLookAlike: { readonly linkedin: SpecPerson; readonly facebookName: string };
  /** L2: an X account and an Instagram contact with one display name, nothing else in common. */
  readonly xInstagramLookAlike: { readonly x: XAccount; readonly instagram: InstagramAccount; readonly name: string };
  /** Hands out further invented names that clash with no one else in the whole persona. */
  readonly names: { person(): InventedName };
  /** Mastodon servers: the owner's first, then others. */
  readonly mastodonHosts: readonly string[];
}

const B32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** A `did:plc:` identifier: 24 characters of base32, as the PLC directory issues them. */
export function inventedDid(rng: Rng): string {
  let s = 'did:plc:';
  for (let i = 0; i < 24; i++) s += B32.charAt(rng.int(0, 31));
  return s;
}

/** Every name a LinkedIn spec shows (connections, message and invitation partners, endorsers…), lower-cased. */
export function linkedInNames(spec: PersonaSpec): Set<string> {
  const people: SpecPerson[] = [spec.owner];
  for (const c of spec.connections) people.push(c.person);
  for (const m of spec.messages) people.push(m.from, ...m.to);
  for (const i of spec.invitations) people.push(i.from, i.to);
  for (const e of [...spec.endorsementsGiven, ...spec.endorsementsReceived]) people.push(e.person);
  for (const r of [...spec.recommendationsGiven, ...spec.recommendationsReceived]) people.push(r.person);
  const out = new Set(people.map((p) => fullName(p).toLowerCase()));
  for (const f of spec.memberFollows) out.add(f.fullName.toLowerCase());
  return out;
}

/**
 * A name source for the non-LinkedIn platforms that never repeats a name, nor any LinkedIn name:
 * an accidental same-name pair would be an unplanted near-miss.
 */
function uniqueNames(rng: Rng, taken: Set<string>): { person(): InventedName } {
  const source = createNameSource(rng);
  return {
    person() {
      for (;;) {
        const n = source.person();
        const key = `${n.first} ${n.last}`.toLowerCase();
        if (taken.has(key)) continue;
        taken.add(key);
        return n;
      }
    },
  };
}

/** Connections whose name no one else on LinkedIn carries, so a look-alike has exactly one LinkedIn twin. */
function singleNamedConnections(spec: PersonaSpec): SpecPerson[] {
  const count = new Map<string, number>();
  const bump = (p: SpecPerson) => count.set(fullName(p).toLowerCase(), (count.get(fullName(p).toLowerCase()) ?? 0) + 1);
  for (const c of spec.connections) bump(c.person);
  const seen = new Set<SpecPerson>(spec.connections.map((c) => c.person));
  for (const m of spec.messages) {
    for (const p of [m.from, ...m.to]) {
      if (seen.has(p)) continue;
      seen.add(p);
      bump(p);
    }
  }
  return spec.connections.map((c) => c.person).filter((p) => count.get(fullName(p).toLowerCase()) === 1 && p !== spec.owner);
}

/** Chooses the cast from a LinkedIn persona spec and a seeded stream. */
export function createCast(rng: Rng, linkedin: PersonaSpec): Cast {
  const taken = linkedInNames(linkedin);
  const names = uniqueNames(rng.fork('names'), taken);
  const usedWords = new Set<string>();
  const word = (): string => {
    for (;;) {
      const w = inventedWord(rng).toLowerCase();
      if (usedWords.has(w)) continue;
      usedWords.add(w);
      return w;
    }
  };
  const mastodonHosts = [`${word()}.example`, `${word()}.example`, `${word()}.example`];
  const host = (i: number) => mastodonHosts[i % mastodonHosts.length]!;

  const candidates = rng.shuffle(singleNamedConnections(linkedin));
  const first = candidates[0];
  const second = candidates[1];
  if (!first || !second) throw new Error('the LinkedIn persona has fewer than two connections to cast');

  const named = () => {
    const n = names.person();
    return { n, name: `${n.first} ${n.last}` };
  };
  const c2 = named();
  const c3 = named();
  const c4 = named();
  const l2 = named();
  const xIds = new Set<string>();
  const xId = (): string => {
    for (;;) {
      const id = String(rng.int(1_000_000_000, 1_999_999_999));
      if (xIds.has(id)) continue;
      xIds.add(id);
      return id;
    }
  };

  return {
    exportDate: linkedin.exportDate,
    owner: { name: fullName(linkedin.owner), slug: linkedin.owner.slug },
    linkedinToMastodon: { linkedin: first, mastodon: { username: first.first.toLowerCase(), host: host(1) } },
    facebookToInstagram: { name: c2.name, instagram: { username: `${c2.n.first}.${c2.n.last}`.toLowerCase(), name: c2.name } },
    // Mixed case on purpose: X keeps the case a user chose, and addresses match case-insensitively.
    facebookToX: { name: c3.name, x: { accountId: xId(), handle: `${c3.n.first}_${c3.n.last}`.slice(0, 15), name: c3.name } },
    instagramToMastodonAndBluesky: {
      instagram: { username: `${c4.n.last}_${c4.n.first}`.toLowerCase(), name: c4.name },
      mastodon: { username: `${c4.n.first}_${c4.n.last}`.toLowerCase().slice(0, 30), host: host(2) },
      bluesky: { did: inventedDid(rng), handle: `${c4.n.first.toLowerCase()}.bsky.social` },
    },
    facebookLookAlike: { linkedin: second, facebookName: fullName(second) },
    xInstagramLookAlike: {
      name: l2.name,
      x: { accountId: xId(), handle: `${l2.n.last}${rng.int(10, 99)}`.slice(0, 15), name: l2.name },
      instagram: { username: `${l2.n.first.toLowerCase()}.${word()}`, name: l2.name },
    },
    names,
    mastodonHosts,
  };
}
