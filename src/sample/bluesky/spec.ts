/**
 * What a sample Bluesky repository holds, in terms a test can state: accounts by DID and handle,
 * and what the owner did when. A repository has no followers, no received likes and no chat
 * (formats/bluesky.md §4), so the spec has none either.
 */

/** Someone's post, as a record key under their DID (the writer makes the at:// URI). */
export interface PostRef {
  readonly did: string;
  readonly rkey: string;
}

export interface BlueskyPostSpec {
  readonly text: string;
  /** UTC ms. */
  readonly at: number;
  /** Write `createdAt` with this offset (`-07:00`, no milliseconds) instead of `Z` with milliseconds. */
  readonly offsetMinutes?: number;
  readonly langs?: readonly string[];
  /** Reply to someone's post (the thread root is the same post). */
  readonly replyTo?: PostRef;
  /** Reply to the owner's own post with this index in `posts` (a thread continuation). */
  readonly replyToOwn?: number;
  readonly quote?: PostRef;
  readonly link?: { readonly uri: string; readonly title: string };
  /** DIDs mentioned; the text must contain `@<handle>` of each (facets are byte ranges of those). */
  readonly mentions?: readonly string[];
}

export interface BlueskySpec {
  readonly owner: { readonly did: string; readonly handle: string; readonly displayName?: string; readonly description?: string };
  readonly people: readonly { readonly did: string; readonly handle: string }[];
  readonly follows: readonly { readonly did: string; readonly at: number }[];
  readonly blocks: readonly { readonly did: string; readonly at: number }[];
  readonly posts: readonly BlueskyPostSpec[];
  readonly reposts: readonly { readonly of: PostRef; readonly at: number }[];
  readonly likes: readonly { readonly of: PostRef; readonly at: number }[];
  /** 3 (default): current signed commit. 2: legacy commit with `prev`, plus an older commit and a deleted record left as history. */
  readonly version?: 2 | 3;
}
