/**
 * How a Bluesky repository export reaches us, per vintage (formats/bluesky.md §1), and the record
 * collections we read. A repository export is one CAR file; there are no folders or file families.
 */

/**
 * Names that mark an entry as a repository CAR file.
 * - `.car`: the app's "Export my data" download and `goat repo export` (indigo test data:
 *   `greenground.repo.car` 2023-08, `paul_staging.repo.car` 2022-11…2023-03).
 * - `…getRepo` with no extension: browsers saving the raw `com.atproto.sync.getRepo` response, as
 *   reported in bluesky-social/indigo#627 (2024-03, "I found out that the file is a .getRepo file").
 * Anything else is found only by content: the Node edge sets `magic: 'car'` on a loose file whose
 * first bytes are a CAR header.
 */
export const CAR_NAME = /\.car$/i;
export const GETREPO_NAME = /getrepo$/i;

/** Recognition weights: magic bytes are proof; a `.car` name nearly so; a `getRepo` name is a hint. */
export const CONFIDENCE = { magic: 1, carName: 0.9, getRepoName: 0.6 } as const;

/** Record collections (lexicon NSIDs) and what each becomes. */
export const COLLECTIONS = {
  post: 'app.bsky.feed.post',
  repost: 'app.bsky.feed.repost',
  like: 'app.bsky.feed.like',
  follow: 'app.bsky.graph.follow',
  block: 'app.bsky.graph.block',
  profile: 'app.bsky.actor.profile',
  /**
   * Legacy up/down vote, the like of the 2022 staging network: 54 blocks in `paul_staging.repo.car`
   * (2022-11), all of them history no longer reachable from the current commit. Read as a like when
   * a repository still holds one in its tree.
   */
  vote: 'app.bsky.feed.vote',
} as const;

/**
 * Collections only old repositories hold (formats/bluesky.md §3: `paul_staging`, 2022-11…2023-03).
 * Their presence names the repository "legacy" in the FileReport variant.
 */
export const LEGACY_COLLECTIONS: readonly string[] = [
  'app.bsky.feed.vote',
  'app.bsky.system.declaration',
  'app.bsky.graph.assertion',
  'app.bsky.graph.confirmation',
];

/** The web app's address for a DID and for one of its posts (the at:// form is not clickable). */
export const WEB = 'https://bsky.app/profile/';
