/** The small spec an X sample archive is written from: ids are strings, times UTC epoch ms. */

export interface XSamplePerson {
  readonly accountId: string;
  readonly handle: string;
  readonly name: string;
}

export interface XSampleTweet {
  readonly at: number;
  /** The words the owner wrote; the writer adds the `@handle ` of a reply, the `RT @handle: ` of a retweet and t.co links. */
  readonly text: string;
  readonly kind: 'post' | 'reply' | 'retweet' | 'quote';
  /** reply: the account and status replied to (the owner's own account id for a thread continuation). */
  readonly replyTo?: { readonly accountId: string; readonly statusId: string };
  /** retweet: the original author; quote: the quoted author. */
  readonly author?: string;
  /** quote: the quoted status id. */
  readonly quotedStatusId?: string;
  /** Account ids mentioned; each must appear in `text` as `@handle`. */
  readonly mentions?: readonly string[];
  /** Links appended to the text as t.co links. */
  readonly links?: readonly string[];
}

export interface XSampleLike {
  readonly tweetId: string;
  readonly text: string;
}

export interface XSampleConversation {
  /** The other members (account ids); one makes a 1:1 conversation, more a group. */
  readonly with: readonly string[];
  /** Group conversations only: their numeric id. */
  readonly groupId?: string;
  readonly messages: readonly { readonly from: string; readonly at: number; readonly text: string }[];
}

export interface XSampleSpec {
  readonly owner: {
    readonly accountId: string;
    readonly handle: string;
    readonly name: string;
    readonly email: string;
    readonly createdAt: number;
    readonly bio: string;
    readonly website: string;
    readonly location: string;
  };
  /** When the archive was generated (manifest `generationDate`). */
  readonly generatedAt: number;
  readonly people: readonly XSamplePerson[];
  readonly followers: readonly string[];
  readonly following: readonly string[];
  readonly tweets: readonly XSampleTweet[];
  readonly likes: readonly XSampleLike[];
  readonly conversations: readonly XSampleConversation[];
}

export interface XWriteOptions {
  /**
   * `2019`: files at the zip root, `[ {` … `}, {` … `} ]` layout, follower rows with `accountId` only,
   * no manifest (2019-2020 [X3]); `2022`: `data/tweet.js` / `YTD.tweet` (to 2022-05 [X2]);
   * `2023` (default): `data/tweets.js` / `YTD.tweets` with `edit_info` [X1].
   */
  readonly vintage?: '2019' | '2022' | '2023';
  /** Split tweets into `tweets.js`, `tweets-part1.js`… of at most this many each. */
  readonly tweetsPerPart?: number;
  /** Nest every file under one extra folder, as users who unzip and re-zip do. */
  readonly topFolder?: string;
}
