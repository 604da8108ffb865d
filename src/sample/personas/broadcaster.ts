/**
 * Persona `broadcaster` (the demo default).
 *
 * Story: a mid-career manager with a large, mostly silent network (about 900 connections at scale 1).
 * They scroll and react far more than they write (about 2,000 reactions in the last year), post in
 * stock formulas ("Thrilled to announce…", "Excited to share…") and almost never @-mention anyone.
 * Their headline is exactly "{title} at {company}" and their summary is thick with buzzwords. Only
 * about 12 people had a real two-way exchange with them in the last year; two once-close ties have
 * been silent for over three years. Invitations mostly go out without a note; they receive far more
 * endorsements than they give; about 30% of their activity happens between 23:00 and 05:00 UTC.
 *
 * Planted values (computed from the generated spec at any scale; at scale 1, seed "flipside"):
 * reach_network_size 900 · depth_reciprocal_ties_12m 12 · dormant_tie_pool 2 ·
 * default_headline_match 1 · invitation_personalisation_rate 0.1 · recommendations_received 1 ·
 * opportunity_inflow 6 · giving_receiving_balance 5/46 · continuous values (latent_tie_share,
 * consumption_to_creation_ratio ≈ 40, late_night_activity_share ≈ 0.3, buzzword_density ≈ 15,
 * dialogue_share ≈ 0.2) come from the kit's counts with tolerance 1e-9.
 */
import type { Rng } from '../random.ts';
import { jobTitle } from '../names.ts';
import type { PersonaSpec } from '../spec.ts';
import { createKit } from './kit.ts';
import { layOut, type PersonaShape } from './shape.ts';
import { buildProfile, plantedRecord } from './common.ts';

/** 14 March 2026, 16:42:00 UTC. */
export const BROADCASTER_EXPORT_DATE = Date.UTC(2026, 2, 14, 16, 42, 0);

export const broadcasterShape: PersonaShape = {
  connections: 900,
  recentConnectionShare: 0.1,
  closeTies: 12,
  burstsPerCloseTie: [2, 4],
  groupThreads: 1,
  dormant: 2,
  cooling: 1,
  oldAcquaintances: 10,
  inboundUnanswered: 25,
  opportunities: 6,
  answeredOpportunities: 0,
  coldShare: 0.5,
  outboundUnanswered: 10,
  reactionsW: 2000,
  reactionsOld: 1000,
  lateShare: 0.3,
  templatePostsW: 30,
  plainPostsW: 2,
  mentionPostsW: 2,
  repostsW: 10,
  commentsW: 6,
  postsOld: 30,
  commentsOld: 10,
  invitationsOut: 40,
  invitationsOutWithNote: 4,
  invitationsIn: 30,
  endorsementsIn: 40,
  endorsementsOut: 5,
  recommendationsIn: 1,
  recommendationsOut: 0,
  jobApplications: 0,
  savedJobs: 2,
  votes: 12,
  boundaryLapses: true,
  historyDays: 2600,
  signInEveryDays: 6,
};

/** Builds the broadcaster persona at a scale (1 ≈ 900 connections). */
export function broadcaster(rng: Rng, scale: number): PersonaSpec {
  const kit = createKit(rng, BROADCASTER_EXPORT_DATE);
  const title = jobTitle(rng.fork('title'));
  const company = kit.company();
  const parts = buildProfile(rng.fork('profile'), kit, { title, company }, {
    headline: `${title} at ${company}`,
    summary: [70, 14],
    descriptions: [
      [30, 6],
      [25, 4],
    ],
    headlineIsDefault: 1,
  });
  const { people } = layOut(kit, broadcasterShape, scale, title);
  const planted = plantedRecord(kit, parts, 1, true, people.length);
  return kit.build({ persona: 'broadcaster', profile: parts.profile, positions: parts.positions, skills: parts.skills, planted, withReactions: true });
}
