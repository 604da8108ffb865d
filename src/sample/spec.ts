/**
 * What a persona is, independent of any file format: people and dated activity with exact UTC
 * timestamps. Writers render a spec into a platform's export; tests recompute measures from it.
 */

/** A planted value: what the measure must recover from the generated archive. */
export type Planted = number | { readonly value: number; readonly tolerance: number } | 'insufficient' | 'not-available';

export interface SpecPerson {
  readonly first: string;
  readonly last: string;
  /** Lower-case profile slug: `https://www.linkedin.com/in/<slug>`. */
  readonly slug: string;
  readonly company: string;
  readonly position: string;
  readonly email?: string;
}

export interface SpecConnection {
  readonly person: SpecPerson;
  /** 00:00 UTC of the day the connection was made (the export gives the date only). */
  readonly connectedOn: number;
}

export interface SpecMessage {
  readonly conversationId: string;
  readonly title: string;
  readonly from: SpecPerson;
  readonly to: readonly SpecPerson[];
  readonly at: number;
  readonly subject: string;
  /** Plain text; the writer wraps it in LinkedIn's editor HTML when `html` is set. */
  readonly content: string;
  readonly html: boolean;
  readonly folder: 'INBOX' | 'ARCHIVE' | 'SPAM';
}

export interface SpecInvitation {
  readonly from: SpecPerson;
  readonly to: SpecPerson;
  readonly at: number;
  readonly message: string;
  readonly direction: 'INCOMING' | 'OUTGOING';
}

export interface SpecShare {
  readonly at: number;
  /** Numeric activity id used in the share link. */
  readonly id: string;
  /** Empty for a repost without comment; lines separated by `\n`. */
  readonly text: string;
  readonly sharedUrl: string;
}

export interface SpecComment {
  readonly at: number;
  readonly link: string;
  readonly text: string;
}

export interface SpecReaction {
  readonly at: number;
  readonly type: string;
  readonly link: string;
}

export interface SpecVote {
  readonly at: number;
  readonly link: string;
  readonly option: string;
}

export interface SpecEndorsement {
  readonly at: number;
  readonly skill: string;
  readonly person: SpecPerson;
  readonly status: string;
}

export interface SpecRecommendation {
  readonly person: SpecPerson;
  readonly text: string;
  readonly at: number;
  readonly status: string;
}

export interface SpecMonth {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
}

export interface SpecPosition {
  readonly company: string;
  readonly title: string;
  readonly description: string;
  readonly location: string;
  readonly startedOn: SpecMonth;
  readonly finishedOn?: SpecMonth;
}

export interface SpecProfile {
  readonly headline: string;
  readonly summary: string;
  readonly industry: string;
  readonly zip: string;
  readonly geo: string;
  readonly twitter: string;
  readonly websites: string;
  readonly birthDate: string;
}

export interface SpecJob {
  readonly at: number;
  readonly company: string;
  readonly title: string;
  readonly url: string;
}

export interface SpecCompanyFollow {
  readonly organization: string;
  readonly at: number;
}

export interface SpecMemberFollow {
  readonly at: number;
  readonly fullName: string;
}

export interface SpecLearning {
  readonly title: string;
  readonly description: string;
  readonly type: 'COURSE' | 'VIDEO';
  readonly watched?: number;
  readonly completed?: number;
  readonly saved: boolean;
}

/**
 * A sign-in as Logins.csv lists it. The address is from the documentation ranges (RFC 5737, RFC 3849)
 * and the user agent invented: the importer must never keep either.
 */
export interface SpecLogin {
  readonly at: number;
  readonly ip: string;
  readonly userAgent: string;
  readonly type: string;
}

/** Everything one persona did, plus the values the measures must recover. */
export interface PersonaSpec {
  readonly persona: string;
  /** The owner; `slug` is the owner's own profile URL slug. */
  readonly owner: SpecPerson;
  /** T: the latest timestamp anywhere in the archive (a record falls exactly on it). */
  readonly exportDate: number;
  readonly profile: SpecProfile;
  readonly positions: readonly SpecPosition[];
  readonly skills: readonly string[];
  readonly connections: readonly SpecConnection[];
  readonly messages: readonly SpecMessage[];
  readonly invitations: readonly SpecInvitation[];
  readonly shares: readonly SpecShare[];
  readonly comments: readonly SpecComment[];
  /** Undefined: the persona's export has no Reactions.csv at all. */
  readonly reactions?: readonly SpecReaction[];
  readonly votes: readonly SpecVote[];
  readonly endorsementsReceived: readonly SpecEndorsement[];
  readonly endorsementsGiven: readonly SpecEndorsement[];
  readonly recommendationsReceived: readonly SpecRecommendation[];
  readonly recommendationsGiven: readonly SpecRecommendation[];
  readonly jobApplications: readonly SpecJob[];
  readonly savedJobs: readonly SpecJob[];
  readonly companyFollows: readonly SpecCompanyFollow[];
  readonly memberFollows: readonly SpecMemberFollow[];
  readonly learning: readonly SpecLearning[];
  /** Logins.csv rows, oldest first; empty when the persona has none. */
  readonly logins: readonly SpecLogin[];
  /** Keyed by measure id (measure-contract.md). */
  readonly planted: Readonly<Record<string, Planted>>;
}

export const DAY_MS = 86_400_000;

/** The measure ids of measure-contract.md: every persona plants a value for each. */
export const MEASURE_IDS = [
  'reach_network_size',
  'depth_reciprocal_ties_12m',
  'latent_tie_share',
  'dormant_tie_pool',
  'consumption_to_creation_ratio',
  'late_night_activity_share',
  'buzzword_density',
  'default_headline_match',
  'invitation_personalisation_rate',
  'recommendations_received',
  'opportunity_inflow',
  'giving_receiving_balance',
  'dialogue_share',
  // Tensions 1–3, second group (planted-t1-t3.ts).
  'employer_concentration',
  'dunbar_layer_profile',
  'learning_follow_through',
  'source_diversity',
  'followed_sources_load',
  'checking_frequency',
  'lexical_diversity_mtld',
  'template_phrase_rate',
  'self_similarity',
  // Tensions 4–5, second group (planted-t4-t5.ts).
  'network_mobilisation',
  'job_search_conversion',
  'professional_content_share',
  'network_adjacent_moves',
  'composed_share',
  'amplify_others_share',
  'self_promotion_share',
  'connection_accumulation_bursts',
] as const;

/** A person's profile URL as LinkedIn writes it in Connections.csv and messages.csv. */
export function profileUrl(p: SpecPerson): string {
  return `https://www.linkedin.com/in/${p.slug}`;
}

/** "First Last", as LinkedIn renders a member's name. */
export function fullName(p: SpecPerson): string {
  return p.last ? `${p.first} ${p.last}` : p.first;
}
