import { describe, expect, it } from 'vitest';
import { buildLedger } from '../../../model/build.ts';
import type { LedgerEvent, Profile } from '../../../model/types.ts';
import { at, ctxOf, ev, makeLedger } from '../../_lib/test-ledger.ts';
import { DAY_MS } from '../../_lib/time.ts';
import { professionalContentShare } from './index.ts';
import { matchWorkTerm, workTerms } from './classify.ts';

const T = at('2024-06-30');
const post = (text: string, time = T - DAY_MS, extra: Partial<LedgerEvent> = {}): LedgerEvent => ev('post', 'out', time, { text, ...extra });
const plain = (n: number, time = T - DAY_MS): LedgerEvent[] => Array.from({ length: n }, () => post('Lovely weather at the coast today.', time));
const profile: Profile = {
  platform: 'linkedin',
  websites: [],
  skills: ['Data Analysis', 'SQL'],
  positions: [{ organisation: 'Brightloom Labs', title: 'Logistics Analyst' }],
};
function ledgerWith(events: LedgerEvent[], profiles: Profile[] = [profile]) {
  return buildLedger([
    { platform: 'linkedin', people: [], ties: [], events, profiles, files: [{ platform: 'linkedin', archive: 't.zip', file: 'Shares.csv', kind: 'posts', records: events.length, skipped: 0 }] },
  ]);
}

describe('work terms', () => {
  it('match skills, titles and employers as whole token sequences, and lexicon words with a plural s', () => {
    const terms = workTerms([profile]);
    const m = (s: string) => matchWorkTerm(s.toLowerCase().split(' '), terms);
    expect(m('some data analysis tips')).toBe('data analysis');
    expect(m('life at brightloom labs')).toBe('brightloom labs');
    expect(m('our clients said')).toBe('clients');
    expect(m('teamwork makes it')).toBeUndefined();
    expect(m('data is analysis')).toBeUndefined();
    expect(m('')).toBeUndefined();
  });
});

describe('professional_content_share', () => {
  it('is not available without posts', () => {
    expect(professionalContentShare.compute(ctxOf(makeLedger({ connections: ['a'] }), T)).status).toBe('not-available');
  });
  it('is insufficient for an empty file, one post and nine (reposts and old posts do not count)', () => {
    expect(professionalContentShare.compute(ctxOf(ledgerWith([]), T))).toMatchObject({ status: 'insufficient', have: 0, need: 10 });
    expect(professionalContentShare.compute(ctxOf(ledgerWith(plain(1)), T))).toMatchObject({ status: 'insufficient', have: 1 });
    const extra = [ev('repost', 'out', T - DAY_MS), ...plain(3, T - 400 * DAY_MS)];
    expect(professionalContentShare.compute(ctxOf(ledgerWith([...plain(9), ...extra]), T))).toMatchObject({ status: 'insufficient', have: 9 });
  });
  it('hand-computed: 4 of 10 posts about work, terms listed by frequency', () => {
    const events = [
      ...plain(6),
      post('Shipped the SQL migration for a client.'),
      post('Three lessons from our team offsite'),
      post('A #project I love, see https://example.com/project'),
      post('Proud of the Brightloom Labs crew'),
      post('Our team grew'),
    ];
    const r = professionalContentShare.compute(ctxOf(ledgerWith(events), T));
    // The hashtag and the URL are stripped, so the #project post is not about work.
    expect(r).toMatchObject({ status: 'ok', value: 4 / 11, parts: { posts: 11, work_posts: 4 }, byPlatform: { linkedin: 4 / 11 } });
    if (r.status === 'ok') expect(r.items).toEqual([{ term: 'team', posts: 1 }, { term: 'brightloom labs', posts: 1 }, { term: 'lessons', posts: 1 }, { term: 'sql', posts: 1 }].sort((a, b) => (a.term < b.term ? -1 : 1)));
  });
  it('works with no profile at all (lexicon only), everything on one day', () => {
    const events = [...plain(8, T), post('Paper accepted!', T), post('New research out', T)];
    expect(professionalContentShare.compute(ctxOf(ledgerWith(events, []), T))).toMatchObject({ status: 'ok', value: 0.2 });
  });
});
