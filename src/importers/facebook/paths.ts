/**
 * File names in Facebook's "Download your information" JSON export, per vintage
 * (formats/facebook.md §1). Files are found by base name anywhere in the tree: the folders moved
 * (`posts/` 2018–2023 → `your_activity_across_facebook/` 2023–24 → `your_facebook_activity/` since
 * 2024; `friends/` → `friends_and_followers/` → `connections/friends/`), users re-zip under a
 * `facebook-<name>-<date>/` wrapper, and big accounts get several zip parts.
 */

export const FILES = {
  /** 2026 `connections/friends/your_friends.json` (real, tieubachlongblog); ≤2021 `friends/friends.json` [F2][F3]. */
  friends: ['your_friends.json', 'friends.json'],
  /** 2026 `received_friend_requests.json`; ~2021 `friend_requests_received.json` (CODEBOOK §2). */
  requestsReceived: ['received_friend_requests.json', 'friend_requests_received.json'],
  requestsSent: ['sent_friend_requests.json', 'friend_requests_sent.json'],
  /** 2026 `removed_friends.json` (`deleted_friends_v2`). */
  removedFriends: ['removed_friends.json'],
  /** 2026 `connections/followers/who_you've_followed.json` (`following_v3`); 2019 `following_and_followers/following.json`. */
  following: ["who_you've_followed.json", 'who_you_follow.json', 'following.json'],
  /** 2026 `people_who_followed_you.json` (`followers_v3`, no timestamps); 2019 `followers.json`. */
  followers: ['people_who_followed_you.json', 'followers.json'],
  /** `profile_information/profile_information.json` in every vintage (`profile_v2` since ~2021, `profile` in 2019). */
  profile: ['profile_information.json'],
  /** Comments given: `comments.json` (`comments_v2`, 2019 `comments`) [F5][F2]. */
  comments: ['comments.json'],
  /** 2019 `likes_and_reactions/posts_and_comments.json` (`reactions`) [F2]. */
  reactionsLegacy: ['posts_and_comments.json'],
} as const satisfies Record<string, readonly string[]>;

/**
 * Numbered splits: `your_posts_1.json` (≤2023), `your_posts__check_ins__photos_and_videos_1.json`
 * (2024+) [F4][F6]; 2019 `your_posts.json` (`status_updates`) [F2].
 */
export const POSTS_FILE = /^your_posts(?:__check_ins__photos_and_videos)?(?:_\d+)?\.json$/i;

/** `likes_and_reactions_1.json`… (2023+) and `likes_and_reactions.json` [F5]. */
export const REACTIONS_FILE = /^likes_and_reactions(?:_\d+)?\.json$/i;

/**
 * Known files with no signal for the measures: listed as `other` in the data-quality section, never
 * read. `your_post_audiences.json` (real 2026) holds audience lists, not ties; `no-data.txt` marks
 * an empty category [F5].
 */
export const IGNORED_FILES: readonly string[] = ['your_post_audiences.json', 'no-data.txt'];

/**
 * Names that identify a Facebook export for recognize(). None is shared with Instagram's export:
 * both have `message_1.json` and `following.json`/`followers_1.json`-like names, so those are not
 * used here.
 */
export const RECOGNITION = {
  strong: ['your_friends.json', 'profile_information.json', "who_you've_followed.json", 'people_who_followed_you.json'],
  weak: [
    'received_friend_requests.json',
    'sent_friend_requests.json',
    'removed_friends.json',
    'your_posts_1.json',
    'your_posts__check_ins__photos_and_videos_1.json',
    'likes_and_reactions_1.json',
    'friends.json',
  ],
  /** 2024+ top folders (formats/facebook.md §1 [F4]): they name the app even in a Messenger-only download. */
  folders: ['your_facebook_activity', 'your_activity_across_facebook'],
} as const;
