import { describe, expect, it } from 'vitest';
import { buildLedger, type ImportBatch } from './build.ts';
import { canonicalProfileUrl, profileKeysInText, resolveIdentities } from './identity.ts';
import type { LedgerEvent, Person, Platform } from './types.ts';

function batch(platform: Platform, people: Person[], events: Partial<LedgerEvent>[] = []): ImportBatch {
  return {
    platform,
    people,
    ties: [],
    profiles: [],
    files: [],
    events: events.map((e, i) => ({ kind: 'message', platform, direction: 'in', at: 1_700_000_000_000 + i, source: { platform, file: 'm', row: i + 1 }, ...e }) as LedgerEvent),
  };
}

const ada = { id: 'linkedin:url:https://www.linkedin.com/in/ada-l', platform: 'linkedin', name: 'Ada Lovelace', profileUrl: 'https://www.linkedin.com/in/ada-l', organisation: 'Analytical Engines Ltd' } as const;
const adaMasto = { id: 'mastodon:acct:ada@mathstodon.xyz', platform: 'mastodon', handle: 'ada@mathstodon.xyz' } as const;
const adaFb = { id: 'facebook:name:ada lovelace', platform: 'facebook', name: 'Ada Lovelace' } as const;
const bob = { id: 'linkedin:url:https://www.linkedin.com/in/bob', platform: 'linkedin', name: 'Bob Stone', organisation: 'Quarry Inc.' } as const;
const bobX = { id: 'x:id:1234567890123456789', platform: 'x', name: 'Bob Stone', handle: 'bobstone', organisation: 'Quarry' } as const;

describe('resolveIdentities', () => {
  it('merges a person who gave their address on another platform in a message, with the reason', () => {
    const ledger = buildLedger([
      batch('linkedin', [ada], [{ personIds: [ada.id], text: 'Find me on https://mathstodon.xyz/@ada now' }]),
      batch('mastodon', [adaMasto]),
    ]);
    const r = resolveIdentities(ledger);
    expect(r.groups).toHaveLength(1);
    expect(r.groups[0]!.members).toEqual([ada.id, adaMasto.id]);
    expect(r.groups[0]!.reasons[0]!.rule).toBe('cross-listed-profile');
    expect(r.groups[0]!.reasons[0]!.detail).toContain('Ada Lovelace gave their Mastodon address (mathstodon.xyz/@ada)');
  });

  it('accepts the @user@instance form of a Mastodon address', () => {
    expect(profileKeysInText('I am @Ada@mathstodon.xyz there')).toEqual(['mathstodon.xyz/@ada']);
  });

  it('merges an exact name with the same organisation, and not a common name alone (near-miss)', () => {
    const ledger = buildLedger([batch('linkedin', [ada, bob]), batch('x', [bobX]), batch('facebook', [adaFb])]);
    const r = resolveIdentities(ledger);
    expect(r.groups.map((g) => g.members)).toEqual([[bob.id, bobX.id]]);
    expect(r.groups[0]!.reasons[0]!.rule).toBe('name-and-organisation');
    expect(r.nearMisses).toEqual([{ members: [adaFb.id, ada.id], name: 'Ada Lovelace', why: 'only the name matches; a common name is not evidence' }]);
  });

  it('lets the mapping force and forbid merges', () => {
    const ledger = buildLedger([batch('linkedin', [ada, bob]), batch('x', [bobX]), batch('facebook', [adaFb])]);
    const r = resolveIdentities(ledger, { same: [[ada.id, adaFb.id]], different: [[bob.id, bobX.id]] });
    expect(r.groups.map((g) => g.members)).toEqual([[adaFb.id, ada.id]]);
    expect(r.groups[0]!.reasons).toEqual([{ rule: 'user-mapping', detail: 'you said these are the same person' }]);
    expect(r.nearMisses.find((n) => n.members.includes(bobX.id))?.why).toBe('you said these are different people');
  });

  it('never merges two people of the same platform on evidence, and ignores unknown ids in the mapping', () => {
    const other = { ...bob, id: 'linkedin:url:https://www.linkedin.com/in/bob2', organisation: 'Quarry Inc.' };
    const ledger = buildLedger([batch('linkedin', [bob, other])]);
    expect(resolveIdentities(ledger, { same: [['nobody', bob.id]] }).groups).toEqual([]);
  });

  it('is empty for an empty ledger', () => {
    const r = resolveIdentities(buildLedger([]));
    expect([r.groups, r.nearMisses, r.groupOf.size]).toEqual([[], [], 0]);
  });
});

describe('canonicalProfileUrl', () => {
  it.each([
    ['https://twitter.com/BobStone/', 'x.com/bobstone'],
    ['http://www.linkedin.com/in/Ada-L?trk=x', 'linkedin.com/in/ada-l'],
    ['https://bsky.app/profile/ada.bsky.social.', 'bsky.app/profile/ada.bsky.social'],
    ['https://example.org/', undefined],
  ])('%s → %s', (url, want) => expect(canonicalProfileUrl(url)).toBe(want));
});
