/**
 * The Facebook side of the six-platform persona: two friends give their Instagram (M2) and X (M3)
 * addresses in Messenger, and one friend (L1) only shares a name with a LinkedIn connection.
 */
import type { FacebookSpec, FacebookSpecPerson, FacebookSpecThread } from '../facebook/index.ts';
import { inventedWord } from '../names.ts';
import type { Rng } from '../random.ts';
import type { Cast } from './cast.ts';
import { clock, scaledCount } from './time.ts';

/** A Facebook spec for the cast. */
export function facebookSpec(cast: Cast, rng: Rng, scale: number): FacebookSpec {
  const at = clock(rng, cast.exportDate);
  const b: FacebookSpecPerson = { name: cast.facebookToInstagram.name };
  const c: FacebookSpecPerson = { name: cast.facebookToX.name };
  const e: FacebookSpecPerson = { name: cast.facebookLookAlike.facebookName };
  const person = (): FacebookSpecPerson => {
    const n = cast.names.person();
    return { name: `${n.first} ${n.last}` };
  };
  const fillers = Array.from({ length: scaledCount(14, scale, 8) }, person);
  const f = (i: number) => fillers[i % fillers.length]!;
  const word = () => inventedWord(rng).toLowerCase();
  let threadNo = 0;
  const threadId = () => String(1_004_000_000_000_000 + rng.int(0, 999_999) * 1000 + ++threadNo);
  const ig = cast.facebookToInstagram.instagram.username;
  const handle = cast.facebookToX.x.handle;

  const threads: FacebookSpecThread[] = [
    {
      id: threadId(),
      others: [b],
      messages: [
        { from: 'owner', at: at(70, 19), text: 'Loved the photos from the coast trip!' },
        // Typed into the message, so the address is in `content` (formats/facebook.md §3 Messenger): the text identity reads.
        { from: b, at: at(70, 20), text: `Thanks! I put them all on Instagram now: https://www.instagram.com/${ig}/` },
        { from: 'owner', at: at(69, 8), text: 'Following you there 👍' },
      ],
    },
    {
      id: threadId(),
      others: [c],
      messages: [
        { from: c, at: at(55, 12), text: `I am hardly on here any more, find me at https://x.com/${handle}` },
        { from: 'owner', at: at(55, 13), text: 'Will do, thanks.' },
      ],
    },
    {
      id: threadId(),
      others: [f(0)],
      partSize: 2,
      messages: [
        { from: 'owner', at: at(40, 10), text: 'Are you coming to the meetup on Friday?' },
        { from: f(0), at: at(40, 12), text: 'Yes, see you there!' },
        { from: 'owner', at: at(39, 9), link: 'https://example.org/meetup' },
        { from: f(0), at: at(33, 18), text: 'Thanks for the tip ❤️' },
      ],
    },
    {
      id: threadId(),
      others: [f(1), f(2)],
      messages: [
        { from: f(1), at: at(25, 9), text: 'Group plan for the weekend' },
        { from: 'owner', at: at(25, 10), text: 'Count me in' },
        { from: f(2), at: at(25, 14), text: `Bring the ${word()} maps` },
      ],
    },
  ];
  const friends = [b, c, e, ...fillers.slice(0, Math.max(4, fillers.length - 3))];
  return {
    owner: { name: cast.owner.name, username: cast.owner.slug.split('-').slice(0, 2).join('.') },
    friends: friends.map((person, i) => ({ person, since: at(Math.max(2, 1500 - i * 37)) })),
    following: [f(3), f(5)].map((person, i) => ({ person, since: at(400 - i * 50) })),
    followers: [f(4), f(6), f(fillers.length - 1)],
    requestsReceived: [{ person: f(fillers.length - 2), at: at(9) }],
    requestsSent: [{ person: f(fillers.length - 3), at: at(15) }],
    removed: [{ person: person(), at: at(200) }],
    threads,
    posts: [
      { at: at(150), text: `Started a course on ${word()} mapping today.` },
      { at: at(90), link: 'https://example.org/article' },
      { at: at(20), text: 'Coffee in the old town ☕', link: 'https://example.org/map' },
    ],
    comments: [
      { at: at(60), text: 'Congratulations!', on: f(7) },
      { at: at(11), text: 'Great photo 😀', on: f(4) },
    ],
    reactions: [
      { at: at(80), type: 'LIKE', url: 'https://www.facebook.com/permalink/1', on: f(5) },
      { at: at(45), type: 'LOVE', url: 'https://www.facebook.com/permalink/2', on: f(6) },
      { at: at(8), type: 'LIKE', url: 'https://www.facebook.com/permalink/3', on: f(7) },
    ],
    work: [{ employer: `${inventedWord(rng)} Studio`, title: 'Designer', start: Date.UTC(2021, 2, 1) }],
  };
}
