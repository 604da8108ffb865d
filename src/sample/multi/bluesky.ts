/** The Bluesky side of the six-platform persona: the owner follows the planted account of M4 by its DID. */
import type { BlueskyPostSpec, BlueskySpec, PostRef } from '../bluesky/index.ts';
import { tidFor } from '../bluesky/tid.ts';
import { inventedWord } from '../names.ts';
import type { Rng } from '../random.ts';
import { DAY_MS } from '../spec.ts';
import { inventedDid, type BlueskyAccount, type Cast } from './cast.ts';
import { clock, scaledCount } from './time.ts';

/** A Bluesky spec for the cast: person 0 is the planted account, the rest invented fillers. */
export function blueskySpec(cast: Cast, rng: Rng, scale: number): BlueskySpec {
  const at = clock(rng, cast.exportDate);
  const used = new Set<string>([cast.instagramToMastodonAndBluesky.bluesky.handle]);
  const handle = (): string => {
    for (;;) {
      const h = `${inventedWord(rng).toLowerCase()}.bsky.social`;
      if (used.has(h)) continue;
      used.add(h);
      return h;
    }
  };
  const ownerHandle = handle();
  const fillers: BlueskyAccount[] = Array.from({ length: scaledCount(8, scale, 3) }, () => ({ did: inventedDid(rng), handle: handle() }));
  const people: BlueskyAccount[] = [cast.instagramToMastodonAndBluesky.bluesky, ...fillers];
  const p = (i: number) => people[i % people.length]!;
  const theirPost = (i: number, daysAgo: number): PostRef => ({ did: p(i).did, rkey: tidFor(cast.exportDate - daysAgo * DAY_MS, i, 3) });
  const word = () => inventedWord(rng).toLowerCase();

  const posts: BlueskyPostSpec[] = [];
  const count = scaledCount(9, scale, 4);
  for (let k = 0; k < count; k++) {
    const daysAgo = Math.max(2, Math.round(200 - (k * 190) / count));
    const t = at(daysAgo);
    const r = k % 4;
    if (r === 0) posts.push({ text: `Sketching the ${word()} layout again.`, at: t, langs: ['en'] });
    else if (r === 1) {
      const who = p(1 + (k % fillers.length));
      posts.push({ text: `@${who.handle} thanks for the pointer on ${word()}.`, at: t, mentions: [who.did], langs: ['en'] });
    } else if (r === 2) posts.push({ text: 'Agreed, the second half is the better part.', at: t, replyTo: theirPost(k, daysAgo + 1) });
    else posts.push({ text: `Wrote up what we learnt from ${word()}.`, at: t, link: { uri: `https://example.org/${word()}`, title: 'Notes' } });
  }
  const blocked = people[people.length - 1]!;
  return {
    owner: { did: inventedDid(rng), handle: ownerHandle, displayName: cast.owner.name, description: 'Notes on small teams. Views my own.' },
    people,
    follows: people.filter((x) => x !== blocked).map((x, i) => ({ did: x.did, at: at(Math.max(2, 320 - i * 3)) })),
    blocks: [{ did: blocked.did, at: at(60) }],
    posts,
    reposts: [0, 2].map((i) => ({ of: theirPost(i, 30 + i), at: at(25 + i) })),
    likes: [0, 1, 3].map((i) => ({ of: theirPost(i, 50 + i), at: at(45 + i) })),
  };
}
