/**
 * The raw shapes of the Instagram files we read, as exported (after mojibake repair). Readers check
 * every field; these types document the layout and type the sample writer.
 */

/** One follow/like/saved entry: `{title, media_list_data?, string_list_data:[{href, value?, timestamp}]}`. */
export interface RawListItem {
  title: string;
  media_list_data?: unknown[];
  string_list_data: { href: string; value?: string; timestamp: number }[];
}

/** `post_comments_1.json` item; labels localised. */
export interface RawCommentItem {
  media_list_data: { uri: string }[];
  string_map_data: { Comment: { value: string }; 'Media Owner': { value: string }; Time: { timestamp: number } };
}

export interface RawMedia {
  uri: string;
  creation_timestamp: number;
  media_metadata?: unknown;
  title: string;
  cross_post_source?: { source_app: string };
}

/** `posts_1.json` item: multi-media posts carry caption and time at the top level, single ones only in `media[0]`. */
export interface RawPost {
  media: RawMedia[];
  title?: string;
  creation_timestamp?: number;
}

/** `saved_posts.json` → `saved_saved_media` item. */
export interface RawSaved {
  title: string;
  string_map_data: { 'Saved on': { href: string; timestamp: number } };
}

/** `personal_information.json` → `profile_user[0]` (fields we read; shape partly unverified). */
export interface RawProfileUser {
  media_map_data?: Record<string, unknown>;
  string_map_data: Record<string, { href: string; value: string; timestamp: number }>;
}
