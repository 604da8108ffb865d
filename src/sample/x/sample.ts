/**
 * A small ready-made X archive for the shared conformance suite: every tweet kind, follows both
 * ways, likes, a 1:1 and a group conversation, with the record counts the importer must report.
 */
import type { MemoryFile } from '../../archive/memory.ts';
import { createNameSource, inventedWord } from '../names.ts';
import { createRng } from '../random.ts';
import { writeXArchive } from './write.ts';
import type { XSamplePerson, XSampleSpec } from './spec.ts';
import { sampleStatusId } from './tweets.ts';

const DAY = 86_400_000;
const START = Date.UTC(2023, 2, 1, 9, 0, 0);

/** The spec behind sampleXArchive(seed): invented people with ten-digit ids, all in March 2023. */
export function sampleXSpec(seed: number): XSampleSpec {
  const rng = createRng(seed).fork('x-sample');
  const names = createNameSource(rng.fork('names'));
  const people: XSamplePerson[] = [];
  const used = new Set<string>();
  for (let i = 0; i < 6; i++) {
    const n = names.person();
    let accountId = String(rng.int(1_000_000_000, 1_999_999_999));
    while (used.has(accountId)) accountId = String(Number(accountId) + 1);
    used.add(accountId);
    people.push({ accountId, handle: `${n.first}${n.last}`.toLowerCase().slice(0, 15), name: `${n.first} ${n.last}` });
  }
  // Ids past 2^53, as X's newer account ids are: they must survive as strings.
  people.push({ accountId: '1498765432109876543', handle: 'late_joiner', name: 'Late Joiner' });
  const p = (i: number) => people[i]!;
  const ownerName = names.person();
  const owner = {
    accountId: '40123456',
    handle: `${ownerName.first}_${ownerName.last}`.toLowerCase().slice(0, 15),
    name: `${ownerName.first} ${ownerName.last}`,
    email: `${ownerName.first.toLowerCase()}@example.org`,
    createdAt: Date.UTC(2009, 3, 24, 19, 18, 20),
    bio: `Writing about ${inventedWord(rng).toLowerCase()} & small teams.`,
    website: 'https://t.co/AbCdEf1234',
    location: 'Utrecht',
  };
  const at = (day: number, hour = 0) => START + day * DAY + hour * 3_600_000 + rng.int(0, 3_599) * 1000;
  const first = { at: at(0), text: `Notes from the ${inventedWord(rng).toLowerCase()} meetup: small steps & <clear> goals.`, kind: 'post' as const, links: ['https://example.org/notes'] };
  const thread = { at: at(2), text: `A thread on what we learnt, with @${p(1).handle}.`, kind: 'post' as const, mentions: [p(1).accountId] };
  const tweets: XSampleSpec['tweets'] = [
    first,
    { at: at(1), text: 'Thanks, that helped a lot!', kind: 'reply', replyTo: { accountId: p(0).accountId, statusId: '1631234567890123456' } },
    thread,
    // A reply to oneself continues the thread (status id of tweet n is sampleStatusId(tweet, n)).
    { at: at(2, 1), text: 'Second part of the thread.', kind: 'reply', replyTo: { accountId: owner.accountId, statusId: sampleStatusId(thread, 2) } },
    { at: at(3), text: 'Worth reading twice.', kind: 'retweet', author: p(2).accountId },
    { at: at(4), text: 'This is the clearest take I have seen.', kind: 'quote', author: p(6).accountId, quotedStatusId: '1632345678901234567' },
  ];
  const likes = [0, 1, 2, 3].map((i) => ({ tweetId: String(1630000000000000000n + BigInt(i) * 7919n), text: `Liked words number ${i + 1}` }));
  const conversations: XSampleSpec['conversations'] = [
    {
      with: [p(0).accountId],
      messages: [
        { from: owner.accountId, at: at(5), text: 'Hi! Could we talk about the meetup?' },
        { from: p(0).accountId, at: at(5, 2), text: 'Sure, Thursday works https://t.co/XyZ' },
        { from: owner.accountId, at: at(6), text: 'Great, see you then.' },
      ],
    },
    {
      with: [p(1).accountId, p(3).accountId],
      groupId: '1633333333333333333',
      messages: [
        { from: p(3).accountId, at: at(7), text: 'Welcome to the group, both of you.' },
        { from: owner.accountId, at: at(7, 1), text: 'Glad to be here.' },
      ],
    },
  ];
  return {
    owner,
    generatedAt: START + 30 * DAY,
    people,
    followers: [p(0).accountId, p(1).accountId, p(4).accountId, p(5).accountId, p(6).accountId],
    following: [p(0).accountId, p(1).accountId, p(2).accountId, p(3).accountId, p(6).accountId, '2244994945'],
    tweets,
    likes,
    conversations,
  };
}

/** A small archive and the records per FileReport kind the importer must report for it. */
export function sampleXArchive(seed: number): { files: MemoryFile[]; expected: Record<string, number>; spec: XSampleSpec } {
  const spec = sampleXSpec(seed);
  const files = writeXArchive(spec);
  return {
    files,
    spec,
    expected: {
      profile: 2,
      posts: spec.tweets.length,
      connections: spec.followers.length + spec.following.length,
      reactions: spec.likes.length,
      messages: spec.conversations.reduce((n, c) => n + c.messages.length, 0),
      other: 0,
    },
  };
}
