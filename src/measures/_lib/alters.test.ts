import { describe, expect, it } from 'vitest';
import { messageIndex } from './alters.ts';
import { at, makeLedger, msg } from './test-ledger.ts';
import { DAY_MS } from './time.ts';

const t0 = at('2024-01-01');

describe('messageIndex', () => {
  it('counts a reply at exactly 30 days as reciprocated', () => {
    const l = makeLedger({ events: [msg('out', 'a', t0), msg('in', 'a', t0 + 30 * DAY_MS)] });
    const a = messageIndex(l, t0 + 30 * DAY_MS).alters.get('a');
    expect(a?.oneToOne.ever).toBe(true);
    expect(a?.oneToOne.inWindow).toBe(true);
    expect(a?.oneToOne.last).toBe(t0 + 30 * DAY_MS);
  });
  it('does not count a reply at 30 days + 1 ms', () => {
    const l = makeLedger({ events: [msg('in', 'a', t0), msg('out', 'a', t0 + 30 * DAY_MS + 1)] });
    const a = messageIndex(l, t0 + 31 * DAY_MS).alters.get('a');
    expect(a?.oneToOne.ever).toBe(false);
    expect(a?.sent).toBe(1);
    expect(a?.received).toBe(1);
  });
  it('keeps 1:1 and group threads apart', () => {
    const l = makeLedger({
      events: [msg('out', ['a', 'b'], t0), msg('in', 'a', t0 + DAY_MS, { participants: 3 }), msg('in', 'b', t0 + DAY_MS)],
    });
    const idx = messageIndex(l, t0 + DAY_MS);
    expect(idx.alters.get('a')?.group.ever).toBe(true);
    expect(idx.alters.get('a')?.oneToOne.ever).toBe(false);
    expect(idx.alters.get('b')?.group.ever).toBe(false);
    expect(idx.alters.get('b')?.oneToOne.ever).toBe(false);
    expect(idx.exchanges).toEqual([{ personId: 'a', at: t0 + DAY_MS, group: true }]);
  });
  it('needs both messages in W for the window flag', () => {
    const T = t0 + 400 * DAY_MS;
    const l = makeLedger({ events: [msg('out', 'a', T - 370 * DAY_MS), msg('in', 'a', T - 350 * DAY_MS)] });
    const a = messageIndex(l, T).alters.get('a');
    expect(a?.oneToOne.ever).toBe(true);
    expect(a?.oneToOne.inWindow).toBe(false);
    expect(a?.sentInWindow).toBe(0);
    expect(a?.receivedInWindow).toBe(1);
  });
  it('ignores messages without letters or digits and is cached per (ledger, asOf)', () => {
    const l = makeLedger({ events: [msg('out', 'a', t0, { text: '  :) ' }), msg('in', 'a', t0 + 1)] });
    const idx = messageIndex(l, t0 + 1);
    expect(idx.alters.get('a')?.sent).toBe(0);
    expect(idx.composedInWindow).toBe(1);
    expect(messageIndex(l, t0 + 1)).toBe(idx);
  });
  it('is empty for an empty ledger', () => {
    const idx = messageIndex(makeLedger(), t0);
    expect(idx.alters.size).toBe(0);
    expect(idx.firstComposed).toBeUndefined();
  });

  it('keeps the exchanges as columns too, in time order, and counts a person listed twice once', () => {
    const l = makeLedger({
      events: [msg('out', ['a', 'b', 'a'], t0), msg('in', 'a', t0 + DAY_MS, { participants: 3 }), msg('in', 'c', t0 + 2 * DAY_MS), msg('out', 'c', t0 + 3 * DAY_MS)],
    });
    const idx = messageIndex(l, t0 + 3 * DAY_MS);
    expect(idx.alters.get('a')?.sent).toBe(1);
    const log = idx.exchangeLog;
    expect(log.length).toBe(2);
    expect(Array.from(log.at)).toEqual([t0 + DAY_MS, t0 + 3 * DAY_MS]);
    expect(Array.from(log.person, (p) => log.people[p])).toEqual(['a', 'c']);
    expect(Array.from(log.group)).toEqual([1, 0]);
    expect(idx.exchanges).toEqual([
      { personId: 'a', at: t0 + DAY_MS, group: true },
      { personId: 'c', at: t0 + 3 * DAY_MS, group: false },
    ]);
  });
});
