/**
 * Own posts, comments and reactions. No real public copy of these files was found; their shapes come
 * from importer code (formats/facebook.md §3, *secondary*), so every field is optional here and
 * both reaction shapes are read.
 */
import type { ArchiveEntry } from '../../archive/types.ts';
import { asObject, asString } from '../_shared/meta/read-json.ts';
import { readList } from '../_shared/meta/read-list.ts';
import type { MetaRun } from '../_shared/meta/run.ts';
import { fromEpochSeconds } from '../_shared/meta/time.ts';
import { firstUrl, labelValues } from '../_shared/meta/label-values.ts';

type Item = Record<string, unknown>;

/** Strings under `data[].<key>` (posts: `data[].post`; comments: `data[].comment.comment`). */
function dataValues(item: Item, pick: (d: Item) => unknown): string[] {
  const data = item['data'];
  if (!Array.isArray(data)) return [];
  const out: string[] = [];
  for (const d of data) {
    const o = asObject(d);
    const v = o ? asString(pick(o)) : undefined;
    if (v !== undefined && v.trim() !== '') out.push(v);
  }
  return out;
}

/** The first shared link among `attachments[].data[].external_context.url`. */
function sharedLink(item: Item): string | undefined {
  const atts = item['attachments'];
  if (!Array.isArray(atts)) return undefined;
  for (const a of atts) {
    const data = asObject(a)?.['data'];
    if (!Array.isArray(data)) continue;
    for (const d of data) {
      const url = asString(asObject(asObject(d)?.['external_context'])?.['url']);
      if (url !== undefined && url !== '') return url;
    }
  }
  return undefined;
}

/**
 * `your_posts…_N.json`: an item with text is a `post` (its shared link as targetUrl); one with
 * only a shared link is a `repost`; a photo or check-in without text is a `post` without text.
 * The `title` ("X shared a post.") is localised free text, so it is never parsed.
 */
export function readPosts(run: MetaRun, entry: ArchiveEntry): Promise<void> {
  return readList(run, entry, ['status_updates'], 'posts', (item, file, row) => {
    const text = dataValues(item, (d) => d['post']).join('\n\n');
    const link = sharedLink(item);
    const e = run.event(text === '' && link !== undefined ? 'repost' : 'post', 'out', file, row);
    const at = fromEpochSeconds(item['timestamp']);
    if (at !== undefined) e.at = at;
    if (text !== '') e.text = text;
    if (link !== undefined) e.targetUrl = link;
    return true;
  });
}

/** `comments.json` (`comments_v2`; 2019 `comments`): one `comment` per item. */
export function readComments(run: MetaRun, entry: ArchiveEntry, ownerNames: Map<string, number>): Promise<void> {
  return readList(run, entry, ['comments_v2', 'comments'], 'comments', (item, file, row) => {
    const comment = (d: Item) => asObject(d['comment']);
    const text = dataValues(item, (d) => comment(d)?.['comment']).join('\n\n');
    const inner = Array.isArray(item['data']) ? item['data'].map((d) => comment(asObject(d) ?? {})).find((c) => c !== undefined) : undefined;
    const author = asString(inner?.['author']);
    if (author !== undefined && author !== '') ownerNames.set(author, (ownerNames.get(author) ?? 0) + 1);
    const e = run.event('comment', 'out', file, row);
    const at = fromEpochSeconds(inner?.['timestamp']) ?? fromEpochSeconds(item['timestamp']);
    if (at !== undefined) e.at = at;
    if (text !== '') e.text = text;
    return true;
  });
}

/**
 * Reactions given, both shapes [F5]: old `{timestamp, title, data:[{reaction:{reaction, actor}}]}`
 * (wrapped as `reactions_v2` ~2022 or `reactions` in 2019) and new `{timestamp, label_values:[…]}`
 * with localised labels. The reaction type becomes `detail`; a URL label becomes `targetUrl`.
 */
export function readReactions(run: MetaRun, entry: ArchiveEntry, ownerNames: Map<string, number>): Promise<void> {
  return readList(run, entry, ['reactions_v2', 'reactions'], 'reactions', (item, file, row) => {
    const e = run.event('reaction', 'out', file, row);
    const at = fromEpochSeconds(item['timestamp']);
    if (at !== undefined) e.at = at;
    const data = Array.isArray(item['data']) ? item['data'] : [];
    const reaction = data.map((d) => asObject(asObject(d)?.['reaction'])).find((r) => r !== undefined);
    if (reaction) {
      const type = asString(reaction['reaction']);
      if (type !== undefined && type !== '') e.detail = type;
      const actor = asString(reaction['actor']);
      if (actor !== undefined && actor !== '') ownerNames.set(actor, (ownerNames.get(actor) ?? 0) + 1);
      return true;
    }
    const values = labelValues(item);
    // The reaction label is localised ("Reaction", Vietnamese "Cảm xúc"…): take it by name, else the first value.
    const type = values.get('reaction') ?? [...values.values()][0];
    if (type !== undefined && type !== '' && !/^https?:/i.test(type)) e.detail = type;
    const url = firstUrl(values);
    if (url !== undefined) e.targetUrl = url;
    return true;
  });
}
