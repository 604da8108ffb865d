/** The Mastodon side of the six-platform persona: the owner follows both planted fediverse accounts (M1, M4). */
import type { MastodonSpec, MastodonStatusSpec } from '../mastodon/index.ts';
import type { MastodonAccountSpec } from '../mastodon/spec.ts';
import { inventedWord } from '../names.ts';
import type { Rng } from '../random.ts';
import type { Cast } from './cast.ts';
import { clock, scaledCount } from './time.ts';

/** A Mastodon spec for the cast: people 0 and 1 are the planted accounts, the rest invented fillers. */
export function mastodonSpec(cast: Cast, rng: Rng, scale: number): MastodonSpec {
  const at = clock(rng, cast.exportDate);
  const own = cast.owner.slug.split('-')[0] ?? 'owner';
  const used = new Set<string>([own, cast.linkedinToMastodon.mastodon.username, cast.instagramToMastodonAndBluesky.mastodon.username]);
  const username = (): string => {
    for (;;) {
      const u = inventedWord(rng).toLowerCase();
      if (used.has(u)) continue;
      used.add(u);
      return u;
    }
  };
  const hosts = cast.mastodonHosts;
  const fillers: MastodonAccountSpec[] = Array.from({ length: scaledCount(10, scale, 4) }, (_, i) => ({ username: username(), host: hosts[i % hosts.length]! }));
  const people: MastodonAccountSpec[] = [cast.linkedinToMastodon.mastodon, cast.instagramToMastodonAndBluesky.mastodon, ...fillers];
  const words = () => Array.from({ length: rng.int(5, 11) }, () => inventedWord(rng).toLowerCase()).join(' ');
  const n = people.length;

  // Oldest first: the writer expects statuses in time order.
  const statuses: MastodonStatusSpec[] = [];
  const posts = scaledCount(14, scale, 6);
  for (let k = 0; k < posts; k++) {
    const daysAgo = Math.max(2, Math.round(300 - (k * 290) / posts));
    const t = at(daysAgo);
    const r = k % 7;
    if (r === 0) statuses.push({ kind: 'post', at: t, text: `Field notes, week ${k + 1}: ${words()}.`, visibility: 'public' });
    else if (r === 1) statuses.push({ kind: 'reply', at: t, text: words(), visibility: 'public', to: 0 });
    else if (r === 2) statuses.push({ kind: 'post', at: t, text: `Reading list from @${people[1]!.username}: ${words()}`, visibility: 'public', mentions: [1] });
    else if (r === 3) statuses.push({ kind: 'boost', at: t, person: 2 + (k % (n - 2)) });
    else if (r === 4) statuses.push({ kind: 'reply', at: t, text: words(), visibility: 'unlisted', to: 2 + ((k + 1) % (n - 2)) });
    else if (r === 5) statuses.push({ kind: 'direct', at: t, text: `Quick question about ${words()}`, to: [2 + ((k + 2) % (n - 2))] });
    else statuses.push({ kind: 'post', at: t, text: words(), visibility: 'private' });
  }
  return {
    owner: {
      username: own,
      host: hosts[0]!,
      displayName: cast.owner.name,
      bio: 'Notes on small teams and shared decisions.',
      createdAt: at(900),
    },
    people,
    follows: people.map((_, i) => i).filter((i) => i !== n - 1),
    lists: [{ title: 'Field notes people', members: [0, 1] }],
    muted: [],
    blocked: [n - 1],
    statuses,
    likes: Array.from({ length: scaledCount(12, scale, 3) }, (_, i) => ({ person: i % (n - 1), postedAt: at(5 + i * 7, 9) })),
    bookmarks: [{ person: 0, postedAt: at(40, 11) }],
  };
}
