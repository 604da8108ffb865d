/** The cast: who is planted where, and names that can clash with no one by accident. */
import { describe, expect, it } from 'vitest';
import { generateSpec } from '../generate.ts';
import { createRng } from '../random.ts';
import { fullName, type PersonaSpec } from '../spec.ts';
import { createCast, inventedDid, linkedInNames } from './cast.ts';

const spec = generateSpec({ persona: 'connector', seed: 5 });

describe('inventedDid', () => {
  it('gives did:plc identifiers of 24 base32 characters, by seed', () => {
    const a = inventedDid(createRng(1));
    expect(a).toMatch(/^did:plc:[a-z2-7]{24}$/);
    expect(inventedDid(createRng(1))).toBe(a);
    expect(inventedDid(createRng(2))).not.toBe(a);
  });
});

describe('linkedInNames', () => {
  it('holds the owner, every connection and every message partner, lower-cased', () => {
    const names = linkedInNames(spec);
    expect(names.has(fullName(spec.owner).toLowerCase())).toBe(true);
    for (const c of spec.connections) expect(names.has(fullName(c.person).toLowerCase())).toBe(true);
    for (const m of spec.messages) expect(names.has(fullName(m.from).toLowerCase())).toBe(true);
  });

  it('is empty but for the owner when the spec has no one else', () => {
    const bare: PersonaSpec = { ...spec, connections: [], messages: [], invitations: [], endorsementsGiven: [], endorsementsReceived: [], recommendationsGiven: [], recommendationsReceived: [], memberFollows: [] };
    expect([...linkedInNames(bare)]).toEqual([fullName(spec.owner).toLowerCase()]);
  });
});

describe('createCast', () => {
  const cast = createCast(createRng(9), spec);

  it('casts two different LinkedIn connections, each with a name no one else on LinkedIn has', () => {
    const a = cast.linkedinToMastodon.linkedin;
    const b = cast.facebookLookAlike.linkedin;
    expect(a).not.toBe(b);
    for (const p of [a, b]) {
      expect(spec.connections.some((c) => c.person === p)).toBe(true);
      expect(spec.connections.filter((c) => fullName(c.person) === fullName(p))).toHaveLength(1);
    }
    expect(cast.facebookLookAlike.facebookName).toBe(fullName(b));
  });

  it('hands out names that never repeat and never match a LinkedIn name', () => {
    const linkedin = linkedInNames(spec);
    const planted = [cast.facebookToInstagram.name, cast.facebookToX.name, cast.instagramToMastodonAndBluesky.instagram.name, cast.xInstagramLookAlike.name];
    const more = Array.from({ length: 300 }, () => {
      const n = cast.names.person();
      return `${n.first} ${n.last}`;
    });
    const all = [...planted, ...more].map((n) => n.toLowerCase());
    expect(new Set(all).size).toBe(all.length);
    for (const n of all) expect(linkedin.has(n)).toBe(false);
  });

  it('gives the look-alikes one display name and the planted accounts addressable forms', () => {
    expect(cast.xInstagramLookAlike.x.name).toBe(cast.xInstagramLookAlike.name);
    expect(cast.xInstagramLookAlike.instagram.name).toBe(cast.xInstagramLookAlike.name);
    expect(cast.xInstagramLookAlike.x.accountId).not.toBe(cast.facebookToX.x.accountId);
    // `@user@host` in text is only recognised for [a-z0-9_] user names and a dotted host.
    for (const m of [cast.linkedinToMastodon.mastodon, cast.instagramToMastodonAndBluesky.mastodon]) {
      expect(m.username).toMatch(/^[a-z0-9_]{1,30}$/);
      expect(m.host).toMatch(/^[a-z]+\.example$/);
    }
    expect(cast.facebookToX.x.handle).toMatch(/^[A-Za-z0-9_]{1,15}$/);
    expect(new Set(cast.mastodonHosts).size).toBe(3);
  });

  it('refuses a LinkedIn spec with fewer than two connections to cast', () => {
    const one: PersonaSpec = { ...spec, connections: spec.connections.slice(0, 1) };
    expect(() => createCast(createRng(1), one)).toThrow(/fewer than two connections/);
  });
});
