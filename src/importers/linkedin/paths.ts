/**
 * File names in LinkedIn's "Get a copy of your data" export, per vintage (formats/linkedin.md §1).
 * Files are found by base name anywhere in the tree, case-insensitively: users re-zip the export
 * under an extra top folder (`Complete_LinkedInDataExport_09-12-2022 (1)/`), and `Jobs/` is a sub-folder.
 */

export const FILES = {
  /** All vintages. */
  connections: ['Connections.csv'],
  /** `Messages.csv` in 2018 (abhishekwebcode 2018-11), `messages.csv` from 2022 (Sajiah 2022-09, apk0703 2024-03). */
  messages: ['messages.csv', 'Messages.csv'],
  invitations: ['Invitations.csv'],
  /** All vintages; the 2018 one is UTF-16LE and tab-separated. */
  shares: ['Shares.csv'],
  comments: ['Comments.csv'],
  reactions: ['Reactions.csv'],
  votes: ['Votes.csv'],
  /** 2021-12 (mayara-canaver), 2022-09, 2024-03. */
  endorsementsReceived: ['Endorsement_Received_Info.csv'],
  /**
   * Legacy spelling with spaces, UTF-16LE + tab, seen next to the underscore file in the 2022-09 export
   * (Sajiah): read only when the underscore file is missing.
   */
  endorsementsReceivedLegacy: ['Endorsement Received Info.csv'],
  endorsementsGiven: ['Endorsement_Given_Info.csv'],
  /** Received seen 2024-06 (SStellaMary); Given only as a header (secondary source). */
  recommendationsReceived: ['Recommendations_Received.csv'],
  recommendationsGiven: ['Recommendations_Given.csv'],
  profile: ['Profile.csv'],
  profileSummary: ['Profile Summary.csv'],
  positions: ['Positions.csv'],
  skills: ['Skills.csv'],
  /** Under `Jobs/` in 2022 and 2024 exports. */
  jobApplications: ['Job Applications.csv'],
  savedJobs: ['Saved Jobs.csv'],
  companyFollows: ['Company Follows.csv'],
  memberFollows: ['Member_Follows.csv'],
  learning: ['Learning.csv'],
  /** 2025 (mooreporfavor 2025-10): Login Date, IP Address, User Agent, Login Type. */
  logins: ['Logins.csv'],
  /** `Rich_Media.csv` only in a secondary source. */
  richMedia: ['Rich Media.csv', 'Rich_Media.csv'],
} as const satisfies Record<string, readonly string[]>;

/**
 * Known files that carry no signal for the measures: listed in the data-quality section as `other`,
 * never read. 2018 spellings with spaces sit next to their later forms.
 */
export const IGNORED_FILES: readonly string[] = [
  'Education.csv',
  'Certifications.csv',
  'Languages.csv',
  'Projects.csv',
  'Honors.csv',
  'Courses.csv',
  'Publications.csv',
  'Patents.csv',
  'Volunteering.csv',
  'Hashtag_Follows.csv',
  'Saved_Items.csv',
  'SearchQueries.csv',
  'Search Queries.csv',
  'Registration.csv',
  'Email Addresses.csv',
  'PhoneNumbers.csv',
  'Phone Numbers.csv',
  'Contacts.csv',
  'Imported Contacts.csv',
  'Ad_Targeting.csv',
  'Ad Targeting.csv',
  'Inferences_about_you.csv',
  'Ads Clicked.csv',
  'Account Status History.csv',
  'Reviews.csv',
  'Security Challenges.csv',
  'Calendar.csv',
  'Events.csv',
  'Receipts.csv',
  'Receipts_v2.csv',
  'Job Seeker Preferences.csv',
  'Job Applicant Saved Answers.csv',
  'Job Applicant Saved Screening Question Responses.csv',
  'Job Applicant Saved Screening Question Responses_1.csv',
  'SavedJobAlerts.csv',
  'Whatsapp Phone Numbers.csv',
  'Private_identity_asset.csv',
  'Verifications.csv',
];

/**
 * Names that identify a LinkedIn export for recognize(): `strong` ones are specific enough that one
 * of them makes the archive LinkedIn's (0.5 each), `weak` ones are generic CSV names (0.1 each).
 */
export const RECOGNITION = {
  strong: ['Connections.csv', 'Invitations.csv', 'Endorsement_Received_Info.csv', 'Shares.csv', 'messages.csv'],
  weak: ['Profile.csv', 'Positions.csv', 'Skills.csv', 'Reactions.csv', 'Comments.csv', 'Company Follows.csv', 'Member_Follows.csv', 'Votes.csv'],
} as const;
