/**
 * The huge scale's X archive: a real-format archive whose `data/tweets.js` is ONE entry of several
 * hundred MB, written by a streaming generator (tweets are made, laid out and deflated a piece at a
 * time; the file is never one string or buffer). Deterministic by seed: the same options always
 * give byte-identical zips. The small data files come from the sample writer unchanged.
 */
import { Readable } from 'node:stream';
import yazl from 'yazl';
import { createNameSource, inventedWord } from '../src/sample/names.ts';
import { createRng, type Rng } from '../src/sample/random.ts';
import { writeXArchive, type XSampleConversation, type XSamplePerson, type XSampleSpec, type XSampleTweet } from '../src/sample/x/index.ts';
import { snowflake } from '../src/sample/x/format.ts';
import { ytdFileChunks } from '../src/sample/x/stream.ts';
import { tweetElement } from '../src/sample/x/tweets.ts';
import { endZipInto } from '../src/node/write-zip.ts';
import type { Json } from '../src/sample/x/format.ts';

export interface HugeXOptions {
  readonly seed: string;
  readonly tweets: number;
  readonly likes: number;
  readonly followers: number;
  readonly following: number;
  /** 1:1 conversations, each of `messagesPerConversation` messages. */
  readonly conversations: number;
  readonly messagesPerConversation: number;
}

const DAY = 86_400_000;
const EXPORT_AT = Date.UTC(2026, 10, 20, 8, 0, 0);
// Tweets spread over twelve years before the export, oldest first, as X writes them.
const SPAN = 12 * 365 * DAY;

// Common words mixed with invented ones, so texts vary in length and vocabulary like real posts;
// a few non-ASCII words keep the multi-byte UTF-8 paths busy.
const COMMON = [
  'the', 'a', 'and', 'of', 'to', 'in', 'on', 'for', 'with', 'about', 'team', 'teams', 'notes', 'small', 'shared',
  'decisions', 'work', 'today', 'week', 'thread', 'idea', 'reading', 'writing', 'meeting', 'project', 'open', 'source',
  'design', 'review', 'draft', 'thanks', 'question', 'answer', 'why', 'how', 'what', 'still', 'again', 'really', 'good',
  'café', 'naïve', 'Zürich', 'Kraków', 'São Paulo', '東京', '🙂', '🚀', '✓', '—',
];

/** One tweet's words: 4–45 of them, so `full_text` runs from a few words to the 280-character limit. */
function words(rng: Rng, invented: readonly string[]): string {
  const n = rng.int(4, 45);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(rng.chance(0.3) ? rng.pick(invented) : rng.pick(COMMON));
  const s = out.join(' ');
  return (s.charAt(0).toUpperCase() + s.slice(1)).slice(0, 250);
}

/** The spec of everything but the tweets (which are streamed); `people` are the accounts tweets name. */
export function hugeXSpec(o: HugeXOptions): { spec: XSampleSpec; invented: string[] } {
  const rng = createRng(`huge-x:${o.seed}`);
  const names = createNameSource(rng.fork('names'));
  const invented = Array.from({ length: 2000 }, () => inventedWord(rng).toLowerCase());
  const people: XSamplePerson[] = [];
  const used = new Set<string>();
  for (let i = 0; i < 300; i++) {
    const n = names.person();
    let accountId = String(rng.int(1_000_000_000, 1_999_999_999));
    while (used.has(accountId)) accountId = String(Number(accountId) + 1);
    used.add(accountId);
    people.push({ accountId, handle: `${n.first}${n.last}`.toLowerCase().slice(0, 15), name: `${n.first} ${n.last}` });
  }
  // Followers beyond the named people are ids only, as follower.js gives them.
  const ids = (count: number, base: number) => Array.from({ length: count }, (_, i) => (i < people.length ? people[i]!.accountId : String(base + i * 7919)));
  const ownerId = '40123456';
  const conversations: XSampleConversation[] = [];
  const dm = rng.fork('dm');
  for (let c = 0; c < o.conversations; c++) {
    const other = c < people.length ? people[c]!.accountId : String(3_000_000_000 + c * 104_729);
    let at = EXPORT_AT - SPAN + dm.int(0, SPAN - 400 * DAY);
    const messages = Array.from({ length: o.messagesPerConversation }, () => {
      at += dm.int(60_000, 3 * DAY);
      return { from: dm.chance(0.5) ? ownerId : other, at, text: words(dm, invented) };
    });
    conversations.push({ with: [other], messages });
  }
  const likes = rng.fork('likes');
  const spec: XSampleSpec = {
    owner: {
      accountId: ownerId,
      handle: 'bench_owner',
      name: 'Bench Owner',
      email: 'bench@example.org',
      createdAt: EXPORT_AT - SPAN - 30 * DAY,
      bio: 'Generated for the flipside benchmark.',
      website: 'https://t.co/AbCdEf1234',
      location: 'Utrecht',
    },
    generatedAt: EXPORT_AT,
    people,
    followers: ids(o.followers, 2_000_000_000),
    following: ids(o.following, 2_500_000_000),
    tweets: [],
    likes: Array.from({ length: o.likes }, (_, i) => ({ tweetId: snowflake(EXPORT_AT - SPAN + Math.floor((i * SPAN) / Math.max(1, o.likes)), i), text: words(likes, invented) })),
    conversations,
  };
  return { spec, invented };
}

/** The n-th tweet of the stream (kinds, replies, mentions and links varied by the rng). */
function* tweetElements(spec: XSampleSpec, invented: readonly string[], count: number, seed: string): Generator<Json> {
  const rng = createRng(`huge-x-tweets:${seed}`);
  const people = spec.people;
  const step = SPAN / Math.max(1, count);
  for (let n = 0; n < count; n++) {
    const at = Math.floor(EXPORT_AT - SPAN + n * step + rng.next() * step * 0.9);
    const text = words(rng, invented);
    const r = rng.next();
    const p = rng.pick(people);
    let t: XSampleTweet;
    if (r < 0.5) t = { at, kind: 'post', text, ...(rng.chance(0.2) ? { links: [`https://example.org/${rng.pick(invented)}/${n}`] } : {}) };
    else if (r < 0.7) t = { at, kind: 'reply', text, replyTo: { accountId: p.accountId, statusId: snowflake(at - 3_600_000, n) } };
    else if (r < 0.8) t = { at, kind: 'reply', text, replyTo: { accountId: spec.owner.accountId, statusId: snowflake(at - 600_000, n) } };
    else if (r < 0.93) t = { at, kind: 'retweet', text, author: p.accountId };
    else t = { at, kind: 'quote', text, author: p.accountId, quotedStatusId: snowflake(at - DAY, n) };
    if (t.kind === 'post' && rng.chance(0.15)) {
      const m = rng.pick(people);
      t = { ...t, text: `${t.text} with @${m.handle}`, mentions: [m.accountId] };
    }
    yield tweetElement(spec, t, n, '2023');
  }
}

/** Sizes of what was written, per entry (uncompressed bytes). */
export interface Written {
  readonly entries: Record<string, number>;
  readonly tweets: number;
}

/** Writes the archive to `outFile`: small files from writeXArchive, `data/tweets.js` streamed. */
export async function writeHugeXArchive(o: HugeXOptions, outFile: string): Promise<Written> {
  const { spec, invented } = hugeXSpec(o);
  const files = writeXArchive(spec);
  const entries: Record<string, number> = {};
  const zip = new yazl.ZipFile();
  const options = { mtime: new Date(2026, 0, 1, 0, 0, 0), mode: 0o100644, compress: true, forceDosTimestamp: true, compressionLevel: 6 };
  for (const f of files) {
    let bytes = Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength);
    if (f.path === 'data/tweets.js') {
      let size = 0;
      const chunks = ytdFileChunks('YTD.tweets.part0', tweetElements(spec, invented, o.tweets, o.seed));
      const counted = (function* () {
        for (const s of chunks) {
          const b = Buffer.from(s, 'utf8');
          size += b.length;
          yield b;
        }
        entries[f.path] = size;
      })();
      zip.addReadStream(Readable.from(counted, { objectMode: false }), f.path, options);
      continue;
    }
    if (f.path === 'data/manifest.js') {
      // The manifest was written for an empty tweets.js; give it the streamed count.
      const text = bytes.toString('utf8').replace(/("fileName" : "data\/tweets\.js",\s*"globalName" : "YTD\.tweets\.part0",\s*"count" : ")0"/, `$1${o.tweets}"`);
      bytes = Buffer.from(text, 'utf8');
    }
    entries[f.path] = bytes.length;
    zip.addBuffer(bytes, f.path, options);
  }
  await endZipInto(zip, outFile);
  return { entries, tweets: o.tweets };
}
