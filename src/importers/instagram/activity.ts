/**
 * Likes, comments, posts, stories and saved items (real 2024-07 export [I2]; newer `label_values`
 * likes from [I3]). Timestamps are epoch seconds; labels in `string_map_data` are localised.
 */
import type { ArchiveEntry } from '../../archive/types.ts';
import { diagnostic } from '../../diagnostics/diagnostic.ts';
import { labelValues } from '../_shared/meta/label-values.ts';
import { asObject, asString } from '../_shared/meta/read-json.ts';
import { readList } from '../_shared/meta/read-list.ts';
import type { MetaRun } from '../_shared/meta/run.ts';
import { fromEpochSeconds } from '../_shared/meta/time.ts';
import { firstStringListData, mapField, userPerson } from './map.ts';

/**
 * `liked_posts.json` (`likes_media_likes`) and `liked_comments.json` (`likes_comment_likes`):
 * `{title:<owner username>, string_list_data:[{href, value:"👍", timestamp}]}` → `reaction` with time.
 */
export function readLikes(run: MetaRun, entry: ArchiveEntry): Promise<void> {
  return readList(run, entry, ['likes_media_likes', 'likes_comment_likes'], 'reactions', (item, file, row) => {
    const sld = firstStringListData(item);
    const lv = labelValues(item);
    const href = asString(sld?.['href']) ?? lv.get('url');
    const owner = asString(item['title']) || lv.get('username');
    const at = fromEpochSeconds(sld?.['timestamp']) ?? fromEpochSeconds(item['timestamp']);
    if (!sld && lv.size === 0) {
      run.sink.add(diagnostic('json.bad-item', 'warning', { file, row }, { field: 'string_list_data' }));
      return false;
    }
    const e = run.event('reaction', 'out', file, row);
    if (at !== undefined) e.at = at;
    const value = asString(sld?.['value']);
    e.detail = value !== undefined && value !== '' ? value : 'like';
    if (href !== undefined && href !== '') e.targetUrl = href;
    if (owner !== undefined && owner !== '') e.personIds = [run.person(userPerson(owner))];
    return true;
  });
}

/**
 * `post_comments_1.json` (older: `comments_media_comments` [I3]): `string_map_data` with Comment,
 * Media Owner and Time (Dutch: Opmerking, Media-eigenaar, Tijd) → `comment` to the media owner.
 */
export function readComments(run: MetaRun, entry: ArchiveEntry): Promise<void> {
  return readList(run, entry, ['comments_media_comments'], 'comments', (item, file, row) => {
    const text = asString(mapField(item, ['Comment', 'Opmerking'], 0)?.['value']);
    const owner = asString(mapField(item, ['Media Owner', 'Media-eigenaar'], 1)?.['value']);
    const time = mapField(item, ['Time', 'Tijd'], 2);
    if (text === undefined && time === undefined) {
      run.sink.add(diagnostic('json.bad-item', 'warning', { file, row }, { field: 'string_map_data' }));
      return false;
    }
    const e = run.event('comment', 'out', file, row);
    const at = fromEpochSeconds(time?.['timestamp']);
    if (at !== undefined) e.at = at;
    if (text !== undefined && text !== '') e.text = text;
    if (owner !== undefined && owner !== '') e.personIds = [run.person(userPerson(owner))];
    return true;
  });
}

/**
 * `posts_1.json`: multi-media posts put caption (`title`) and `creation_timestamp` at the top level,
 * single-media posts only inside `media[0]` (3 vs 1 in the real 2024-07 sample) → `post`.
 */
export function readPosts(run: MetaRun, entry: ArchiveEntry): Promise<void> {
  return readList(run, entry, [], 'posts', (item, file, row) => {
    const media = Array.isArray(item['media']) ? item['media'].map(asObject).filter((m) => m !== undefined) : [];
    const first = media[0];
    const caption = asString(item['title']) || asString(first?.['title']);
    const at = fromEpochSeconds(item['creation_timestamp']) ?? fromEpochSeconds(first?.['creation_timestamp']);
    if (at === undefined && !first) {
      run.sink.add(diagnostic('json.bad-item', 'warning', { file, row }, { field: 'media' }));
      return false;
    }
    const e = run.event('post', 'out', file, row);
    if (at !== undefined) e.at = at;
    if (caption !== undefined && caption !== '') e.text = caption;
    return true;
  });
}

/** `stories.json` (`ig_stories`): each story is a `post` with detail `story` (its caption, if any, as text). */
export function readStories(run: MetaRun, entry: ArchiveEntry): Promise<void> {
  return readList(run, entry, ['ig_stories'], 'posts', (item, file, row) => {
    const at = fromEpochSeconds(item['creation_timestamp']);
    const e = run.event('post', 'out', file, row);
    e.detail = 'story';
    if (at !== undefined) e.at = at;
    const caption = asString(item['title']);
    if (caption !== undefined && caption !== '') e.text = caption;
    return true;
  });
}

/** `saved_posts.json` (`saved_saved_media`): `{title:<owner>, string_map_data:{"Saved on":{href, timestamp}}}` → `save`. */
export function readSaved(run: MetaRun, entry: ArchiveEntry): Promise<void> {
  return readList(run, entry, ['saved_saved_media'], 'other', (item, file, row) => {
    const saved = mapField(item, ['Saved on', 'Opgeslagen op'], 0);
    const e = run.event('save', 'out', file, row);
    const at = fromEpochSeconds(saved?.['timestamp']);
    if (at !== undefined) e.at = at;
    const href = asString(saved?.['href']);
    if (href !== undefined && href !== '') e.targetUrl = href;
    // `title` is the saved media's owner; the href names the post, not the owner.
    const owner = asString(item['title']);
    if (owner !== undefined && owner !== '') e.personIds = [run.person(userPerson(owner))];
    return true;
  });
}
