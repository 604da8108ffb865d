/**
 * End to end over the six-platform persona: all six generated exports go through one `runAudit`,
 * as the CLI would run them, and the cross-platform identity resolver must find exactly the planted
 * people (with the planted rule) and keep the planted look-alikes apart.
 */
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMemoryArchive } from '../../src/archive/memory.ts';
import { importers } from '../../src/importers/index.ts';
import { measures } from '../../src/measures/index.ts';
import { resolveIdentities, type IdentityMapping } from '../../src/model/identity.ts';
import type { Ledger, Platform } from '../../src/model/types.ts';
import { runAudit, type AuditOutput } from '../../src/pipeline/audit.ts';
import { generateSixPlatformSample, sixPlatformArchives, type SixPlatformSample } from '../../src/sample/multi/index.ts';

const ALL: Platform[] = ['bluesky', 'facebook', 'instagram', 'linkedin', 'mastodon', 'x'];

async function audit(sample: SixPlatformSample, extra: { identityMapping?: IdentityMapping; timeZone?: string; reverse?: boolean } = {}): Promise<AuditOutput> {
  const archives = sample.archives.map((a) => createMemoryArchive(a.name, a.files));
  if (extra.reverse) archives.reverse();
  return runAudit({
    archives,
    registry: importers,
    options: { timeZone: extra.timeZone ?? 'UTC' },
    ...(extra.identityMapping ? { identityMapping: extra.identityMapping } : {}),
  });
}

/** A person as the report shows them: platform and name (or handle, or id). */
function shown(ledger: Ledger, id: string): { platform: Platform; name: string } {
  const p = ledger.people.get(id);
  if (!p) throw new Error(`planted person ${id} is not in the ledger`);
  return { platform: p.platform, name: p.name ?? p.handle ?? id };
}

describe('six-platform persona, seed 1', () => {
  let sample: SixPlatformSample;
  let out: AuditOutput;
  beforeAll(async () => {
    sample = generateSixPlatformSample({ seed: 1 });
    out = await audit(sample);
  });

  it('recognises every archive as its own platform and lists all six', () => {
    expect(out.result.archives.map((a) => [a.name, a.platform])).toEqual(sample.archives.map((a) => [a.name, a.platform]));
    expect(out.result.archives.every((a) => a.confidence >= 0.5)).toBe(true);
    expect(out.result.platforms).toEqual(ALL);
    expect([...sample.archives.map((a) => a.platform)].sort()).toEqual(ALL);
  });

  it('reads every generated row: none skipped, no warnings, T is the planted export date', () => {
    expect(out.result.files.filter((f) => f.skipped > 0)).toEqual([]);
    expect(out.result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(out.result.asOf).toBe(sample.planted.exportDate);
  });

  it('every planted person exists in the ledger on the platform its id names', () => {
    const ids = [...sample.planted.merges.flatMap((m) => m.members), ...sample.planted.lookAlikes.flatMap((l) => l.members)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(shown(out.ledger, id).platform).toBe(id.split(':')[0]);
  });

  it('finds exactly the planted merges, each with the planted rule', () => {
    const r = resolveIdentities(out.ledger);
    const planted = [...sample.planted.merges].sort((a, b) => (a.members[0]! < b.members[0]! ? -1 : 1));
    expect(r.groups.map((g) => g.members)).toEqual(planted.map((m) => m.members));
    r.groups.forEach((g, i) => {
      expect(new Set(g.reasons.map((x) => x.rule))).toEqual(new Set([planted[i]!.rule]));
      // Every pair that was linked is explained: n members, at least n − 1 reasons.
      expect(g.reasons.length).toBeGreaterThanOrEqual(g.members.length - 1);
    });
    // Together the groups span all six platforms.
    expect(new Set(r.groups.flatMap((g) => g.members.map((id) => id.split(':')[0]))).size).toBe(6);
  });

  it('shows the planted merges in the audit result by platform and name, and no other group', () => {
    const groups = out.result.identity?.groups ?? [];
    const want = sample.planted.merges.map((m) => m.members.map((id) => shown(out.ledger, id)));
    const key = (people: readonly { platform: string; name: string }[]) => people.map((p) => `${p.platform}/${p.name}`).sort().join(' + ');
    expect(groups.map((g) => key(g.people)).sort()).toEqual(want.map(key).sort());
    expect(groups.every((g) => g.reasons.length > 0)).toBe(true);
  });

  it('reports the planted look-alikes as near-misses, in no group, and no other near-miss', () => {
    const r = resolveIdentities(out.ledger);
    expect(r.nearMisses.map((n) => ({ members: [...n.members], name: n.name }))).toEqual(
      [...sample.planted.lookAlikes].sort((a, b) => (a.members[0] < b.members[0] ? -1 : 1)).map((l) => ({ members: l.members, name: l.name })),
    );
    for (const l of sample.planted.lookAlikes) for (const id of l.members) expect(r.groupOf.has(id)).toBe(false);
    const shownMisses = (out.result.identity?.nearMisses ?? []).map((n) => `${n.name}: ${[...n.platforms].sort().join('+')}`).sort();
    expect(shownMisses).toEqual(sample.planted.lookAlikes.map((l) => `${l.name}: ${l.members.map((id) => id.split(':')[0]).sort().join('+')}`).sort());
  });

  it('gives a finding for every measure; only those whose data is thin or absent here are not computed', () => {
    expect(out.result.findings.map((f) => f.meta.id)).toEqual(measures.map((m) => m.meta.id));
    const notOk = out.result.findings.filter((f) => f.result.status !== 'ok').map((f) => `${f.meta.id}: ${f.result.status}`);
    // The persona has no job applications, no learning items, and too few long posts for self-similarity.
    expect(notOk).toEqual(['learning_follow_through: insufficient', 'self_similarity: insufficient', 'job_search_conversion: insufficient']);
  });

  it('draws the per-platform breakdown of pooled figures from several platforms', () => {
    const byId = new Map(out.result.findings.map((f) => [f.meta.id, f.result]));
    for (const id of ['reach_network_size', 'followed_sources_load', 'checking_frequency']) {
      const r = byId.get(id)!;
      expect(r.status).toBe('ok');
      expect(Object.keys(r.status === 'ok' ? (r.byPlatform ?? {}) : {}).sort()).toEqual(['bluesky', 'facebook', 'instagram', 'linkedin', 'mastodon', 'x']);
    }
  });

  it('gives the same identities whatever the archive order and the time zone', async () => {
    const other = await audit(sample, { reverse: true, timeZone: 'Pacific/Auckland' });
    expect(other.result.identity).toEqual(out.result.identity);
    expect(other.result.findings.map((f) => f.meta.id)).toEqual(measures.map((m) => m.meta.id));
  });
});

describe('the identities mapping', () => {
  it('can forbid a planted merge and force a look-alike merge', async () => {
    const sample = generateSixPlatformSample({ seed: 1 });
    const forbidden = sample.planted.merges[0]!;
    const forced = sample.planted.lookAlikes[0]!;
    const { ledger, result } = await audit(sample, { identityMapping: { different: [forbidden.members], same: [forced.members] } });
    const r = resolveIdentities(ledger, { different: [forbidden.members], same: [forced.members] });
    const members = r.groups.map((g) => g.members.join(' '));
    expect(members).not.toContain(forbidden.members.join(' '));
    for (const id of forbidden.members) expect(r.groupOf.has(id)).toBe(false);
    const group = r.groups.find((g) => g.members.join(' ') === [...forced.members].join(' '));
    expect(group?.reasons.map((x) => x.rule)).toEqual(['user-mapping']);
    expect(r.groups).toHaveLength(sample.planted.merges.length);
    // The forced pair is no longer a near-miss; the other look-alike still is.
    expect(r.nearMisses.map((n) => n.name)).toEqual([sample.planted.lookAlikes[1]!.name]);
    expect(result.identity?.groups).toHaveLength(sample.planted.merges.length);
    expect(result.identity?.nearMisses.map((n) => n.name)).toEqual([sample.planted.lookAlikes[1]!.name]);
  });

  it('can split a three-platform group by forbidding one of its links', async () => {
    const sample = generateSixPlatformSample({ seed: 1 });
    const three = sample.planted.merges.find((m) => m.members.length === 3)!;
    const instagram = three.members.find((id) => id.startsWith('instagram:'))!;
    const mastodon = three.members.find((id) => id.startsWith('mastodon:'))!;
    const { ledger } = await audit(sample);
    const r = resolveIdentities(ledger, { different: [[instagram, mastodon]] });
    expect(r.groupOf.has(mastodon)).toBe(false);
    expect(r.groups.find((g) => g.members.includes(instagram))?.members).toEqual(three.members.filter((id) => id !== mastodon));
  });
});

describe.each([2, 'six'])('seed %s', (seed) => {
  it('plants its merges and look-alikes just as well', async () => {
    const sample = generateSixPlatformSample({ seed });
    const { ledger, result } = await audit(sample);
    expect(result.platforms).toEqual(ALL);
    expect(result.asOf).toBe(sample.planted.exportDate);
    const r = resolveIdentities(ledger);
    expect(r.groups.map((g) => g.members).sort()).toEqual(sample.planted.merges.map((m) => m.members).sort());
    expect(r.nearMisses.map((n) => [...n.members]).sort()).toEqual(sample.planted.lookAlikes.map((l) => l.members).sort());
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});

describe('scale', () => {
  it.each([0.2, 2])('scale %s keeps the planted people and only changes the volume', async (scale) => {
    const small = generateSixPlatformSample({ seed: 3, scale });
    const base = generateSixPlatformSample({ seed: 3 });
    const { ledger } = await audit(small);
    const r = resolveIdentities(ledger);
    expect(r.groups.map((g) => g.members).sort()).toEqual(small.planted.merges.map((m) => m.members).sort());
    expect(r.nearMisses.map((n) => [...n.members]).sort()).toEqual(small.planted.lookAlikes.map((l) => l.members).sort());
    const people = (s: SixPlatformSample) => s.archives.reduce((n, a) => n + a.files.reduce((k, f) => k + f.bytes.length, 0), 0);
    if (scale > 1) expect(people(small)).toBeGreaterThan(people(base));
    else expect(people(small)).toBeLessThan(people(base));
  });
});

describe('sixPlatformArchives', () => {
  it('returns the archives of the seed at scale 1, for the CLI', () => {
    // Digests, not deep equality: comparing megabytes element by element is slow.
    const digest = (archives: SixPlatformSample['archives']) =>
      archives.map((a) => [a.platform, a.name, createHash('sha256').update(a.files.map((f) => `${f.path}\u0000`).join('')).update(Buffer.concat(a.files.map((f) => f.bytes))).digest('hex')]);
    expect(digest(sixPlatformArchives(4))).toEqual(digest(generateSixPlatformSample({ seed: 4 }).archives));
    expect(digest(sixPlatformArchives(4))).not.toEqual(digest(generateSixPlatformSample({ seed: 5 }).archives));
  });
});
