/**
 * The tension 4–5 indicators of issue 4, and the measures that gained per-platform breakdowns, over
 * a synthetic two-platform ledger of one million events: each computes a result at that size, with
 * values per platform where the measure has them. How fast is measured by `npm run bench`, not
 * asserted here (a wall-clock budget in a unit test fails on a crowded CI machine, not on slow code).
 */
import { describe, expect, it } from 'vitest';
import { buildLedger } from '../../model/build.ts';
import type { LedgerEvent, Person, Platform, Tie } from '../../model/types.ts';
import { consumptionToCreation } from '../access-overwhelm/consumption-to-creation/index.ts';
import { lateNightActivity } from '../access-overwhelm/late-night-activity/index.ts';
import { amplifyOthersShare } from '../collaboration-competition/amplify-others-share/index.ts';
import { composedShare } from '../collaboration-competition/composed-share/index.ts';
import { connectionAccumulationBursts } from '../collaboration-competition/connection-accumulation-bursts/index.ts';
import { dialogueShare } from '../collaboration-competition/dialogue-share/index.ts';
import { selfPromotionShare } from '../collaboration-competition/self-promotion-share/index.ts';
import { buzzwordDensity } from '../creativity-conformation/buzzword-density/index.ts';
import { invitationPersonalisation } from '../creativity-conformation/invitation-personalisation/index.ts';
import { jobSearchConversion } from '../independence-impact/job-search-conversion/index.ts';
import { networkAdjacentMoves } from '../independence-impact/network-adjacent-moves/index.ts';
import { networkMobilisation } from '../independence-impact/network-mobilisation/index.ts';
import { opportunityInflow } from '../independence-impact/opportunity-inflow/index.ts';
import { professionalContentShare } from '../independence-impact/professional-content-share/index.ts';
import { defaultOptions } from '../measure.ts';
import { dormantTiePool } from '../reach-depth/dormant-tie-pool/index.ts';
import { latentTieShare } from '../reach-depth/latent-tie-share/index.ts';
import { networkSize } from '../reach-depth/network-size/index.ts';
import { reciprocalTies12m } from '../reach-depth/reciprocal-ties-12m/index.ts';
import { messageIndex } from './alters.ts';
import { eventTable } from './event-table.ts';
import { messagePlatforms } from './message-platforms.ts';
import { platformColumn } from './platform-column.ts';
import { tieInputsFor } from './tie-strength.ts';
import { DAY_MS } from './time.ts';

const T = Date.UTC(2025, 0, 1, 12);
const N = 1_000_000;
const ALTERS = 3000;
const LINES = ['Could you share your thoughts on the draft?', 'Thanks, see you Tuesday.', 'Proud to say I launched our project with @ana today', 'Notes from the team offsite', 'Great read https://news.example.org/a'];

function bigLedger() {
  const people: Person[] = [];
  const ties: Tie[] = [];
  const src = (platform: Platform) => ({ platform, file: 'f', row: 1 });
  for (let i = 0; i < ALTERS; i++) {
    const li = `linkedin:url:https://www.linkedin.com/in/p${i}`;
    const x = `x:id:${1000 + i}`;
    people.push({ id: li, platform: 'linkedin', name: `Person ${i}`, organisation: `Org ${i % 400} Ltd` }, { id: x, platform: 'x', handle: `p${i}` });
    ties.push({ personId: li, platform: 'linkedin', kind: 'connection', since: T - (i % 2000) * DAY_MS, source: src('linkedin') });
    ties.push({ personId: x, platform: 'x', kind: i % 2 === 0 ? 'follows' : 'followed-by', source: src('x') });
    if (i % 3 === 0) ties.push({ personId: x, platform: 'x', kind: 'followed-by', source: src('x') });
  }
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const when = () => T - (next() % (5 * 365 * 24)) * 3_600_000;
  const events: LedgerEvent[] = [];
  for (let i = 0; i < N; i++) {
    const r = i % 20;
    const platform: Platform = i % 3 === 0 ? 'x' : 'linkedin';
    const at = when();
    const who = `${platform === 'x' ? 'x:id:' : 'linkedin:url:https://www.linkedin.com/in/p'}${platform === 'x' ? 1000 + (next() % ALTERS) : next() % ALTERS}`;
    const text = LINES[next() % LINES.length] ?? '';
    // Plain literals, as the importers build them: objects made by spreading take a slower shape.
    const source = src(platform);
    if (r < 7) events.push(platform === 'x' ? { kind: 'reaction', platform, direction: 'out', source } : { kind: 'reaction', platform, direction: 'out', at, source });
    else if (r < 13) events.push({ platform, source, kind: 'message', direction: r % 2 === 0 ? 'out' : 'in', at, personIds: [who], participants: 2, conversationId: who, text });
    else if (r < 15) events.push({ platform, source, kind: 'post', direction: 'out', at, text });
    else if (r < 16) events.push({ platform, source, kind: 'repost', direction: 'out', at });
    else if (r < 17) events.push({ platform, source, kind: platform === 'x' ? 'reply' : 'comment', direction: 'out', at, text, personIds: [who] });
    else if (r < 18) events.push({ platform, source, kind: 'endorsement', direction: 'out', at, personIds: [who], status: 'ACCEPTED' });
    else if (r < 19) events.push({ platform, source, kind: 'invitation', direction: 'out', at, hasNote: next() % 2 === 0 });
    else events.push({ platform, source, kind: next() % 2 === 0 ? 'job-application' : 'job-save', direction: 'out', at, organisation: `Org ${next() % 800}` });
  }
  const profiles = [{ platform: 'linkedin' as const, websites: [], skills: ['Data Analysis', 'SQL'], positions: [{ organisation: 'Org 3', title: 'Analyst', startedOn: '2023-05' }, { organisation: 'Org 9', title: 'Analyst', startedOn: '2021-02', finishedOn: '2023-04' }], summary: 'I build tools for teams. '.repeat(20) }];
  const kinds = ['connections', 'messages', 'posts', 'comments', 'reactions', 'endorsements', 'invitations', 'jobs', 'positions', 'profile'];
  const files = (platform: Platform) => kinds.map((kind) => ({ platform, archive: `${platform}.zip`, file: `${kind}`, kind, records: 0, skipped: 0 }));
  return buildLedger([
    { platform: 'linkedin', people: people.filter((p) => p.platform === 'linkedin'), ties: ties.filter((t) => t.platform === 'linkedin'), events: events.filter((e) => e.platform === 'linkedin'), profiles, files: files('linkedin') },
    { platform: 'x', people: people.filter((p) => p.platform === 'x'), ties: ties.filter((t) => t.platform === 'x'), events: events.filter((e) => e.platform === 'x'), profiles: [], files: files('x') },
  ]);
}

describe('tension 4–5 indicators and per-platform measures at one million events', () => {
  it('each computes a result, per platform where the measure has one', () => {
    const ledger = bigLedger();
    expect(ledger.events.length).toBe(N);
    eventTable(ledger);
    messageIndex(ledger, T);
    messagePlatforms(ledger, T);
    platformColumn(ledger);
    tieInputsFor(ledger, T, 'linkedin:url:https://www.linkedin.com/in/p0');
    const ctx = { ledger, asOf: T, options: { ...defaultOptions, timeZone: 'Europe/London' } };
    const measures = [
      networkMobilisation,
      jobSearchConversion,
      professionalContentShare,
      networkAdjacentMoves,
      composedShare,
      amplifyOthersShare,
      selfPromotionShare,
      connectionAccumulationBursts,
      networkSize,
      reciprocalTies12m,
      latentTieShare,
      dormantTiePool,
      consumptionToCreation,
      lateNightActivity,
      invitationPersonalisation,
      buzzwordDensity,
      opportunityInflow,
      dialogueShare,
    ];
    for (const m of measures) expect(m.compute(ctx).status, m.meta.id).toBe('ok');
    const two = ['composed_share', 'consumption_to_creation_ratio', 'late_night_activity_share', 'dialogue_share', 'reach_network_size', 'depth_reciprocal_ties_12m', 'network_mobilisation'];
    for (const m of measures.filter((x) => two.includes(x.meta.id))) {
      const r = m.compute(ctx);
      expect(r.status === 'ok' ? Object.keys(r.byPlatform ?? {}) : [], m.meta.id).toEqual(['linkedin', 'x']);
    }
  }, 180_000);
});
