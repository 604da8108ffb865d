/**
 * File names in X's "Download an archive of your data" (formats/x.md §1–2), per vintage. Every data
 * file is `window.YTD.<global>.part<N> = [ … ]`; large data types are split into `<name>-part<N>.js`.
 * Files are found by base name anywhere in the tree (2019-2020 archives kept them at the zip root
 * [X3], later ones under `data/` [X1][X2]; users re-zip under an extra top folder), and the
 * manifest's file list is merged in when present.
 */

/** A data type: the manifest's `dataTypes` keys that name it, and the base-name pattern of its files and parts. */
export interface DataType {
  readonly manifestKeys: readonly string[];
  readonly pattern: RegExp;
  /** FileReport kind. */
  readonly kind: string;
}

export const DATA_TYPES = {
  /** Account id, username, display name, creation date: all vintages. */
  account: { manifestKeys: ['account'], pattern: /^account\.js$/i, kind: 'profile' },
  /** Bio, website, location: all vintages. */
  profile: { manifestKeys: ['profile'], pattern: /^profile\.js$/i, kind: 'profile' },
  /**
   * Own tweets. `tweet.js` / `YTD.tweet.part0` from 2019 to 2022-05 [X2][X3] (`tweet-part1.js` in
   * old split archives [X5]); `tweets.js` / `YTD.tweets.part0` from late 2022 (2023-08 manifest [X1]);
   * `tweets-part1.js`… when split [X4].
   */
  tweets: { manifestKeys: ['tweets', 'tweet'], pattern: /^tweets?(?:-part\d+)?\.js$/i, kind: 'posts' },
  /** Accounts following the user: `accountId` (+ `userLink` since ~2020), no name, no date. */
  follower: { manifestKeys: ['follower'], pattern: /^follower(?:-part\d+)?\.js$/i, kind: 'connections' },
  /** Accounts the user follows: same shape as follower.js. */
  following: { manifestKeys: ['following'], pattern: /^following(?:-part\d+)?\.js$/i, kind: 'connections' },
  /** Likes given: `tweetId`, `fullText`, `expandedUrl`; no timestamp and no author in real archives [X1]. */
  like: { manifestKeys: ['like'], pattern: /^like(?:-part\d+)?\.js$/i, kind: 'reactions' },
  /** One-to-one DM conversations: `YTD.direct_messages.part0` (hyphen in the file name, underscore in the global). */
  directMessages: { manifestKeys: ['directMessages'], pattern: /^direct-messages(?:-part\d+)?\.js$/i, kind: 'messages' },
  /** Group DM conversations: `YTD.direct_messages_group.part0`; messages have no `recipientId` [X4]. */
  directMessagesGroup: { manifestKeys: ['directMessagesGroup'], pattern: /^direct-messages-group(?:-part\d+)?\.js$/i, kind: 'messages' },
} as const satisfies Record<string, DataType>;

export type DataTypeName = keyof typeof DATA_TYPES;

/** `data/manifest.js` (`window.__THAR_CONFIG = {…}`): since ~2020 [X1][X2]. */
export const MANIFEST = 'manifest.js';

/**
 * A data file we do not read: any `name.js` or `name-partN.js` next to the data we read. Listed as
 * `other` in the data-quality section (ads, IP audit, blocks, mutes, lists, deleted tweets,
 * tweet headers, note tweets, DM headers...). The archive viewer's own scripts live under `assets/`.
 */
export const DATA_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:-part\d+)?\.js$/i;

/** Names that identify an X archive for recognize(): a data file of ours is strong, a generic one weak. */
export const RECOGNITION = {
  strong: ['tweets.js', 'tweet.js', 'follower.js', 'following.js', 'like.js', 'direct-messages.js', 'direct-messages-group.js'],
  weak: ['account.js', 'profile.js', 'Your archive.html', 'ageinfo.js', 'block.js', 'mute.js', 'tweet-headers.js', 'ad-impressions.js'],
  /** Weight of `manifest.js`: specific enough with one other X name to pass 0.5, not on its own. */
  manifestWeight: 0.4,
} as const;
