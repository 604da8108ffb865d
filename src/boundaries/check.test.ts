import { describe, expect, it } from 'vitest';
import { at, ev, makeLedger, msg } from '../measures/_lib/test-ledger.ts';
import { checkBoundaries } from './check.ts';
import { parsePolicy } from './policy.ts';

const T = at('2026-03-01');
const post = (text: string, visibility = 'MEMBER_NETWORK') => ev('post', 'out', T, { text, visibility });

describe('checkBoundaries', () => {
  it('finds an e-mail address, a phone number and a street address in public posts, masked in the excerpt', () => {
    const ledger = makeLedger({
      events: [post('Write to me at jo.bloggs@example.com any time'), post('Call +44 20 7946 0958 for details'), post('Meet at 221 Baker Street tomorrow')],
    });
    const f = checkBoundaries(ledger);
    expect(f.map((x) => x.rule)).toEqual(['email', 'phone', 'street-address']);
    expect(f[0]!.excerpt).toContain(`j${'•'.repeat('jo.bloggs@example.com'.length - 2)}m`);
    expect(f[0]!.excerpt).not.toContain('jo.bloggs@example.com');
    expect(f[0]).toMatchObject({ platform: 'linkedin', date: '2026-03-01', where: 'post (MEMBER_NETWORK)' });
  });

  it('names a person known only from private messages when they are named in public, but not a connection', () => {
    const ledger = makeLedger({
      people: [
        { id: 'p:secret', name: 'Quentin Marlowe' },
        { id: 'p:friend', name: 'Ada Lovelace' },
      ],
      connections: ['p:friend'],
      events: [
        msg('in', 'p:secret', T - 1000),
        msg('in', 'p:friend', T - 1000),
        post('Great lunch with Quentin Marlowe and Ada Lovelace today'),
      ],
    });
    const f = checkBoundaries(ledger);
    expect(f.map((x) => [x.rule, x.detail])).toEqual([['private-contact-named', 'Quentin Marlowe appears only in your private messages, and is named here in public']]);
  });

  it('flags job posts shared beyond the network, and applies the personal policy', () => {
    const ledger = makeLedger({ events: [post("We're hiring a data engineer!", 'PUBLIC'), post("We're hiring again", 'MEMBER_NETWORK'), post('My salary negotiation story', 'MEMBER_NETWORK')] });
    const policy = parsePolicy('avoid: [salary]\naudiences: [MEMBER_NETWORK]');
    expect(policy.ok).toBe(true);
    const f = checkBoundaries(ledger, policy.ok ? policy.policy : undefined);
    expect(f.map((x) => x.rule)).toEqual(['job-post-audience', 'policy-audience', 'policy-word']);
  });

  it('ignores messages and direct posts, years and counts, and is empty for a clean or empty ledger', () => {
    const ledger = makeLedger({
      events: [msg('out', 'p:a', T, { text: 'my email is a@b.co' }), post('a@b.co', 'direct'), post('In 2024 we grew from 120 to 450 people'), post('Proud of the team')],
    });
    expect(checkBoundaries(ledger)).toEqual([]);
    expect(checkBoundaries(makeLedger())).toEqual([]);
  });
});

describe('parsePolicy', () => {
  it('explains a bad policy file', () => {
    expect(parsePolicy('avoid: 3')).toEqual({ ok: false, problem: '"avoid" must be a list of texts' });
    expect(parsePolicy('- a')).toEqual({ ok: false, problem: 'expected "avoid:" and/or "audiences:" lists' });
  });
});
