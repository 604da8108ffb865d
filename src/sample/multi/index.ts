/**
 * The six-platform persona: one person's LinkedIn, X, Mastodon, Bluesky, Facebook and Instagram
 * exports, each in its platform's real format, whose people overlap. Planted: four humans known on
 * two or three platforms, each linked by an address they gave in an inbound message (the only
 * evidence the importers surface; organisations exist only on LinkedIn, so no name-and-organisation
 * merge can be planted), and two same-name pairs with nothing else in common that must stay apart.
 */
import type { MemoryFile } from '../../archive/memory.ts';
import type { Platform } from '../../model/types.ts';
import { generateSpec } from '../generate.ts';
import { archiveDate } from '../linkedin/dates.ts';
import { writeLinkedInExport } from '../linkedin/index.ts';
import { writeXArchive } from '../x/index.ts';
import { writeMastodonExport } from '../mastodon/index.ts';
import { writeBlueskyExport } from '../bluesky/index.ts';
import { writeFacebookExport } from '../facebook/index.ts';
import { writeInstagramExport } from '../instagram/index.ts';
import { createRng } from '../random.ts';
import { profileUrl, type SpecPerson } from '../spec.ts';
import { createCast, type Cast } from './cast.ts';
import { linkedInWithCast } from './linkedin.ts';
import { xSpec } from './x.ts';
import { mastodonSpec } from './mastodon.ts';
import { blueskySpec } from './bluesky.ts';
import { facebookSpec } from './facebook.ts';
import { instagramSpec } from './instagram.ts';

export interface SixPlatformOptions {
  readonly seed: number | string;
  /** Volume multiplier (default 1) for the LinkedIn persona and the other platforms' filler people. */
  readonly scale?: number;
}

export interface GeneratedArchive {
  readonly platform: Platform;
  /** A file name in the style the platform gives its download. */
  readonly name: string;
  readonly files: MemoryFile[];
}

export interface PlantedMerge {
  /** Person ids as the importers make them, sorted. */
  readonly members: string[];
  readonly rule: 'cross-listed-profile' | 'name-and-organisation';
}

export interface PlantedLookAlike {
  /** Two person ids on two platforms, sorted; they must stay apart. */
  readonly members: [string, string];
  readonly name: string;
}

export interface SixPlatformSample {
  readonly archives: GeneratedArchive[];
  readonly planted: {
    readonly merges: PlantedMerge[];
    readonly lookAlikes: PlantedLookAlike[];
    /** T: the latest timestamp of all six archives (a LinkedIn record falls exactly on it). */
    readonly exportDate: number;
  };
}

const sorted = (ids: readonly string[]): string[] => [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

// Person id rules of the importers (src/importers/*): LinkedIn by profile URL, Mastodon by
// lower-cased account address, X by account id, Bluesky by DID, Instagram by lower-cased
// username, Facebook by display name normalised as Meta names are (NFC, spaces collapsed, lower case).
const ids = {
  linkedin: (p: SpecPerson) => `linkedin:url:${profileUrl(p)}`,
  mastodon: (a: { username: string; host: string }) => `mastodon:acct:${a.username}@${a.host}`.toLowerCase(),
  x: (accountId: string) => `x:id:${accountId}`,
  bluesky: (did: string) => `bluesky:did:${did}`,
  instagram: (username: string) => `instagram:user:${username.toLowerCase()}`,
  facebook: (name: string) => `facebook:name:${name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase()}`,
};

/** The planted merges and look-alikes of a cast, as person ids. */
export function plantedOf(cast: Cast): SixPlatformSample['planted'] {
  const m4 = cast.instagramToMastodonAndBluesky;
  const l1 = cast.facebookLookAlike;
  const l2 = cast.xInstagramLookAlike;
  const pair = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a]);
  return {
    merges: [
      { members: sorted([ids.linkedin(cast.linkedinToMastodon.linkedin), ids.mastodon(cast.linkedinToMastodon.mastodon)]), rule: 'cross-listed-profile' },
      { members: sorted([ids.facebook(cast.facebookToInstagram.name), ids.instagram(cast.facebookToInstagram.instagram.username)]), rule: 'cross-listed-profile' },
      { members: sorted([ids.facebook(cast.facebookToX.name), ids.x(cast.facebookToX.x.accountId)]), rule: 'cross-listed-profile' },
      { members: sorted([ids.instagram(m4.instagram.username), ids.mastodon(m4.mastodon), ids.bluesky(m4.bluesky.did)]), rule: 'cross-listed-profile' },
    ],
    lookAlikes: [
      { members: pair(ids.facebook(l1.facebookName), ids.linkedin(l1.linkedin)), name: l1.facebookName },
      { members: pair(ids.x(l2.x.accountId), ids.instagram(l2.instagram.username)), name: l2.name },
    ],
    exportDate: cast.exportDate,
  };
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Generates the six exports deterministically: the same seed and scale always give byte-identical files. */
export function generateSixPlatformSample(options: SixPlatformOptions): SixPlatformSample {
  const scale = options.scale ?? 1;
  if (!(scale > 0) || !Number.isFinite(scale)) throw new Error(`scale must be a positive number, got ${scale}`);
  const rng = createRng(`six-platforms:${String(options.seed)}`);
  const base = generateSpec({ persona: 'connector', seed: options.seed, scale });
  const cast = createCast(rng.fork('cast'), base);
  const linkedin = linkedInWithCast(base, cast, rng.fork('linkedin'));
  const x = xSpec(cast, rng.fork('x'), scale);
  const mastodon = mastodonSpec(cast, rng.fork('mastodon'), scale);
  const bluesky = blueskySpec(cast, rng.fork('bluesky'), scale);
  const facebook = facebookSpec(cast, rng.fork('facebook'), scale);
  const instagram = instagramSpec(cast, rng.fork('instagram'), scale);
  const day = isoDay(cast.exportDate);
  const names = rng.fork('archive-names');
  const hex = (n: number) => Array.from({ length: n }, () => '0123456789abcdef'.charAt(names.int(0, 15))).join('');
  return {
    // Download names as the platforms give them (formats/x.md, formats/mastodon.md); Bluesky's is one bare CAR file.
    archives: [
      { platform: 'linkedin', name: `Complete_LinkedInDataExport_${archiveDate(linkedin.exportDate)}.zip`, files: writeLinkedInExport(linkedin) },
      { platform: 'x', name: `twitter-${day}-${hex(64)}.zip`, files: writeXArchive(x) },
      { platform: 'mastodon', name: `archive-${day.replace(/-/g, '')}091500-${hex(32)}.zip`, files: writeMastodonExport(mastodon) },
      { platform: 'bluesky', name: `${bluesky.owner.handle}.car`, files: writeBlueskyExport(bluesky) },
      { platform: 'facebook', name: `facebook-${facebook.owner.username}-${day}-${hex(8)}.zip`, files: writeFacebookExport(facebook) },
      { platform: 'instagram', name: `instagram-${instagram.owner.username}-${day}-${hex(8)}.zip`, files: writeInstagramExport(instagram) },
    ],
    planted: plantedOf(cast),
  };
}

/** The six archives of seed's persona at scale 1, for `flipside sample --persona six-platforms`. */
export function sixPlatformArchives(seed: number | string): GeneratedArchive[] {
  return generateSixPlatformSample({ seed }).archives;
}
