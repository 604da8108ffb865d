import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { at, ev, makeLedger, msg } from './test-ledger.ts';
import { DAY_MS } from './time.ts';
import { tieBand, tieInputsFor, tieStrength, type TieInputs } from './tie-strength.ts';

interface VectorCase {
  inputs: {
    n_weighted: number;
    days_since_last_reciprocated: number | null;
    sent_composed: number;
    received_composed: number;
    years_known: number;
    private_share: number;
    channel_types: number;
  };
  components: Record<'I' | 'R' | 'Q' | 'D' | 'M' | 'X', number>;
  S: number;
}

const vectors = JSON.parse(readFileSync(new URL('../../../../shared/tie_strength_test_vectors.json', import.meta.url), 'utf8')) as { cases: Record<string, VectorCase> };

const toInputs = (c: VectorCase): TieInputs => ({
  nWeighted: c.inputs.n_weighted,
  daysSinceLastReciprocated: c.inputs.days_since_last_reciprocated,
  sent: c.inputs.sent_composed,
  received: c.inputs.received_composed,
  yearsKnown: c.inputs.years_known,
  privateShare: c.inputs.private_share,
  channelTypes: c.inputs.channel_types,
});

describe('tieStrength test vectors (CODEBOOK §4.3)', () => {
  const cases = Object.entries(vectors.cases);
  it('has all six cases', () => expect(cases.length).toBe(6));
  for (const [name, c] of cases) {
    it(name, () => {
      const r = tieStrength(toInputs(c));
      for (const k of ['I', 'R', 'Q', 'D', 'M', 'X'] as const) expect(Math.abs(r[k] - c.components[k])).toBeLessThan(1e-3);
      expect(Math.abs(r.S - c.S)).toBeLessThan(1e-3);
    });
  }
  it('puts C, D and F below 0.30', () => {
    for (const k of ['C_unanswered_outreach', 'D_inbound_cold_message_unanswered', 'F_one_click_only_40_likes']) {
      const c = vectors.cases[k];
      expect(c && tieBand(tieStrength(toInputs(c)).S)).toBe('weak');
    }
  });
});

const inputs = fc.record({
  nWeighted: fc.double({ min: 0, max: 2000, noNaN: true }),
  daysSinceLastReciprocated: fc.option(fc.double({ min: 0, max: 5000, noNaN: true }), { nil: null }),
  sent: fc.nat(500),
  received: fc.nat(500),
  yearsKnown: fc.double({ min: 0, max: 20, noNaN: true }),
  privateShare: fc.double({ min: 0, max: 1, noNaN: true }),
  channelTypes: fc.nat(4),
});

describe('tieStrength properties (CODEBOOK §4.3)', () => {
  const eps = 1e-12;
  it('is within 0–1', () => {
    fc.assert(fc.property(inputs, (x) => {
      const s = tieStrength(x).S;
      return s >= 0 && s <= 1 + eps;
    }));
  });
  it('is non-decreasing in n, D, M and channel types', () => {
    fc.assert(fc.property(inputs, fc.double({ min: 0, max: 100, noNaN: true }), fc.nat(3), (x, dn, dc) => {
      const s = tieStrength(x).S;
      return (
        tieStrength({ ...x, nWeighted: x.nWeighted + dn }).S >= s - eps &&
        tieStrength({ ...x, yearsKnown: x.yearsKnown + dn }).S >= s - eps &&
        tieStrength({ ...x, privateShare: Math.min(1, x.privateShare + dn / 100) }).S >= s - eps &&
        tieStrength({ ...x, channelTypes: x.channelTypes + dc }).S >= s - eps
      );
    }));
  });
  it('is non-decreasing in reciprocity Q (moving s and r towards each other)', () => {
    fc.assert(fc.property(inputs, (x) => {
      const s = tieStrength(x).S;
      const more = x.sent > x.received ? { ...x, received: x.received + 1 } : x.sent < x.received ? { ...x, sent: x.sent + 1 } : x;
      const q0 = tieStrength(x).Q;
      const q1 = tieStrength(more).Q;
      return q1 >= q0 - eps && tieStrength({ ...more, nWeighted: x.nWeighted }).S >= s - eps;
    }));
  });
  it('is non-increasing in days since the last reciprocated exchange', () => {
    fc.assert(fc.property(inputs, fc.double({ min: 0, max: 1000, noNaN: true }), (x, dd) => {
      if (x.daysSinceLastReciprocated === null) return true;
      return tieStrength({ ...x, daysSinceLastReciprocated: x.daysSinceLastReciprocated + dd }).S <= tieStrength(x).S + eps;
    }));
  });
});

describe('tieInputsFor', () => {
  it('derives the inputs for one person from messages, other events and ties', () => {
    const T = at('2024-06-01');
    const l = makeLedger({
      connections: [{ id: 'a', since: T - 2 * 365.25 * DAY_MS }],
      events: [
        msg('out', 'a', T - 20 * DAY_MS),
        msg('in', 'a', T - 10 * DAY_MS),
        msg('out', ['a', 'b'], T - 5 * DAY_MS),
        ev('endorsement', 'in', T - 3 * DAY_MS, { personIds: ['a'] }),
        ev('reaction', 'out', T - 2 * DAY_MS, { personIds: ['a'] }),
      ],
    });
    const x = tieInputsFor(l, T, 'a');
    expect(x.sent).toBe(2);
    expect(x.received).toBe(1);
    expect(x.nWeighted).toBe(3 + 0.25 * 2);
    expect(x.daysSinceLastReciprocated).toBe(10);
    expect(x.yearsKnown).toBeCloseTo(2, 9);
    expect(x.privateShare).toBeCloseTo(2 / 3, 9);
    expect(x.channelTypes).toBe(2);
  });
  it('counts a person listed twice once, ignores events after T and dates first evidence from undated-free events', () => {
    const T = at('2024-06-01');
    const l = makeLedger({
      events: [
        ev('comment', 'out', T - 400 * DAY_MS, { personIds: ['a', 'a'], text: 'well said' }),
        ev('reaction', 'out', T - DAY_MS, { personIds: ['a', 'a'] }),
        ev('recommendation', 'in', undefined, { personIds: ['a'] }),
        ev('reaction', 'out', T + DAY_MS, { personIds: ['a'] }),
      ],
    });
    const x = tieInputsFor(l, T, 'a');
    // One reaction in W (weight 0.25); the comment is outside W; the undated recommendation is composed but not in W.
    expect(x.nWeighted).toBe(0.25);
    expect(x.channelTypes).toBe(2);
    expect(x.yearsKnown).toBeCloseTo(400 / 365.25, 9);
  });
  it('gives all-zero inputs for an unknown person', () => {
    const x = tieInputsFor(makeLedger(), at('2024-06-01'), 'nobody');
    expect(x).toEqual({ nWeighted: 0, daysSinceLastReciprocated: null, sent: 0, received: 0, yearsKnown: 0, privateShare: 0, channelTypes: 0 });
    expect(tieStrength(x).S).toBe(0);
  });
});
