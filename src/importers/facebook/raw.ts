/**
 * The raw shapes of the Facebook files we read, as exported (after mojibake repair). Readers treat
 * every field as optional and check it; these types document the layout and type the sample writer.
 */

/** `{name, timestamp}`: friends (`friends_v2`), requests, removed friends, following (`following_v3`); followers lack `timestamp`. */
export interface RawNameItem {
  name: string;
  timestamp?: number;
}

export interface RawMessage {
  sender_name: string;
  /** Epoch milliseconds. */
  timestamp_ms: number;
  content?: string;
  share?: { link?: string; share_text?: string };
  photos?: { uri: string; creation_timestamp: number }[];
  reactions?: { reaction: string; actor: string }[];
  is_geoblocked_for_viewer: boolean;
  is_unsent_image_by_messenger_kid_parent?: boolean;
}

/** One `message_N.json`; messages newest first. */
export interface RawThread {
  participants: { name: string }[];
  messages: RawMessage[];
  title: string;
  is_still_participant: boolean;
  thread_path: string;
  magic_words: unknown[];
}

/** One item of `your_posts__check_ins__photos_and_videos_N.json` (secondary source [F4][F6]). */
export interface RawPost {
  timestamp: number;
  data?: ({ post: string } | { update_timestamp: number })[];
  attachments?: { data: ({ external_context: { url: string; name?: string } } | { media: { uri: string; creation_timestamp: number; title?: string } })[] }[];
  title?: string;
  tags?: { name: string }[];
}

/** One item of `comments.json` → `comments_v2`. */
export interface RawComment {
  timestamp: number;
  data?: { comment: { timestamp: number; comment: string; author: string; group?: string } }[];
  title?: string;
}

/** `likes_and_reactions_N.json`, new shape. */
export interface RawLabelReaction {
  timestamp: number;
  label_values: ({ label: string; value: string } | { label: string; href: string })[];
  fbid?: string;
}

/** `likes_and_reactions_N.json`, old shape. */
export interface RawTitleReaction {
  timestamp: number;
  title: string;
  data: { reaction: { reaction: string; actor: string } }[];
}

/** `profile_information.json` → `profile_v2` (fields we read). */
export interface RawProfile {
  name: { full_name: string; first_name?: string; middle_name?: string; last_name?: string };
  username?: string;
  profile_uri?: string;
  websites?: { address: string }[];
  work_experiences?: { employer: string; title?: string; description?: string; location?: string; start_timestamp?: number; end_timestamp?: number }[];
  registration_timestamp?: number;
}
