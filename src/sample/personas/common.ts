/** What the three LinkedIn personas share: the profile block, positions and the planted record. */
import type { Rng } from '../random.ts';
import { INDUSTRIES, PLACES, SKILLS } from '../names.ts';
import type { Planted, SpecPosition, SpecProfile } from '../spec.ts';
import type { Kit } from './kit.ts';
import * as rule from './planted.ts';
import { countTokens, plantedText } from './profile-text.ts';
import { plantedForT1T3 } from './planted-t1-t3.ts';
import { plantedForT4T5 } from './planted-t4-t5.ts';

export interface ProfilePlan {
  readonly headline: string;
  /** Filler tokens and buzzwords in the summary and in each position description. */
  readonly summary: readonly [number, number];
  readonly descriptions: readonly (readonly [number, number])[];
  /** 1 when the headline is exactly "{title} at {org}" of the current position, else 0. */
  readonly headlineIsDefault: 0 | 1;
}

export interface ProfileParts {
  readonly profile: SpecProfile;
  readonly positions: SpecPosition[];
  readonly skills: string[];
  readonly buzzword: Planted;
}

/** Builds Profile.csv and Positions.csv content whose buzzword density is known by construction. */
export function buildProfile(rng: Rng, kit: Kit, current: { title: string; company: string }, plan: ProfilePlan): ProfileParts {
  const summary = plantedText(rng, plan.summary[0], plan.summary[1]);
  const geo = rng.pick(PLACES);
  const positions: SpecPosition[] = [];
  let buzz = summary.buzzwords;
  const texts = [plan.headline, summary.text];
  const y = new Date(kit.T).getUTCFullYear();
  plan.descriptions.forEach(([filler, words], i) => {
    const d = filler + words > 0 ? plantedText(rng, filler, words) : { text: '', buzzwords: 0 };
    buzz += d.buzzwords;
    texts.push(d.text);
    const start = { year: y - 2 - 3 * i, month: rng.int(1, 12) };
    positions.push({
      company: i === 0 ? current.company : kit.company(),
      title: i === 0 ? current.title : `${rng.pick(['Associate', 'Junior', ''])} ${current.title.split(' ').slice(-2).join(' ')}`.trim(),
      description: d.text,
      location: geo,
      startedOn: start,
      ...(i === 0 ? {} : { finishedOn: { year: start.year + 3, month: rng.int(1, 12) } }),
    });
  });
  const tokens = texts.reduce((s, t) => s + countTokens(t), 0);
  return {
    profile: {
      headline: plan.headline,
      summary: summary.text,
      industry: rng.pick(INDUSTRIES),
      zip: '',
      geo,
      twitter: '',
      websites: '',
      birthDate: `${rng.pick(['Jan', 'Apr', 'Jul', 'Oct'])} ${rng.int(1, 28)}`,
    },
    positions,
    skills: rng.shuffle(SKILLS).slice(0, 8),
    buzzword: tokens >= 50 ? { value: (buzz / tokens) * 100, tolerance: 1e-9 } : 'insufficient',
  };
}

/** The planted record for every measure of measure-contract.md, from the kit's counts. */
export function plantedRecord(kit: Kit, parts: ProfileParts, headlineIsDefault: 0 | 1, hasReactionsFile: boolean, connections: number): Record<string, Planted> {
  kit.settleEmployers(parts.positions.find((x) => x.finishedOn === undefined)?.company);
  kit.settleSignIns();
  const s = kit.state();
  // The newer rules read the finished records (posts, messages, jobs), which the kit's counters do not keep.
  const records = kit.build({ persona: '', profile: parts.profile, positions: parts.positions, skills: parts.skills, planted: {}, withReactions: hasReactionsFile });
  return {
    reach_network_size: connections,
    depth_reciprocal_ties_12m: rule.plantedDepth(s),
    latent_tie_share: rule.plantedLatent(s),
    dormant_tie_pool: rule.plantedDormant(s),
    consumption_to_creation_ratio: rule.plantedConsumption(s, hasReactionsFile),
    late_night_activity_share: rule.plantedLateNight(s),
    buzzword_density: parts.buzzword,
    default_headline_match: headlineIsDefault,
    invitation_personalisation_rate: rule.plantedInvitations(s),
    recommendations_received: rule.plantedRecommendationsReceived(s),
    opportunity_inflow: rule.plantedOpportunity(s),
    giving_receiving_balance: rule.plantedGiving(s),
    dialogue_share: rule.plantedDialogue(s),
    ...plantedForT1T3(s, parts, records),
    ...plantedForT4T5(s, parts, records),
  };
}
