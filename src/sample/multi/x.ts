/**
 * The X side of the six-platform persona. The owner @-mentions the planted M3 account in a tweet
 * (so the archive's `user_mentions` gives that Person its handle, the key an x.com address in
 * another platform's message is matched on) and the L2 look-alike in another tweet (so that Person
 * has a display name to be confused by).
 */
import { inventedWord } from '../names.ts';
import type { Rng } from '../random.ts';
import type { XSampleConversation, XSamplePerson, XSampleSpec, XSampleTweet } from '../x/index.ts';
import { snowflake } from '../x/format.ts';
import type { Cast } from './cast.ts';
import { clock, scaledCount } from './time.ts';

/** An X spec for the cast: people 0 (M3) and 1 (L2) are planted, the rest invented fillers. */
export function xSpec(cast: Cast, rng: Rng, scale: number): XSampleSpec {
  const at = clock(rng, cast.exportDate);
  const planted = cast.facebookToX.x;
  const lookAlike = cast.xInstagramLookAlike.x;
  // Filler ids sit in another billion than the cast's, so no filler can take a planted id.
  const ids = new Set<string>();
  const fillerId = (): string => {
    for (;;) {
      const id = String(rng.int(2_000_000_000, 2_999_999_999));
      if (ids.has(id)) continue;
      ids.add(id);
      return id;
    }
  };
  const fillers: XSamplePerson[] = Array.from({ length: scaledCount(8, scale, 4) }, () => {
    const n = cast.names.person();
    return { accountId: fillerId(), handle: `${n.first}${n.last}`.toLowerCase().slice(0, 15), name: `${n.first} ${n.last}` };
  });
  const people: XSamplePerson[] = [planted, lookAlike, ...fillers];
  const f = (i: number) => fillers[i % fillers.length]!;
  const word = () => inventedWord(rng).toLowerCase();
  const ownerHandle = cast.owner.slug.split('-').slice(0, 2).join('_').slice(0, 15);
  const ownerId = String(rng.int(30_000_000, 99_999_999));

  const tweets: XSampleTweet[] = [];
  const count = scaledCount(12, scale, 6);
  for (let k = 0; k < count; k++) {
    const t = at(Math.max(3, Math.round(330 - (k * 320) / count)));
    const r = k % 6;
    if (r === 0) tweets.push({ at: t, kind: 'post', text: `Notes on ${word()} and small teams, part ${k + 1}.` });
    else if (r === 1) tweets.push({ at: t, kind: 'reply', text: `Thanks, the ${word()} part helped.`, replyTo: { accountId: f(k).accountId, statusId: snowflake(t - 3_600_000, k) } });
    else if (r === 2) tweets.push({ at: t, kind: 'retweet', text: `Worth reading twice: ${word()}.`, author: f(k + 1).accountId });
    else if (r === 3) tweets.push({ at: t, kind: 'post', text: `Good notes on ${word()}.`, links: [`https://example.org/${word()}`] });
    else if (r === 4) tweets.push({ at: t, kind: 'reply', text: 'Agreed.', replyTo: { accountId: f(k + 2).accountId, statusId: snowflake(t - 7_200_000, k) } });
    else tweets.push({ at: t, kind: 'post', text: `Still thinking about ${word()}.` });
  }
  tweets.push({ at: at(41), kind: 'post', text: `A great thread by @${planted.handle} on shared decisions.`, mentions: [planted.accountId] });
  tweets.push({ at: at(12), kind: 'post', text: `Agree with @${lookAlike.handle} on this one.`, mentions: [lookAlike.accountId] });
  tweets.sort((a, b) => a.at - b.at);

  const conversations: XSampleConversation[] = [
    {
      with: [f(0).accountId],
      messages: [
        { from: ownerId, at: at(30, 10), text: 'Hi! Could we talk about the meetup?' },
        { from: f(0).accountId, at: at(30, 14), text: 'Sure, Thursday works for me.' },
        { from: ownerId, at: at(29, 9), text: 'Great, see you then.' },
      ],
    },
    {
      with: [f(1).accountId, f(2).accountId],
      groupId: snowflake(at(20, 8), 1),
      messages: [
        { from: f(1).accountId, at: at(20, 9), text: 'Welcome to the group, both of you.' },
        { from: ownerId, at: at(20, 11), text: 'Glad to be here.' },
      ],
    },
  ];
  return {
    owner: {
      accountId: ownerId,
      handle: ownerHandle,
      name: cast.owner.name,
      email: `${ownerHandle}@example.org`,
      createdAt: at(3000, 19),
      bio: 'Notes on small teams and shared decisions.',
      website: 'https://t.co/AbCdEf1234',
      location: 'Utrecht',
    },
    generatedAt: at(1, 6),
    people,
    followers: [planted, lookAlike, ...fillers.slice(0, Math.ceil(fillers.length / 2))].map((p) => p.accountId),
    following: [planted, ...fillers.slice(1)].map((p) => p.accountId),
    tweets,
    likes: Array.from({ length: scaledCount(10, scale, 2) }, (_, i) => ({ tweetId: snowflake(at(60 + i * 5), i), text: `Liked words on ${word()}` })),
    conversations,
  };
}
