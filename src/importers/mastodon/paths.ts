/**
 * File names in a Mastodon export (formats/mastodon.md §1–2). Found by base name anywhere in the
 * tree: users re-zip an extracted archive under an extra folder (s427/MARL searches below the root).
 *
 * Vintages: the archive is `archive-YYYYMMDDHHMMSS-<hex32>.tar.gz` before Mastodon 4.1 and a `.zip`
 * from 4.1 (2023-02, PR #23360) with the same file names at the root. The CSVs are separate
 * downloads from the "Data export" page (issue #27683), so they may come on their own or be added
 * to the folder by the user.
 */

export const FILES = {
  /** Own posts, boosts and sent DMs: ActivityStreams OrderedCollection. */
  outbox: ['outbox.json'],
  /** The owner's ActivityPub `Person`. */
  actor: ['actor.json'],
  /** Favourites given: status URIs only. */
  likes: ['likes.json'],
  bookmarks: ['bookmarks.json'],
  /** CSV exports (export.rb). */
  following: ['following_accounts.csv'],
  lists: ['lists.csv'],
  blocked: ['blocked_accounts.csv'],
  muted: ['muted_accounts.csv'],
  blockedDomains: ['blocked_domains.csv'],
  bookmarksCsv: ['bookmarks.csv'],
} as const satisfies Record<string, readonly string[]>;

/**
 * Names that identify a Mastodon export for recognize(). `outbox.json`/`actor.json` are the
 * ActivityPub archive; `following_accounts.csv` alone is a CSV-only download. The weak names are
 * generic (`likes.json` is also in 2019-era Instagram exports; `lists.csv` anywhere).
 */
export const RECOGNITION = {
  strong: ['outbox.json', 'actor.json', 'following_accounts.csv'],
  weak: ['likes.json', 'bookmarks.json', 'muted_accounts.csv', 'blocked_accounts.csv', 'blocked_domains.csv', 'lists.csv', 'bookmarks.csv'],
} as const;
