/** Tweet elements of tweets.js / tweet.js, with the keys in the order X writes them (2022-05 [X2], 2023-08 [X1]). */
import type { Json } from './format.ts';
import { escapeTweetText, isoDate, snowflake, tco, twitterDate } from './format.ts';
import type { XSamplePerson, XSampleSpec, XSampleTweet } from './spec.ts';

/** The status id the writer gives the n-th tweet of a spec (0-based), so tests and specs can refer to it. */
export function sampleStatusId(tweet: XSampleTweet, n: number): string {
  return snowflake(tweet.at, n);
}

/** The `{ "tweet" : { … } }` element for one spec tweet. */
export function tweetElement(spec: XSampleSpec, t: XSampleTweet, n: number, vintage: '2022' | '2023'): Json {
  const who = (accountId: string | undefined): XSamplePerson | undefined => spec.people.find((p) => p.accountId === accountId);
  const owner = { accountId: spec.owner.accountId, handle: spec.owner.handle, name: spec.owner.name };
  const id = sampleStatusId(t, n);
  const author = who(t.author);
  const replied = t.replyTo?.accountId === owner.accountId ? owner : who(t.replyTo?.accountId);
  let text = t.text;
  if (t.kind === 'retweet' && author) text = `RT @${author.handle}: ${text}`;
  if (t.kind === 'reply' && replied && replied !== owner) text = `@${replied.handle} ${text}`;
  const links = [...(t.links ?? [])];
  if (t.kind === 'quote' && author && t.quotedStatusId) links.push(`https://twitter.com/${author.handle}/status/${t.quotedStatusId}`);
  const urls: Json[] = [];
  for (const link of links) {
    const short = tco(link);
    const start = [...text].length + 1;
    text = `${text} ${short}`;
    urls.push({ url: short, expanded_url: link, display_url: link.replace(/^https?:\/\//, '').slice(0, 26), indices: [String(start), String(start + short.length)] });
  }
  const mentioned = [...(t.kind === 'retweet' && author ? [author] : []), ...(replied && replied !== owner ? [replied] : [])];
  for (const m of t.mentions ?? []) {
    const p = who(m);
    if (p && !mentioned.includes(p)) mentioned.push(p);
  }
  const user_mentions: Json[] = mentioned.map((p) => {
    const start = codePointIndex(text, `@${p.handle}`);
    return { name: p.name, screen_name: p.handle, indices: [String(start), String(start + p.handle.length + 1)], id_str: p.accountId, id: p.accountId };
  });
  const length = String([...text].length);
  const reply = t.replyTo && replied;
  const tweet: Record<string, Json> = {};
  if (vintage === '2023') {
    tweet['edit_info'] = { initial: { editTweetIds: [id], editableUntil: isoDate(t.at + 3_600_000), editsRemaining: '5', isEditEligible: t.kind !== 'retweet' } };
  }
  tweet['retweeted'] = false;
  tweet['source'] = '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>';
  tweet['entities'] = { hashtags: [], symbols: [], user_mentions, urls };
  tweet['display_text_range'] = ['0', length];
  tweet['favorite_count'] = String(n % 4);
  if (reply) tweet['in_reply_to_status_id_str'] = t.replyTo.statusId;
  tweet['id_str'] = id;
  if (reply) tweet['in_reply_to_user_id'] = t.replyTo.accountId;
  tweet['truncated'] = false;
  tweet['retweet_count'] = String(n % 3);
  tweet['id'] = id;
  if (reply) tweet['in_reply_to_status_id'] = t.replyTo.statusId;
  if (links.length > 0) tweet['possibly_sensitive'] = false;
  tweet['created_at'] = twitterDate(t.at);
  tweet['favorited'] = false;
  tweet['full_text'] = escapeTweetText(text);
  tweet['lang'] = 'en';
  if (reply) {
    tweet['in_reply_to_screen_name'] = replied.handle;
    tweet['in_reply_to_user_id_str'] = t.replyTo.accountId;
  }
  return { tweet };
}

function codePointIndex(text: string, needle: string): number {
  const i = text.indexOf(needle);
  return i < 0 ? 0 : [...text.slice(0, i)].length;
}
