/** The six-platform persona generator: determinism, id formats, evidence in the files, invented names. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isInventedWord } from '../names.ts';
import { generateSixPlatformSample, type SixPlatformSample } from './index.ts';

const dec = new TextDecoder();

function digest(sample: SixPlatformSample): string[] {
  return sample.archives.map((a) => {
    const h = createHash('sha256').update(a.name);
    for (const f of a.files) h.update(f.path).update(f.bytes);
    return h.digest('hex');
  });
}

function text(sample: SixPlatformSample, platform: string, pathPart: string): string {
  const archive = sample.archives.find((a) => a.platform === platform)!;
  return archive.files.filter((f) => f.path.includes(pathPart)).map((f) => dec.decode(f.bytes)).join('\n');
}

describe('generateSixPlatformSample', () => {
  const sample = generateSixPlatformSample({ seed: 11 });

  it('is deterministic by seed', () => {
    expect(digest(generateSixPlatformSample({ seed: 11 }))).toEqual(digest(sample));
    expect(digest(generateSixPlatformSample({ seed: '11' }))).toEqual(digest(sample));
    const other = digest(generateSixPlatformSample({ seed: 12 }));
    other.forEach((d, i) => expect(d).not.toBe(digest(sample)[i]));
  });

  it('writes one archive per platform, under download-style names', () => {
    expect(sample.archives.map((a) => a.platform)).toEqual(['linkedin', 'x', 'mastodon', 'bluesky', 'facebook', 'instagram']);
    const [li, x, ma, bs, fb, ig] = sample.archives.map((a) => a.name);
    expect(li).toBe('Complete_LinkedInDataExport_02-02-2026.zip');
    expect(x).toMatch(/^twitter-2026-02-02-[0-9a-f]{64}\.zip$/);
    expect(ma).toMatch(/^archive-20260202091500-[0-9a-f]{32}\.zip$/);
    expect(bs).toMatch(/^[a-z]+\.bsky\.social\.car$/);
    expect(fb).toMatch(/^facebook-[a-z]+\.[a-z]+-2026-02-02-[0-9a-f]{8}\.zip$/);
    expect(ig).toMatch(/^instagram-[a-z]+_[a-z]+-2026-02-02-[0-9a-f]{8}\.zip$/);
    expect(sample.archives.find((a) => a.platform === 'bluesky')!.files.map((f) => f.path)).toEqual(['repo.car']);
    for (const a of sample.archives) expect(a.files.length).toBeGreaterThan(0);
  });

  it('plants four merges over all six platforms and two look-alikes, with the importers’ id forms', () => {
    const { merges, lookAlikes } = sample.planted;
    expect(merges.map((m) => m.members.map((id) => id.split(':')[0]))).toEqual([
      ['linkedin', 'mastodon'],
      ['facebook', 'instagram'],
      ['facebook', 'x'],
      ['bluesky', 'instagram', 'mastodon'],
    ]);
    expect(merges.every((m) => m.rule === 'cross-listed-profile')).toBe(true);
    expect(lookAlikes.map((l) => l.members.map((id) => id.split(':')[0]))).toEqual([
      ['facebook', 'linkedin'],
      ['instagram', 'x'],
    ]);
    const forms = [
      /^linkedin:url:https:\/\/www\.linkedin\.com\/in\/[a-z0-9-]+$/,
      /^mastodon:acct:[a-z0-9_]+@[a-z]+\.example$/,
      /^x:id:\d{10}$/,
      /^bluesky:did:did:plc:[a-z2-7]{24}$/,
      /^instagram:user:[a-z0-9._]+$/,
      /^facebook:name:[a-z]+ [a-z]+$/,
    ];
    const all = [...merges.flatMap((m) => m.members), ...lookAlikes.flatMap((l) => l.members)];
    for (const id of all) expect(forms.some((f) => f.test(id)), id).toBe(true);
    expect(new Set(all).size).toBe(all.length);
    for (const m of merges) expect(m.members).toEqual([...m.members].sort());
  });

  it('uses invented names only', () => {
    const names = [
      ...sample.planted.lookAlikes.map((l) => l.name),
      ...sample.planted.merges.flatMap((m) => m.members).filter((id) => id.startsWith('facebook:name:')).map((id) => id.slice('facebook:name:'.length)),
    ];
    for (const n of names) for (const w of n.split(' ')) expect(isInventedWord(w), n).toBe(true);
  });

  it('puts each planted address in an inbound message of the other platform', () => {
    const [m1, m2, m3, m4] = sample.planted.merges;
    const acct = (id: string) => id.slice('mastodon:acct:'.length).split('@') as [string, string];
    const [u1, h1] = acct(m1!.members[1]!);
    expect(text(sample, 'linkedin', 'messages.csv')).toContain(`https://${h1}/@${u1}`);
    expect(text(sample, 'facebook', 'messages/inbox')).toContain(`https://www.instagram.com/${m2!.members[1]!.slice('instagram:user:'.length)}/`);
    const xId = m3!.members[1]!.slice('x:id:'.length);
    const tweets = text(sample, 'x', 'tweets.js');
    const handle = new RegExp(`"screen_name" : "([A-Za-z0-9_]+)",\\s+"indices" : \\[[^\\]]*\\],\\s+"id_str" : "${xId}"`).exec(tweets)?.[1];
    expect(handle).toBeDefined();
    expect(text(sample, 'facebook', 'messages/inbox')).toContain(`https://x.com/${handle!}`);
    const [u4, h4] = acct(m4!.members[2]!);
    const dm = text(sample, 'instagram', 'messages/inbox');
    expect(dm).toContain(` @${u4}@${h4} `);
    expect(dm).toContain(`https://bsky.app/profile/${m4!.members[0]!.slice('bluesky:did:'.length)}`);
  });

  it('gives each look-alike the same name on both platforms and nothing else', () => {
    const [l1, l2] = sample.planted.lookAlikes;
    expect(text(sample, 'linkedin', 'Connections.csv')).toContain(l1!.name.split(' ')[0]!);
    expect(text(sample, 'facebook', 'your_friends.json')).toContain(`"name": "${l1!.name}"`);
    expect(text(sample, 'facebook', 'messages/')).not.toContain(l1!.name);
    expect(text(sample, 'x', 'tweets.js')).toContain(`"name" : "${l2!.name}"`);
    expect(text(sample, 'instagram', 'messages/inbox')).toContain(l2!.name);
  });

  it('refuses a scale that is not a positive number', () => {
    for (const scale of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => generateSixPlatformSample({ seed: 1, scale })).toThrow(/scale must be a positive number/);
  });
});
