/**
 * The ledger: one person's career traces across platforms, as platform-neutral records. Importers
 * produce it; measures read it and nothing else. Timestamps are UTC epoch milliseconds.
 */

export const platforms = ['linkedin', 'x', 'mastodon', 'bluesky', 'facebook', 'instagram'] as const;
export type Platform = (typeof platforms)[number];

/** Where a record came from, for data-quality notes and per-platform breakdowns. */
export interface SourceRef {
  readonly platform: Platform;
  readonly file: string;
  /** 1-based data row or element index. */
  readonly row: number;
}

/** A human other than the user, as one platform knows them. Identity resolution may later merge people across platforms. */
export interface Person {
  /** Stable within the ledger: `<platform>:<kind>:<key>`, e.g. `linkedin:url:https://www.linkedin.com/in/jane-doe`. */
  readonly id: string;
  readonly platform: Platform;
  readonly name?: string;
  readonly handle?: string;
  readonly profileUrl?: string;
  /** Current organisation and role, where the export gives them (a snapshot at export time). */
  readonly organisation?: string;
  readonly role?: string;
  readonly email?: string;
}

export type TieKind = 'connection' | 'follows' | 'followed-by' | 'friend';

/** The user's relation to a person (or page) on one platform. */
export interface Tie {
  readonly personId: string;
  readonly platform: Platform;
  readonly kind: TieKind;
  /** When the tie was formed, if the export says. */
  readonly since?: number;
  readonly source: SourceRef;
}

/**
 * Event kinds. "Composed" kinds carry authored text; "one-click" kinds do not (CODEBOOK §1.3).
 * `follow` covers follows of pages, companies and members that are not ties to a person in the graph.
 * `login` is a sign-in the platform recorded (LinkedIn Logins.csv): a trace of use, never an action.
 */
export type EventKind =
  | 'message'
  | 'post'
  | 'repost'
  | 'comment'
  | 'reply'
  | 'reaction'
  | 'vote'
  | 'endorsement'
  | 'recommendation'
  | 'invitation'
  | 'job-application'
  | 'job-save'
  | 'follow'
  | 'save'
  | 'learning'
  | 'login';

export type Direction = 'out' | 'in';

export interface LedgerEvent {
  readonly kind: EventKind;
  readonly platform: Platform;
  /** `out` when the user acted; `in` when someone acted towards the user. */
  readonly direction: Direction;
  /** UTC epoch ms; absent when the export has no timestamp (e.g. X likes). */
  readonly at?: number;
  /** The counterpart(s): for a sent message its recipients, for a received one its sender. */
  readonly personIds?: readonly string[];
  /** Message thread key; messages in one thread share it. */
  readonly conversationId?: string;
  /** Number of participants in the thread including the user (2 = one-to-one). */
  readonly participants?: number;
  readonly text?: string;
  readonly subject?: string;
  /** The item's own link (post URL, job URL, learning item). */
  readonly url?: string;
  /** A link the item shares or points to (an article, a reacted-to post). */
  readonly targetUrl?: string;
  /** Platform visibility label as exported (e.g. MEMBER_NETWORK, public, unlisted, direct). */
  readonly visibility?: string;
  /** Reaction type (LIKE, PRAISE...), endorsement skill, invitation note present, job title... */
  readonly detail?: string;
  /** Organisation named by the event (job application company, recommender's company). */
  readonly organisation?: string;
  /** For invitations: whether a personal note was attached. */
  readonly hasNote?: boolean;
  /** For endorsements/recommendations: status as exported (ACCEPTED, VISIBLE...). */
  readonly status?: string;
  readonly source: SourceRef;
}

export interface Position {
  readonly organisation: string;
  readonly title: string;
  readonly description?: string;
  readonly location?: string;
  /** `YYYY-MM` or `YYYY`. */
  readonly startedOn?: string;
  readonly finishedOn?: string;
}

/** The user's own self-presentation on one platform. */
export interface Profile {
  readonly platform: Platform;
  readonly name?: string;
  readonly handle?: string;
  readonly profileUrl?: string;
  readonly headline?: string;
  readonly summary?: string;
  readonly industry?: string;
  readonly location?: string;
  readonly websites: readonly string[];
  readonly positions: readonly Position[];
  readonly skills: readonly string[];
}

/** Per-file account of what was read, for the data-quality section. */
export interface FileReport {
  readonly platform: Platform;
  readonly archive: string;
  readonly file: string;
  /** What the file holds: a capability name (see importers/importer.ts) or "other". */
  readonly kind: string;
  readonly records: number;
  readonly skipped: number;
  /** Header/format variant observed, e.g. "2024 (10 columns)". */
  readonly variant?: string;
  readonly encoding?: string;
}

/** One person's traces from all archives read in one run. */
export interface Ledger {
  readonly people: ReadonlyMap<string, Person>;
  readonly ties: readonly Tie[];
  readonly events: readonly LedgerEvent[];
  readonly profiles: readonly Profile[];
  readonly files: readonly FileReport[];
  /** Platforms present in this run. */
  readonly platforms: readonly Platform[];
  /** Kinds of data present (a file of that kind was found, even if empty): "connections", "messages"... */
  readonly available: ReadonlySet<string>;
  /** Latest timestamp anywhere in the archives (CODEBOOK §1.1 `T`). */
  readonly latestTimestamp?: number;
}
