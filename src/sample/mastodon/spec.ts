/**
 * A small Mastodon account of our own design, rendered by ./index.ts into the export's real files.
 * People are referred to by index into `people`; times are UTC epoch ms.
 */

export interface MastodonAccountSpec {
  readonly username: string;
  /** Server host, e.g. `zouthai.example`. */
  readonly host: string;
}

export interface MastodonOwnerSpec extends MastodonAccountSpec {
  readonly displayName: string;
  /** Plain text; rendered as `<p>…</p>`. */
  readonly bio: string;
  readonly website?: string;
  readonly createdAt: number;
}

export type MastodonVisibility = 'public' | 'unlisted' | 'private';

export type MastodonStatusSpec =
  | { readonly kind: 'post'; readonly at: number; readonly text: string; readonly visibility: MastodonVisibility; readonly mentions?: readonly number[]; readonly cw?: string; readonly link?: string }
  /** `to` = a person index, or `self` for a reply continuing one's own thread. */
  | { readonly kind: 'reply'; readonly at: number; readonly text: string; readonly visibility: MastodonVisibility; readonly to: number | 'self' }
  | { readonly kind: 'boost'; readonly at: number; readonly person: number }
  | { readonly kind: 'direct'; readonly at: number; readonly text: string; readonly to: readonly number[] };

export interface MastodonSpec {
  readonly owner: MastodonOwnerSpec;
  readonly people: readonly MastodonAccountSpec[];
  /** Person indices the owner follows (following_accounts.csv). */
  readonly follows: readonly number[];
  readonly lists: readonly { readonly title: string; readonly members: readonly number[] }[];
  readonly muted: readonly number[];
  readonly blocked: readonly number[];
  /** In time order. */
  readonly statuses: readonly MastodonStatusSpec[];
  /** Favourited statuses of people, by person index and post time (the status id derives from it). */
  readonly likes: readonly { readonly person: number; readonly postedAt: number }[];
  readonly bookmarks: readonly { readonly person: number; readonly postedAt: number }[];
}

/**
 * Mastodon status ids are snowflakes: milliseconds since the epoch shifted left 16 bits, plus a
 * sequence (`109305976208011760 >> 16` = 1667876834… ms = 2022-11-08T03:07:14Z). Strings: they exceed 2^53.
 */
export function statusId(at: number, seq: number): string {
  return ((BigInt(at) << 16n) + BigInt(seq & 0xffff)).toString();
}
