import { describe, expect, it } from 'vitest';
import { at, daysBefore, makeLedger, msg } from '../measures/_lib/test-ledger.ts';
import { reconnectList } from './reconnect.ts';

const T = at('2026-03-01');

/** A weekly two-way exchange with `who` over `weeks` weeks ending `endDaysAgo` days before T. */
function history(who: string, weeks: number, endDaysAgo: number) {
  const out = [];
  for (let w = 0; w < weeks; w++) {
    const t = daysBefore(T, endDaysAgo + w * 7);
    out.push(msg('in', who, t - 3_600_000), msg('out', who, t));
  }
  return out;
}

describe('reconnectList', () => {
  it('lists once-real ties that went quiet, strongest first, with the last exchange and layer', () => {
    const ledger = makeLedger({
      connections: [
        { id: 'p:strong', name: 'Strong Once', organisation: 'Acme', since: daysBefore(T, 3000) },
        { id: 'p:weak', name: 'Weak Once', since: daysBefore(T, 3000) },
        { id: 'p:active', name: 'Still Active', since: daysBefore(T, 3000) },
        { id: 'p:never', name: 'Never Answered', since: daysBefore(T, 3000) },
      ],
      events: [
        ...history('p:strong', 30, 1200),
        ...history('p:weak', 1, 500),
        ...history('p:active', 3, 10),
        msg('out', 'p:never', daysBefore(T, 900)),
      ],
    });
    const list = reconnectList(ledger, T);
    expect(list.map((i) => [i.name, i.layer, i.lastExchange])).toEqual([
      ['Strong Once', 'dormant', '2022-11-17'],
      ['Weak Once', 'lapsed', '2024-10-17'],
    ]);
    expect(list[0]!.pastStrength).toBeGreaterThan(list[1]!.pastStrength);
    expect(list[0]).toMatchObject({ organisation: 'Acme', where: 'LinkedIn messages', messages: 60 });
  });

  it('is empty for an empty ledger and for one message', () => {
    expect(reconnectList(makeLedger(), T)).toEqual([]);
    expect(reconnectList(makeLedger({ connections: ['p:a'], events: [msg('out', 'p:a', daysBefore(T, 800))] }), T)).toEqual([]);
  });
});
