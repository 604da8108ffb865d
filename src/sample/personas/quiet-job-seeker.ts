/**
 * Persona `quiet-job-seeker`.
 *
 * Story: a logistics analyst between roles with about 150 connections at scale 1 and a LinkedIn
 * history of barely two years. They rarely post or comment and their export has no Reactions.csv
 * at all. Recruiters write to them (some are connections, some cold InMail in editor HTML); they
 * answer a few of them, apply to jobs and save others. A few former colleagues recommended them.
 * Their headline is their own ("Open to new opportunities in logistics analytics") and their
 * profile text is short.
 *
 * Planted values (computed from the generated spec at any scale; at scale 1):
 * reach_network_size 150 · depth_reciprocal_ties_12m 7 (3 friends + 4 answered recruiters) ·
 * latent_tie_share from the kit · dormant_tie_pool 'insufficient' (history < 1,095 days) ·
 * consumption_to_creation_ratio 'not-available' (no Reactions.csv) · late_night_activity_share
 * 'insufficient' (< 50 actions) · buzzword_density 'insufficient' (< 50 tokens) ·
 * default_headline_match 0 · invitation_personalisation_rate 'insufficient' (5 sent) ·
 * recommendations_received 4 · opportunity_inflow 18 · giving_receiving_balance 2/14 ·
 * dialogue_share 'insufficient' (< 20 public items).
 */
import type { Rng } from '../random.ts';
import type { PersonaSpec } from '../spec.ts';
import { createKit } from './kit.ts';
import { layOut, type PersonaShape } from './shape.ts';
import { buildProfile, plantedRecord } from './common.ts';

/** 20 April 2026, 11:03:00 UTC. */
export const QUIET_EXPORT_DATE = Date.UTC(2026, 3, 20, 11, 3, 0);

export const quietShape: PersonaShape = {
  connections: 150,
  recentConnectionShare: 0.15,
  closeTies: 3,
  burstsPerCloseTie: [1, 2],
  groupThreads: 0,
  dormant: 0,
  cooling: 0,
  oldAcquaintances: 6,
  inboundUnanswered: 4,
  opportunities: 14,
  answeredOpportunities: 4,
  coldShare: 0.5,
  outboundUnanswered: 2,
  reactionsW: 0,
  reactionsOld: 0,
  lateShare: 0.1,
  templatePostsW: 0,
  plainPostsW: 2,
  mentionPostsW: 0,
  repostsW: 0,
  commentsW: 4,
  postsOld: 1,
  commentsOld: 2,
  invitationsOut: 5,
  invitationsOutWithNote: 2,
  invitationsIn: 6,
  endorsementsIn: 8,
  endorsementsOut: 2,
  recommendationsIn: 4,
  recommendationsOut: 0,
  jobApplications: 25,
  savedJobs: 40,
  votes: 0,
  closeTieCompany: 'Brightloom Labs',
  historyDays: 800,
  signInEveryDays: 20,
};

/** Builds the quiet job-seeker persona at a scale (1 ≈ 150 connections). */
export function quietJobSeeker(rng: Rng, scale: number): PersonaSpec {
  const kit = createKit(rng, QUIET_EXPORT_DATE);
  const title = 'Logistics Analyst';
  const company = kit.company();
  const parts = buildProfile(rng.fork('profile'), kit, { title, company }, {
    headline: 'Open to new opportunities in logistics analytics',
    summary: [12, 0],
    descriptions: [
      [10, 0],
      [8, 0],
    ],
    headlineIsDefault: 0,
  });
  const { people } = layOut(kit, quietShape, scale, title);
  const planted = plantedRecord(kit, parts, 0, false, people.length);
  return kit.build({ persona: 'quiet-job-seeker', profile: parts.profile, positions: parts.positions, skills: parts.skills, planted, withReactions: false });
}
