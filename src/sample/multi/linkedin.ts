/** The LinkedIn side of the six-platform persona: the `connector` persona plus one planted conversation. */
import type { Rng } from '../random.ts';
import { DAY_MS, type PersonaSpec, type SpecMessage } from '../spec.ts';
import type { Cast } from './cast.ts';

/** A conversation id in LinkedIn's shape: `2-` + base64 of a UUID-like string with a `_010`-style suffix. */
function conversationId(rng: Rng): string {
  const hex = (n: number) => Array.from({ length: n }, () => '0123456789abcdef'.charAt(rng.int(0, 15))).join('');
  return `2-${btoa(`${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}_010`)}`;
}

/**
 * The connector spec with one more 1:1 thread: the owner asks where the connection posts now, and
 * they answer with their Mastodon profile URL (M1). Both messages fall well before the export date,
 * so the LinkedIn record on that date still marks T.
 */
export function linkedInWithCast(spec: PersonaSpec, cast: Cast, rng: Rng): PersonaSpec {
  const them = cast.linkedinToMastodon.linkedin;
  const { username, host } = cast.linkedinToMastodon.mastodon;
  const day = Math.floor(spec.exportDate / DAY_MS) * DAY_MS - 19 * DAY_MS;
  const conv = conversationId(rng);
  const added: SpecMessage[] = [
    { conversationId: conv, title: '', from: spec.owner, to: [them], at: day + 10 * 3_600_000 + 12 * 60_000 + 5_000, subject: '', content: 'Are you still writing up the field notes? I have not seen them here for a while.', html: false, folder: 'INBOX' },
    {
      conversationId: conv,
      title: '',
      from: them,
      to: [spec.owner],
      at: day + 18 * 3_600_000 + 40 * 60_000 + 31_000,
      subject: '',
      content: `I am! I post them on Mastodon these days:\nhttps://${host}/@${username}\nCome say hi.`,
      html: true,
      folder: 'INBOX',
    },
  ];
  return { ...spec, messages: [...spec.messages, ...added] };
}
