/**
 * File names in Instagram's "Download your information" JSON export, per vintage
 * (formats/instagram.md §1). Found by base name anywhere in the tree: folders moved
 * (`account_information/` 2021–22 → `personal_information/` 2023–24 → `personal_information/personal_information/`
 * 2025+; `content/` → `your_instagram_activity/media/` 2025+) and the real 2024-07 sample sits under `data/`.
 */

export const FILES = {
  /** `followers_and_following/following.json` (2021–22) and `connections/followers_and_following/following.json` (2023+, real 2024-12 [I1]). */
  following: ['following.json'],
  /** 2021–22 `followers.json` wrapped in `relationships_followers` [I5 instaddict#6]. */
  followersLegacy: ['followers.json'],
  /** `likes/liked_posts.json` → `likes_media_likes` (real 2024-07 [I2]). */
  likedPosts: ['liked_posts.json'],
  /** `likes/liked_comments.json` → `likes_comment_likes` (real 2024-07 [I2]). */
  likedComments: ['liked_comments.json'],
  /** `content/stories.json` → `ig_stories` (real 2024-07 [I2]). */
  stories: ['stories.json'],
  /** `saved/saved_posts.json` → `saved_saved_media` (real 2024-07 [I2]). */
  saved: ['saved_posts.json'],
  /**
   * The account profile (`profile_user`); the same base name also holds the Threads app profile
   * (`threads/personal_information.json`, real 2024-07 [I2]), which is told apart by its top key.
   */
  profile: ['personal_information.json'],
} as const satisfies Record<string, readonly string[]>;

/** `followers_1.json`, `followers_2.json`… (2023+: a bare list [I1][I5 instaddict#6]). */
export const FOLLOWERS_FILE = /^followers_\d+\.json$/i;
/** `posts_1.json`… (from 2022-11 [I5 pixelfed#3747]; 2025+ under `your_instagram_activity/media/`). */
export const POSTS_FILE = /^posts_\d+\.json$/i;
/** `post_comments_1.json` (2023+, real 2024-07 [I2]); older `post_comments.json` [I3]. */
export const COMMENTS_FILE = /^post_comments(?:_\d+)?\.json$/i;

/**
 * Known files with no signal for the measures: listed as `other`, never read. Secret conversations
 * hold device info only; the relationship side files (real 2024-12 [I1]) hold requests, blocks and
 * unfollows, not current ties.
 */
export const IGNORED_FILES: readonly string[] = [
  'secret_conversations.json',
  'recently_unfollowed_profiles.json',
  'pending_follow_requests.json',
  'recent_follow_requests.json',
  'removed_suggestions.json',
  'blocked_profiles.json',
  'close_friends.json',
  'no-data.txt',
];

/**
 * Names that identify an Instagram export. None is in Facebook's export (whose Messenger threads
 * share `message_1.json`), so neither importer claims the other's archive.
 */
export const RECOGNITION = {
  strong: ['followers_1.json', 'liked_posts.json', 'liked_comments.json', 'post_comments_1.json', 'secret_conversations.json'],
  weak: ['following.json', 'posts_1.json', 'stories.json', 'saved_posts.json', 'recently_unfollowed_profiles.json', 'pending_follow_requests.json', 'blocked_profiles.json'],
  /** 2025+ top folder (formats/instagram.md §1 [I4]). */
  folders: ['your_instagram_activity'],
} as const;
