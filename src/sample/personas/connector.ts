/**
 * Persona `connector`.
 *
 * Story: a smaller, deliberate network (about 250 connections at scale 1) with many real
 * conversations: about 45 people had a reciprocated 1:1 exchange in the last year, plus two group
 * chats. Five once-close ties (≥ 10 messages, last one more than three years ago) sit dormant, four
 * more are cooling. They give far more endorsements and recommendations than they receive, nearly
 * every invitation carries a personal note, they comment much more than they post, their headline
 * is their own sentence (no "{title} at {company}"), their profile uses few buzzwords, and they
 * rarely act late at night.
 *
 * Planted values (computed from the generated spec at any scale; at scale 1):
 * reach_network_size 250 · depth_reciprocal_ties_12m 45 · dormant_tie_pool 5 ·
 * default_headline_match 0 · invitation_personalisation_rate 0.85 · recommendations_received 3 ·
 * opportunity_inflow 10 · giving_receiving_balance 66/89 · continuous values (latent_tie_share,
 * consumption_to_creation_ratio ≈ 1.7, late_night_activity_share ≈ 0.05, buzzword_density ≈ 1,
 * dialogue_share ≈ 0.9) come from the kit's counts with tolerance 1e-9.
 */
import type { Rng } from '../random.ts';
import { jobTitle } from '../names.ts';
import type { PersonaSpec } from '../spec.ts';
import { createKit } from './kit.ts';
import { layOut, type PersonaShape } from './shape.ts';
import { buildProfile, plantedRecord } from './common.ts';

/** 2 February 2026, 09:15:00 UTC. */
export const CONNECTOR_EXPORT_DATE = Date.UTC(2026, 1, 2, 9, 15, 0);

export const connectorShape: PersonaShape = {
  connections: 250,
  recentConnectionShare: 0.06,
  closeTies: 45,
  burstsPerCloseTie: [2, 5],
  groupThreads: 2,
  dormant: 5,
  cooling: 4,
  oldAcquaintances: 20,
  inboundUnanswered: 8,
  opportunities: 10,
  answeredOpportunities: 0,
  coldShare: 0.3,
  outboundUnanswered: 6,
  reactionsW: 120,
  reactionsOld: 150,
  lateShare: 0.04,
  templatePostsW: 0,
  plainPostsW: 4,
  mentionPostsW: 3,
  repostsW: 2,
  commentsW: 60,
  postsOld: 10,
  commentsOld: 80,
  invitationsOut: 20,
  invitationsOutWithNote: 17,
  invitationsIn: 15,
  endorsementsIn: 20,
  endorsementsOut: 60,
  recommendationsIn: 3,
  recommendationsOut: 6,
  jobApplications: 0,
  savedJobs: 0,
  votes: 3,
  historyDays: 3000,
  signInEveryDays: 12,
};

/** Builds the connector persona at a scale (1 ≈ 250 connections). */
export function connector(rng: Rng, scale: number): PersonaSpec {
  const kit = createKit(rng, CONNECTOR_EXPORT_DATE);
  const title = jobTitle(rng.fork('title'));
  const company = kit.company();
  const parts = buildProfile(rng.fork('profile'), kit, { title, company }, {
    headline: 'I help small teams turn messy notes into shared decisions',
    summary: [90, 1],
    descriptions: [
      [35, 0],
      [30, 1],
      [20, 0],
    ],
    headlineIsDefault: 0,
  });
  const { people } = layOut(kit, connectorShape, scale, title);
  const planted = plantedRecord(kit, parts, 0, true, people.length);
  return kit.build({ persona: 'connector', profile: parts.profile, positions: parts.positions, skills: parts.skills, planted, withReactions: true });
}
