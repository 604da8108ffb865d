/**
 * The Instagram side of the six-platform persona: the owner follows the M2 account (whose address
 * a Facebook friend gave), a contact (M4) gives their Mastodon and Bluesky addresses in a DM, and
 * another contact (L2) only shares a display name with an X account.
 */
import type { InstagramSpec, InstagramSpecPerson, InstagramSpecThread } from '../instagram/index.ts';
import { createNameSource, inventedWord } from '../names.ts';
import type { Rng } from '../random.ts';
import type { Cast } from './cast.ts';
import { clock, scaledCount } from './time.ts';

/** An Instagram spec for the cast. */
export function instagramSpec(cast: Cast, rng: Rng, scale: number): InstagramSpec {
  const at = clock(rng, cast.exportDate);
  const m2: InstagramSpecPerson = cast.facebookToInstagram.instagram;
  const m4: InstagramSpecPerson = cast.instagramToMastodonAndBluesky.instagram;
  const l2: InstagramSpecPerson = cast.xInstagramLookAlike.instagram;
  const { mastodon, bluesky } = cast.instagramToMastodonAndBluesky;
  const fillers: InstagramSpecPerson[] = Array.from({ length: scaledCount(12, scale, 6) }, (_, i) => {
    const n = cast.names.person();
    return { username: `${n.first.toLowerCase()}.${n.last.toLowerCase()}${i}`, name: `${n.first} ${n.last}` };
  });
  const f = (i: number) => fillers[i % fillers.length]!;
  // Post codes are opaque 11-character strings; an unrelated name source gives them without touching the cast's names.
  const codes = createNameSource(rng.fork('codes'));
  const code = () => codes.slugSuffix().padEnd(11, 'x').slice(0, 11);
  let threadNo = 0;
  const threadId = () => String(240_000_000_000_000 + rng.int(0, 999_999) * 1000 + ++threadNo);

  const threads: InstagramSpecThread[] = [
    {
      id: threadId(),
      others: [m4],
      messages: [
        { from: 'owner', at: at(35, 18), text: 'Are you still posting the river photos anywhere else?' },
        { from: m4, at: at(35, 19), text: `Yes! I am @${mastodon.username}@${mastodon.host} on Mastodon and https://bsky.app/profile/${bluesky.did} on Bluesky` },
        { from: 'owner', at: at(34, 8), text: 'Found you on both 🙌' },
      ],
    },
    {
      id: threadId(),
      others: [l2],
      messages: [
        { from: l2, at: at(22, 17), text: 'Loved your harbour post!' },
        { from: 'owner', at: at(22, 18), text: 'Thank you 🙏' },
      ],
    },
    {
      id: threadId(),
      others: [f(0), f(1)],
      messages: [
        { from: f(1), at: at(16, 9), text: 'Hike on Sunday?' },
        { from: 'owner', at: at(16, 10), text: 'Yes!' },
      ],
    },
    { id: threadId(), others: [f(2)], request: true, messages: [{ from: f(2), at: at(4, 15), text: 'Hi, do you sell prints?' }] },
  ];
  const ownerUser = cast.owner.slug.split('-').slice(0, 2).join('_');
  return {
    owner: { username: ownerUser, name: cast.owner.name, bio: 'Maps, coffee and harbour walks 🌊', website: 'https://example.org' },
    followers: [m2, m4, l2, ...fillers.slice(0, 8)].map((person, i) => ({ person, at: at(Math.max(2, 500 - i * 23)) })),
    following: [m2, m4, ...fillers.slice(3, 9)].map((person, i) => ({ person, at: at(Math.max(2, 480 - i * 29)) })),
    likedPosts: [0, 1, 3, 4, 5, 8].map((i, k) => ({ owner: f(i), at: at(90 - k * 9), code: code() })),
    likedComments: [2, 6].map((i, k) => ({ owner: f(i), at: at(50 - k * 3), code: code() })),
    comments: [
      { on: f(0), at: at(28), text: `@${f(0).username} what a view 😍` },
      { on: f(5), at: at(9), text: 'Looks great!' },
    ],
    posts: [
      { at: at(120), caption: 'First light on the harbour', media: 1 },
      { at: at(60), caption: `Three days on the ${inventedWord(rng).toLowerCase()} coast ☀️`, media: 3 },
      { at: at(6), caption: '', media: 1 },
    ],
    saved: [{ owner: f(7), at: at(14), code: code() }],
    threads,
  };
}
