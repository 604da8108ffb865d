/** A small ready-made repository for the shared importer conformance suite, from a seed. */
import type { MemoryFile } from '../../archive/memory.ts';
import { createNameSource, inventedWord } from '../names.ts';
import { createRng, type Rng } from '../random.ts';
import { writeBlueskyExport } from './writer.ts';
import type { BlueskyPostSpec, BlueskySpec, PostRef } from './spec.ts';
import { tidFor } from './tid.ts';

const B32 = 'abcdefghijklmnopqrstuvwxyz234567';
const DAY = 86_400_000;

function did(rng: Rng): string {
  let s = 'did:plc:';
  for (let i = 0; i < 24; i++) s += B32[rng.int(0, 31)];
  return s;
}

function handle(rng: Rng): string {
  return `${inventedWord(rng).toLowerCase()}.bsky.social`;
}

/**
 * Eight invented accounts; the owner follows six, blocks one, and writes nine posts: plain, a
 * mention, a link card, a quote, one dated with a -07:00 offset, two replies to others, one reply
 * to their own post, one in two languages; plus two reposts and four likes.
 */
export function sampleBlueskySpec(seed: number): BlueskySpec {
  const rng = createRng(`bluesky:${seed}`);
  const names = createNameSource(rng.fork('names'));
  const owner = names.person();
  const people = Array.from({ length: 8 }, () => ({ did: did(rng), handle: handle(rng) }));
  const p = (i: number) => people[i]!;
  const start = Date.UTC(2024, 0, 8, 9, 0, 0) + rng.int(0, 30) * DAY;
  let t = start;
  const next = () => (t += rng.int(1, 9) * DAY + rng.int(0, 86_399) * 1000 + rng.int(0, 999));
  const theirPost = (i: number): PostRef => ({ did: p(i).did, rkey: tidFor(start - rng.int(1, 50) * DAY, 0, 7) });
  const word = () => inventedWord(rng).toLowerCase();
  const follows = [0, 1, 2, 3, 4, 5].map((i) => ({ did: p(i).did, at: next() }));
  const posts: BlueskyPostSpec[] = [
    { text: `Spent the morning sketching the ${word()} layout again.`, at: next(), langs: ['en'] },
    { text: `@${p(0).handle} thanks for the pointer on ${word()}, it helped.`, at: next(), mentions: [p(0).did], langs: ['en'] },
    { text: `Wrote up what we learnt from ${word()}.`, at: next(), link: { uri: `https://example.org/${word()}`, title: 'Notes' } },
    { text: 'This is worth reading slowly.', at: next(), quote: theirPost(1) },
    { text: `Late one: ${word()} finally works.`, at: next(), offsetMinutes: -420 },
    { text: 'Agreed, the second half is the better part.', at: next(), replyTo: theirPost(2) },
    { text: 'Happy to compare notes next week.', at: next(), replyTo: theirPost(0) },
    { text: 'Follow-up: the numbers are in.', at: next(), replyToOwn: 0 },
    { text: `Bom dia, ${word()} here.`, at: next(), langs: ['en', 'pt'] },
  ];
  return {
    owner: { did: did(rng), handle: handle(rng), displayName: `${owner.first} ${owner.last}`, description: `Making ${word()} things. Views my own.` },
    people,
    follows,
    blocks: [{ did: p(7).did, at: next() }],
    posts,
    reposts: [3, 4].map((i) => ({ of: theirPost(i), at: next() })),
    likes: [0, 1, 2, 6].map((i) => ({ of: theirPost(i), at: next() })),
  };
}

/** The sample repository as one `repo.car` entry, with the record counts per FileReport kind the importer must report. */
export function sampleBlueskyArchive(seed: number): { files: MemoryFile[]; expected: Record<string, number>; spec: BlueskySpec } {
  const spec = sampleBlueskySpec(seed);
  return {
    spec,
    files: writeBlueskyExport(spec),
    expected: {
      connections: spec.follows.length,
      posts: spec.posts.length + spec.reposts.length,
      reactions: spec.likes.length,
      profile: 1,
      other: spec.blocks.length,
    },
  };
}
