/**
 * The importer against the real (redacted) exports in /work/shared/fixtures/real/linkedin/: record
 * counts checked against an independent parse of each file, plus specific values.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createMemoryArchive } from '../../archive/memory.ts';
import type { Archive } from '../../archive/types.ts';
import { DiagnosticSink } from '../../diagnostics/diagnostic.ts';
import type { ImportBatch } from '../../model/build.ts';
import { linkedinImporter } from './index.ts';

const ROOT = fileURLToPath(new URL('../../../../shared/fixtures/real/linkedin/', import.meta.url));
const EXPORTS = {
  y2018: 'abhishekwebcode__Abhishek-Mathur-Complete_LinkedInDataExport_11-04-2018',
  y2021: 'mayara-canaver__LinkedIn-Analysis',
  y2022: 'Sajiah__mylinkedindata',
  y2024: 'apk0703__linkdin_profile_analysis',
} as const;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Lists a fixture folder into a memory archive, optionally under an extra top folder. */
function folderArchive(name: string, prefix = '', only?: (file: string) => boolean): Archive {
  const dir = join(ROOT, name);
  const files = walk(dir)
    .map((p) => relative(dir, p))
    .filter((p) => !only || only(p))
    .map((p) => ({ path: prefix + p, bytes: new Uint8Array(readFileSync(join(dir, p))) }));
  return createMemoryArchive(name, files);
}

async function importFolder(name: string, prefix = '', only?: (file: string) => boolean): Promise<{ batch: ImportBatch; sink: DiagnosticSink }> {
  const sink = new DiagnosticSink(10_000);
  const batch = await linkedinImporter.read(folderArchive(name, prefix, only), { diagnostics: sink });
  return { batch, sink };
}

function decode(bytes: Buffer): string {
  return bytes[0] === 0xff && bytes[1] === 0xfe ? new TextDecoder('utf-16le').decode(bytes.subarray(2)) : bytes.toString('utf8');
}

/**
 * Data rows counted without our reader. Well-formed files: papaparse on the whole string, blank
 * lines dropped, rows up to the header dropped. Comments.csv is not RFC-4180 (multi-line messages
 * are unquoted), so there a row is a line that starts with its `YYYY-MM-DD HH:MM:SS,` timestamp;
 * checked by hand against the 2022 (15 rows) and 2024 (44 rows, 6 continuation lines) files.
 */
function independentRowCount(file: string, text: string): number {
  if (file.endsWith('Comments.csv')) return (text.match(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},/gm) ?? []).length;
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data;
  const header = file.endsWith('Connections.csv') ? rows.findIndex((r) => r[0] === 'First Name') : 0;
  return rows.length - header - 1;
}

describe.each(Object.entries(EXPORTS))('real export %s', (_label, name) => {
  it('is recognised as LinkedIn with confidence ≥ 0.5', () => {
    const r = linkedinImporter.recognize(folderArchive(name));
    expect(r.confidence).toBeGreaterThanOrEqual(0.5);
    expect(r.evidence.length).toBeGreaterThan(0);
  });

  it('imports every data row of every file it reads, with no skipped rows', async () => {
    const { batch, sink } = await importFolder(name);
    const read = batch.files.filter((f) => f.variant !== undefined);
    expect(read.length).toBeGreaterThan(0);
    for (const f of read) {
      const text = decode(readFileSync(join(ROOT, name, f.file)));
      expect({ file: f.file, records: f.records, skipped: f.skipped }).toEqual({ file: f.file, records: independentRowCount(f.file, text), skipped: 0 });
      expect(f.variant).not.toMatch(/^unrecognised/);
    }
    // Nothing worse than info for these exports, and every row-level diagnostic names its file and row.
    expect(sink.items.filter((d) => d.severity !== 'info')).toEqual([]);
    for (const d of sink.items) expect(d.file).toBeDefined();
  });

  it('is deterministic', async () => {
    const a = await importFolder(name);
    const b = await importFolder(name);
    expect(JSON.stringify(b.batch)).toBe(JSON.stringify(a.batch));
  });

  it('gives every event personId a Person, and never makes the owner a Person', async () => {
    const { batch } = await importFolder(name);
    const ids = new Set(batch.people.map((p) => p.id));
    for (const e of batch.events) for (const id of e.personIds ?? []) expect(ids.has(id)).toBe(true);
    for (const t of batch.ties) expect(ids.has(t.personId)).toBe(true);
    const owner = batch.profiles[0]?.name?.toLowerCase();
    if (owner) expect(batch.people.filter((p) => p.name?.toLowerCase() === owner)).toEqual([]);
  });
});

describe('2022-09 export (Sajiah)', () => {
  it('derives message direction: some out, some in, owner inferred from invitations', async () => {
    const { batch, sink } = await importFolder(EXPORTS.y2022);
    const msgs = batch.events.filter((e) => e.kind === 'message');
    expect(msgs).toHaveLength(235);
    expect(msgs.filter((e) => e.direction === 'out')).toHaveLength(53);
    expect(msgs.filter((e) => e.direction === 'in')).toHaveLength(182);
    // Profile.csv is verbatim but message names were redacted, so the Profile name is absent from messages.csv.
    expect(sink.items.find((d) => d.code === 'import.owner-inferred')?.params).toEqual({ name: 'Bpxwti Rkjvd', source: 'Invitations.csv' });
    expect(batch.people.filter((p) => p.name === 'Bpxwti Rkjvd')).toEqual([]);
    const first = msgs.find((e) => e.source.row === 1)!;
    expect(first).toMatchObject({
      direction: 'out',
      at: Date.parse('2022-09-08T18:08:14Z'),
      conversationId: '2-ZmFjYTExY2YtYWIzNC00OGYxLTkyOWYtZTZmMjUyMmViZWZkXzAxMA==',
      participants: 2,
      // The recipient is named only in TO, but their own messages carry a SENDER PROFILE URL: one id.
      personIds: ['linkedin:url:https://www.linkedin.com/in/sg-vcqcze'],
    });
  });

  it('repairs the per-line quoting of a multi-line share', async () => {
    const { batch } = await importFolder(EXPORTS.y2022);
    const post = batch.events.find((e) => e.kind === 'post' && e.source.row === 1)!;
    expect(post.text).toBe(
      [
        "It's always super interesting to carry out explanatory data analysis on issues that matter to me the most, especially in regards to home demolishments in Palestine.",
        '',
        'In my recent project, I performed EDA on a dataset on Forced Home Demolitions in Palestine from the years 2004-2021.',
        '',
        'I also used Logistic Regression, a supervised learning classification model (for categorical variables) that works best on small datasets. I trained the model to predict the area of demolishments.',
        '',
        'Link to project on my github: ',
        '',
        'https://lnkd.in/guS9z9Rh ',
        '',
        '#dataanalysis #eda #datascience #classification #logisticregression',
      ].join('\n'),
    );
    expect(post).toMatchObject({ at: Date.parse('2022-09-08T04:10:18Z'), visibility: 'MEMBER_NETWORK', url: 'https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A6973492690202112000' });
  });

  it('reads the Notes: preamble of Connections.csv and dates of each file', async () => {
    const { batch, sink } = await importFolder(EXPORTS.y2022);
    expect(sink.items.find((d) => d.code === 'csv.preamble')).toMatchObject({ file: 'Connections.csv', params: { lines: 3 } });
    expect(batch.ties).toHaveLength(313);
    const follow = batch.events.find((e) => e.kind === 'follow' && e.detail === 'Dover Corporation')!;
    expect(follow.at).toBe(Date.parse('2022-08-30T14:33:11Z'));
    const endorsement = batch.events.find((e) => e.kind === 'endorsement')!;
    expect(endorsement).toMatchObject({ direction: 'in', at: Date.parse('2020-06-09T00:53:47Z'), detail: 'css3', status: 'ACCEPTED' });
    const invitation = batch.events.find((e) => e.kind === 'invitation')!;
    expect(invitation).toMatchObject({ direction: 'out', at: Date.parse('2022-08-26T20:56:00Z'), hasNote: false });
  });

  it('skips the legacy endorsement file when the underscore one exists, and reads it (UTF-16LE, tabs) when alone', async () => {
    const both = await importFolder(EXPORTS.y2022);
    expect(both.sink.items.find((d) => d.code === 'import.duplicate-file')?.file).toBe('Endorsement Received Info.csv');
    expect(both.batch.files.find((f) => f.file === 'Endorsement Received Info.csv')).toBeUndefined();

    const alone = await importFolder(EXPORTS.y2022, '', (f) => f === 'Endorsement Received Info.csv');
    expect(alone.batch.files).toEqual([
      { platform: 'linkedin', archive: EXPORTS.y2022, file: 'Endorsement Received Info.csv', kind: 'endorsements', records: 59, skipped: 0, variant: 'legacy: 6 columns', encoding: 'utf-16le' },
    ]);
    const e = alone.batch.events[0]!;
    expect(e).toMatchObject({ kind: 'endorsement', direction: 'in', at: Date.parse('2022-07-27T01:50:25Z'), detail: 'JavaScript', status: 'Redacted', personIds: ['linkedin:name:qhgl k.'] });
  });

  it('reads Comments.csv to clean rows, including a comment followed by a blank line', async () => {
    const { batch } = await importFolder(EXPORTS.y2022);
    const comments = batch.events.filter((e) => e.kind === 'comment');
    expect(comments).toHaveLength(15);
    expect(comments.find((e) => e.source.row === 7)).toMatchObject({ text: 'Vza', at: Date.parse('2020-06-08T08:11:20Z') });
  });
});

describe('2024-03 export (apk0703)', () => {
  it('reads a comment with an escaped quote and comments whose extra lines were not quoted', async () => {
    const { batch } = await importFolder(EXPORTS.y2024);
    const comments = batch.events.filter((e) => e.kind === 'comment');
    expect(comments).toHaveLength(44);
    expect(comments.find((e) => e.source.row === 12)?.text).toBe('Pthlgq ngevu(fpuBu) yj takwrjek ounc QiurdfqxCfxeeq bpiok Avdonko= "M6"');
    expect(comments.find((e) => e.source.row === 17)?.text).toBe('Czelbidwyt\nMCA (freshers graduate)\nkumarpabitra0703@gmail.com');
    expect(comments.every((e) => e.at !== undefined && e.targetUrl?.startsWith('https://www.linkedin.com/feed/update/'))).toBe(true);
  });

  it('strips HTML from message content and gives URL ids to senders', async () => {
    const { batch } = await importFolder(EXPORTS.y2024);
    const msg = batch.events.find((e) => e.kind === 'message' && e.source.row === 1)!;
    expect(msg.text?.startsWith('Ja P Qppwqnx Qikvt,\n\nBxp\'tu dyrvjjv')).toBe(true);
    expect(msg.text).not.toMatch(/<|&\w+;/);
    expect(msg).toMatchObject({ direction: 'in', at: Date.parse('2024-03-20T15:09:26Z') });
    const out = batch.events.find((e) => e.kind === 'message' && e.source.row === 3)!;
    expect(out).toMatchObject({ direction: 'out', personIds: ['linkedin:url:https://www.linkedin.com/in/bwci-shrvc-qrjip-2442a06u5'] });
  });

  it('keeps hidden connections as ties and normalises endorsement URLs without scheme', async () => {
    const { batch, sink } = await importFolder(EXPORTS.y2024);
    expect(batch.ties).toHaveLength(456);
    expect(sink.items.find((d) => d.code === 'import.hidden-connections')?.params).toEqual({ count: 12 });
    expect(batch.ties[0]).toMatchObject({ personId: 'linkedin:url:https://www.linkedin.com/in/xolfedxo-j-021000888', since: Date.parse('2024-03-20T00:00:00Z') });
    const given = batch.events.find((e) => e.kind === 'endorsement' && e.direction === 'out')!;
    expect(given).toMatchObject({ at: Date.parse('2022-03-21T18:14:18Z'), detail: 'C++', personIds: ['linkedin:url:https://www.linkedin.com/in/safic-fewseb-ko4743793'] });
    const follow = batch.events.find((e) => e.kind === 'follow' && e.detail === 'TechDoQuest')!;
    expect(follow.at).toBe(Date.parse('2024-03-13T18:51:14Z'));
  });

  it('builds the profile from Profile, Positions and Skills', async () => {
    const { batch } = await importFolder(EXPORTS.y2024);
    expect(batch.profiles).toHaveLength(1);
    expect(batch.profiles[0]).toMatchObject({
      platform: 'linkedin',
      name: 'A Pabitra Kumar Patra',
      headline: 'Data Analyst | Machine learning | Python',
      positions: [{ organisation: 'InfoVision Inc.', title: 'BI intern', location: 'Chennai, Tamil Nadu, India', startedOn: '2024-01' }],
    });
    expect(batch.profiles[0]!.skills.slice(0, 3)).toEqual(['Node.js', 'Express.js', 'MongoDB']);
    // Invitations.csv (2024) names the inviter's URL on outgoing rows: the owner's own.
    expect(batch.profiles[0]!.profileUrl).toBe('https://www.linkedin.com/in/ocx8725');
  });
});

describe('2018 export (abhishekwebcode)', () => {
  it('reads the UTF-16LE tab-separated Shares.csv', async () => {
    const { batch } = await importFolder(EXPORTS.y2018);
    expect(batch.files.find((f) => f.file === 'Shares.csv')).toMatchObject({ records: 5, encoding: 'utf-16le', variant: '2018: 9 columns' });
    const shares = batch.events.filter((e) => e.kind === 'post' || e.kind === 'repost');
    expect(shares[0]).toMatchObject({ kind: 'repost', at: Date.parse('2017-06-08T08:15:44Z'), visibility: 'Connections' });
    expect(shares[1]).toMatchObject({ kind: 'post', text: 'Iif', visibility: 'Public', url: 'https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A6174631705446576128' });
  });

  it('uses the explicit Direction column, decodes entities and synthesises conversations', async () => {
    const { batch, sink } = await importFolder(EXPORTS.y2018);
    const msgs = batch.events.filter((e) => e.kind === 'message');
    expect(msgs.filter((e) => e.direction === 'out')).toHaveLength(9);
    expect(msgs.filter((e) => e.direction === 'in')).toHaveLength(16);
    expect(sink.items.find((d) => d.code === 'import.owner-inferred')).toBeUndefined();
    const first = msgs[0]!;
    expect(first.at).toBe(Date.parse('2018-10-16T08:36:00Z'));
    expect(first.text).toContain('Y\u2019q azgj');
    expect(first.conversationId).toBe('linkedin-2018:wbpcfl ounc|wphffthr fjvnkc|Hltfrc flq ylylq pz szgied ghusqa');
    // Two rows with the same pair and subject share the thread.
    expect(msgs[1]!.conversationId).toBe(first.conversationId);
  });

  it('dates 2018 connections by their day', async () => {
    const { batch } = await importFolder(EXPORTS.y2018);
    expect(batch.ties[0]!.since).toBe(Date.parse('2018-01-08T00:00:00Z'));
    expect(batch.people.find((p) => p.id === batch.ties[0]!.personId)).toMatchObject({ organisation: 'ApproveIT', role: 'Owner' });
  });
});

describe('re-zipped export', () => {
  it('finds files under an extra top folder', async () => {
    const flat = await importFolder(EXPORTS.y2022);
    const nested = await importFolder(EXPORTS.y2022, 'Complete_LinkedInDataExport_09-12-2022 (1)/');
    expect(nested.batch.events).toHaveLength(flat.batch.events.length);
    expect(nested.batch.files.map((f) => [f.file.replace(/^[^/]+\//, ''), f.records])).toEqual(flat.batch.files.map((f) => [f.file, f.records]));
    expect(linkedinImporter.recognize(folderArchive(EXPORTS.y2022, 'top/')).confidence).toBeGreaterThanOrEqual(0.5);
  });
});
