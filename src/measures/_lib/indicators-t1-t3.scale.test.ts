/**
 * The nine tension 1–3 indicators over a synthetic ledger of one million events: each computes a
 * result at that size (no argument-list or stack limit reached, nothing quadratic enough to pass the
 * test's timeout). How fast is measured by `npm run bench` (its huge scale holds 1.19M events), not
 * asserted here: a wall-clock budget in a unit test fails on a crowded CI machine, not on slow code.
 */
import { describe, expect, it } from 'vitest';
import { buildLedger } from '../../model/build.ts';
import type { LedgerEvent, Person, Tie } from '../../model/types.ts';
import { checkingFrequency } from '../access-overwhelm/checking-frequency/index.ts';
import { followedSourcesLoad } from '../access-overwhelm/followed-sources-load/index.ts';
import { learningFollowThrough } from '../access-overwhelm/learning-follow-through/index.ts';
import { sourceDiversity } from '../access-overwhelm/source-diversity/index.ts';
import { lexicalDiversityMtld } from '../creativity-conformation/lexical-diversity-mtld/index.ts';
import { selfSimilarity } from '../creativity-conformation/self-similarity/index.ts';
import { templatePhraseRate } from '../creativity-conformation/template-phrase-rate/index.ts';
import { defaultOptions } from '../measure.ts';
import { dunbarLayerProfile } from '../reach-depth/dunbar-layer-profile/index.ts';
import { employerConcentration } from '../reach-depth/employer-concentration/index.ts';
import { messageIndex } from './alters.ts';
import { eventTable } from './event-table.ts';
import { tieInputsFor } from './tie-strength.ts';
import { DAY_MS } from './time.ts';

const T = Date.UTC(2025, 0, 1, 12);
const N = 1_000_000;
const ALTERS = 3000;
const VOCAB = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36).replace(/\d/g, (d) => String.fromCharCode(97 + Number(d)))}`);

function bigLedger() {
  const people: Person[] = [];
  const ties: Tie[] = [];
  for (let i = 0; i < ALTERS; i++) {
    const id = `linkedin:url:https://www.linkedin.com/in/p${i}`;
    people.push({ id, platform: 'linkedin', name: `Person ${i}`, organisation: `Org ${i % 400} Ltd` });
    ties.push({ personId: id, platform: 'linkedin', kind: 'connection', since: T - (i % 2000) * DAY_MS, source: { platform: 'linkedin', file: 'Connections.csv', row: i + 1 } });
  }
  const events: LedgerEvent[] = [];
  const src = { platform: 'linkedin' as const, file: 'x.csv', row: 1 };
  // A cheap deterministic spread of instants over five years.
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const when = () => T - (next() % (5 * 365 * 24)) * 3_600_000;
  const text = (words: number) => {
    const out: string[] = [];
    for (let k = 0; k < words; k++) out.push(VOCAB[next() % VOCAB.length] ?? 'w');
    return out.join(' ');
  };
  for (let i = 0; i < N; i++) {
    const r = i % 20;
    const at = when();
    if (r < 8) events.push({ kind: 'reaction', platform: 'linkedin', direction: 'out', at, targetUrl: 'https://www.linkedin.com/feed/update/urn:li:activity:1', source: src });
    else if (r < 14) {
      const who = `linkedin:url:https://www.linkedin.com/in/p${next() % ALTERS}`;
      events.push({ kind: 'message', platform: 'linkedin', direction: r % 2 === 0 ? 'out' : 'in', at, personIds: [who], participants: 2, conversationId: who, text: 'hello there, how are you', source: src });
    } else if (r < 16) events.push({ kind: 'post', platform: 'linkedin', direction: 'out', at, text: `${text(30)} https://site${next() % 300}.example.com/a`, targetUrl: `https://news${next() % 50}.example.org/b`, source: src });
    else if (r < 18) events.push({ kind: 'comment', platform: 'linkedin', direction: 'out', at, text: text(8), source: src });
    else if (r < 19) events.push({ kind: 'follow', platform: 'linkedin', direction: 'out', at, detail: 'Org', source: src });
    else events.push({ kind: 'learning', platform: 'linkedin', direction: 'out', at, status: ['completed', 'started', 'saved'][next() % 3] ?? 'saved', source: src });
  }
  const kinds = ['connections', 'messages', 'posts', 'comments', 'reactions', 'follows', 'learning'];
  return buildLedger([{ platform: 'linkedin', people, ties, events, profiles: [], files: kinds.map((kind) => ({ platform: 'linkedin', archive: 'big.zip', file: `${kind}.csv`, kind, records: 0, skipped: 0 })) }]);
}

describe('tension 1–3 indicators at one million events', () => {
  it('each computes a result', () => {
    const ledger = bigLedger();
    expect(ledger.events.length).toBe(N);
    eventTable(ledger);
    messageIndex(ledger, T);
    tieInputsFor(ledger, T, 'nobody');
    const ctx = { ledger, asOf: T, options: { ...defaultOptions, timeZone: 'Europe/London' } };
    const measures = [employerConcentration, dunbarLayerProfile, learningFollowThrough, sourceDiversity, followedSourcesLoad, checkingFrequency, lexicalDiversityMtld, templatePhraseRate, selfSimilarity];
    for (const m of measures) expect(m.compute(ctx).status, m.meta.id).toBe('ok');
  }, 120_000);
});
