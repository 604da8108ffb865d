/** The importer on small synthetic archives: degenerate files, broken files and identity rules. */
import { describe, expect, it } from 'vitest';
import { createMemoryArchive } from '../../archive/memory.ts';
import { ArchiveReadError, type Archive } from '../../archive/types.ts';
import { DiagnosticSink } from '../../diagnostics/diagnostic.ts';
import { linkedinImporter } from './index.ts';

const enc = new TextEncoder();

function archive(files: Record<string, string | Uint8Array>, chunkSize?: number): Archive {
  return createMemoryArchive(
    'test.zip',
    Object.entries(files).map(([path, v]) => ({ path, bytes: typeof v === 'string' ? enc.encode(v) : v })),
    chunkSize,
  );
}

async function run(a: Archive, onProgress?: (file: string, read: number, total: number) => void) {
  const sink = new DiagnosticSink(1000);
  const batch = await linkedinImporter.read(a, { diagnostics: sink, ...(onProgress ? { onProgress } : {}) });
  return { batch, sink, codes: sink.items.map((d) => `${d.code}@${d.file ?? ''}#${d.row ?? ''}`) };
}

const CONN_2024 = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n';
const MSG_2022 = 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER\n';
const PROFILE = 'First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n';

describe('recognize', () => {
  it('scores 0 for an empty archive and for unrelated files', () => {
    expect(linkedinImporter.recognize(archive({})).confidence).toBe(0);
    expect(linkedinImporter.recognize(archive({ 'data/tweets.js': 'x', 'outbox.json': '{}', 'notes.csv': 'a' })).confidence).toBe(0);
  });
  it('scores ≥ 0.5 on one strong name', () => {
    expect(linkedinImporter.recognize(archive({ 'Connections.csv': CONN_2024 })).confidence).toBeGreaterThanOrEqual(0.5);
  });
});

describe('degenerate files', () => {
  it('empty file: a report with 0 records and a missing-header warning', async () => {
    const { batch, codes } = await run(archive({ 'Connections.csv': '' }));
    expect(batch.files).toEqual([{ platform: 'linkedin', archive: 'test.zip', file: 'Connections.csv', kind: 'connections', records: 0, skipped: 0, encoding: 'utf-8' }]);
    expect(codes).toContain('csv.missing-header@Connections.csv#');
  });

  it('header-only file: 0 records, no warnings, variant known', async () => {
    const { batch, sink } = await run(archive({ 'Connections.csv': CONN_2024 }));
    expect(batch.files[0]).toMatchObject({ records: 0, skipped: 0, variant: '2023+: 7 columns' });
    expect(sink.items.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(batch.ties).toEqual([]);
  });

  it('names a one-column layout in the singular (Skills.csv)', async () => {
    const { batch } = await run(archive({ 'Skills.csv': 'Name\nNegotiation\n' }));
    expect(batch.files.find((f) => f.file === 'Skills.csv')).toMatchObject({ records: 1, variant: 'all: 1 column' });
  });

  it('one row on one day', async () => {
    const { batch } = await run(archive({ 'Connections.csv': `${CONN_2024}Ada,Lovelace,https://www.linkedin.com/in/ada,,Engines,Analyst,09 Sep 2022` }));
    expect(batch.ties).toEqual([
      { personId: 'linkedin:url:https://www.linkedin.com/in/ada', platform: 'linkedin', kind: 'connection', source: { platform: 'linkedin', file: 'Connections.csv', row: 1 }, since: Date.parse('2022-09-09') },
    ]);
    expect(batch.people).toEqual([
      { id: 'linkedin:url:https://www.linkedin.com/in/ada', platform: 'linkedin', name: 'Ada Lovelace', profileUrl: 'https://www.linkedin.com/in/ada', organisation: 'Engines', role: 'Analyst' },
    ]);
  });

  it('a PDF named Connections.csv gives a diagnostic, not a throw', async () => {
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a, ...Array.from({ length: 3000 }, (_, i) => (i * 37) % 256)]);
    const { batch, codes } = await run(archive({ 'Connections.csv': pdf }));
    expect(batch.files[0]).toMatchObject({ file: 'Connections.csv', records: 0 });
    expect(codes).toContain('csv.missing-header@Connections.csv#');
    expect(batch.ties).toEqual([]);
  });

  it('preamble + blank line, CRLF inside quoted fields, a malformed row in the middle', async () => {
    const text =
      'Notes:\r\n"When exporting your connection data, you may notice..."\r\n\r\n' +
      'First Name,Last Name,Email Address,Company,Position,Connected On\r\n' +
      'Ada,Lovelace,,"Analytical\r\nEngines",Analyst,09 Sep 2022\r\n' +
      'Bad,Row,only four\r\n' +
      'Grace,Hopper,,Navy,"Rear Admiral, ret.",18-Jun-24\r\n';
    const { batch, codes } = await run(archive({ 'Connections.csv': text }, 7));
    expect(batch.files[0]).toMatchObject({ records: 2, skipped: 1, variant: '2018-2022: 6 columns' });
    expect(codes).toEqual(['csv.preamble@Connections.csv#', 'csv.malformed-row@Connections.csv#2']);
    expect(batch.people.map((p) => [p.name, p.organisation, p.role])).toEqual([
      ['Ada Lovelace', 'Analytical Engines', 'Analyst'],
      ['Grace Hopper', 'Navy', 'Rear Admiral, ret.'],
    ]);
    expect(batch.ties.map((t) => t.since)).toEqual([Date.parse('2022-09-09'), Date.parse('2024-06-18')]);
  });

  it('Excel re-save: NA cells are empty, and a bad date keeps the row without a date', async () => {
    const text = `${CONN_2024}Ada,NA,NA,NA,NA,NA,someday\n`;
    const { batch, codes, sink } = await run(archive({ 'Connections.csv': text }));
    expect(batch.ties).toHaveLength(1);
    expect(batch.ties[0]!.since).toBeUndefined();
    expect(batch.people[0]).toEqual({ id: 'linkedin:name:ada', platform: 'linkedin', name: 'Ada' });
    expect(codes).toEqual(['value.bad-date@Connections.csv#1']);
    expect(sink.items[0]!.params).toEqual({ value: 'someday', column: 'Connected On' });
  });
});

describe('archive read errors', () => {
  it('keeps what was read, reports the error, and goes on with other files', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `P${i},Q,https://www.linkedin.com/in/p${i},,C,R,09 Sep 2022`).join('\n');
    const base = archive({ 'Connections.csv': `${CONN_2024}${rows}\n`, 'Skills.csv': 'Name\nTypeScript\n' }, 1024);
    const failing: Archive = {
      ...base,
      read(entry) {
        if (entry.path !== 'Connections.csv') return base.read(entry);
        return (async function* () {
          let n = 0;
          for await (const c of base.read(entry)) {
            if (++n > 150) throw new ArchiveReadError('archive.corrupt-entry', { reason: 'invalid block type' });
            yield c;
          }
        })();
      },
    };
    const { batch, sink } = await run(failing);
    const conn = batch.files.find((f) => f.file === 'Connections.csv')!;
    expect(conn.records).toBeGreaterThan(0);
    expect(conn.records).toBeLessThan(3000);
    expect(batch.ties).toHaveLength(conn.records);
    expect(sink.items.find((d) => d.code === 'archive.corrupt-entry')).toEqual({
      code: 'archive.corrupt-entry',
      severity: 'error',
      file: 'Connections.csv',
      params: { reason: 'invalid block type' },
    });
    expect(batch.profiles[0]!.skills).toEqual(['TypeScript']);
  });

  it('reports progress per file, ending at the full size', async () => {
    const big = `${CONN_2024}${'A,B,,C,R,09 Sep 2022\n'.repeat(120_000)}`;
    const calls: [string, number, number][] = [];
    const a = archive({ 'Connections.csv': big }, 64 * 1024);
    await run(a, (f, r, t) => calls.push([f, r, t]));
    const size = enc.encode(big).length;
    expect(calls.length).toBeGreaterThan(1);
    expect(calls.length).toBeLessThan(10);
    expect(calls.at(-1)).toEqual(['Connections.csv', size, size]);
    for (let i = 1; i < calls.length; i++) expect(calls[i]![1]).toBeGreaterThanOrEqual(calls[i - 1]![1]);
  });
});

describe('owner and identity', () => {
  const messages =
    MSG_2022 +
    // Ada (owner) writes to Bob, who is known by URL from his own message and from Connections.
    'c1,,Ada Lovelace,https://www.linkedin.com/in/ada,Bob Stone,2022-09-08 18:08:14 UTC,,Hello &amp; welcome,INBOX\n' +
    'c1,,Bob Stone,https://www.linkedin.com/in/bob,Ada Lovelace,2022-09-08 18:09:00 UTC,,<p>Hi!</p>,INBOX\n' +
    // A group thread: Carol writes to the owner and Dan; the owner answers.
    'c2,Team,Carol Ray,https://www.linkedin.com/in/carol,Ada Lovelace,2022-09-09 10:00:00 UTC,,hey all,INBOX\n' +
    'c2,Team,Dan Ek,,Ada Lovelace,2022-09-09 10:01:00 UTC,,hi,INBOX\n' +
    'c2,Team,Ada Lovelace,https://www.linkedin.com/in/ada,Carol Ray,2022-09-09 10:02:00 UTC,,ok,INBOX\n';

  it('uses Profile.csv for the owner, unifies a name-only mention with its URL id, counts thread members', async () => {
    const { batch, codes } = await run(
      archive({ 'Profile.csv': `${PROFILE}Ada,Lovelace,,,,Analyst,,,,London,,,\n`, 'messages.csv': messages, 'Connections.csv': `${CONN_2024}Bob,Stone,https://www.linkedin.com/in/bob,,,,09 Sep 2022\n` }),
    );
    expect(codes.filter((c) => c.startsWith('import.owner'))).toEqual([]);
    const msgs = batch.events.filter((e) => e.kind === 'message');
    expect(msgs.map((e) => [e.direction, e.personIds, e.participants])).toEqual([
      ['out', ['linkedin:url:https://www.linkedin.com/in/bob'], 2],
      ['in', ['linkedin:url:https://www.linkedin.com/in/bob'], 2],
      ['in', ['linkedin:url:https://www.linkedin.com/in/carol'], 3],
      ['in', ['linkedin:name:dan ek'], 3],
      ['out', ['linkedin:url:https://www.linkedin.com/in/carol'], 3],
    ]);
    expect(msgs[0]!.text).toBe('Hello & welcome');
    expect(msgs[1]!.text).toBe('Hi!');
    expect(batch.people.map((p) => p.id)).toEqual([
      'linkedin:name:dan ek',
      'linkedin:url:https://www.linkedin.com/in/bob',
      'linkedin:url:https://www.linkedin.com/in/carol',
    ]);
    expect(batch.ties[0]!.personId).toBe('linkedin:url:https://www.linkedin.com/in/bob');
  });

  it('infers the owner from the threads when Profile.csv is absent', async () => {
    const { batch, sink } = await run(archive({ 'messages.csv': messages }));
    expect(sink.items.find((d) => d.code === 'import.owner-inferred')).toMatchObject({ params: { name: 'Ada Lovelace', source: 'messages.csv' } });
    expect(batch.events.filter((e) => e.direction === 'out')).toHaveLength(2);
    expect(batch.profiles).toEqual([]);
  });

  it('a name shared by two URL-known people stays a name id', async () => {
    const conn = `${CONN_2024}Sam,Lee,https://www.linkedin.com/in/sam1,,,,09 Sep 2022\nSam,Lee,https://www.linkedin.com/in/sam2,,,,09 Sep 2022\n`;
    const inv = 'From,To,Sent At,Message,Direction\nSam Lee,Ada Lovelace,"3/12/24, 11:20 AM",Hello there,INCOMING\n';
    const { batch } = await run(archive({ 'Connections.csv': conn, 'Invitations.csv': inv }));
    const e = batch.events[0]!;
    expect(e).toMatchObject({ kind: 'invitation', direction: 'in', hasNote: true, text: 'Hello there', personIds: ['linkedin:name:sam lee'], at: Date.parse('2024-03-12T11:20:00Z') });
  });

  it('skips draft messages with an info diagnostic (12-column layout)', async () => {
    const head = 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT\n';
    const rows =
      'c1,,Ada,https://www.linkedin.com/in/ada,Bob,https://www.linkedin.com/in/bob,2025-01-01 10:00:00 UTC,,sent,INBOX,,FALSE\n' +
      'c1,,Ada,https://www.linkedin.com/in/ada,Bob,https://www.linkedin.com/in/bob,2025-01-02 10:00:00 UTC,,draft,INBOX,,TRUE\n';
    const { batch, codes } = await run(archive({ 'Profile.csv': `${PROFILE}Ada,,,,,,,,,,,,\n`, 'messages.csv': head + rows }));
    expect(batch.files.find((f) => f.file === 'messages.csv')).toMatchObject({ records: 1, skipped: 1, variant: '2025: 12 columns' });
    expect(codes).toContain('import.draft-skipped@messages.csv#2');
    expect(batch.events.map((e) => [e.direction, e.text])).toEqual([['out', 'sent']]);
  });
});

describe('other files', () => {
  it('maps comments with backslash-escaped quotes, reactions, votes and job files', async () => {
    const { batch } = await run(
      archive({
        'Comments.csv': 'Date,Link,Message\r\n2025-06-17 09:50:39,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A1,"Rather than \\"this\\", use \\"that\\""\r\n',
        'Reactions.csv': 'Date,Type,Link\r\n2024-03-17 18:03:38,APPRECIATION,https://www.linkedin.com/feed/update/x\r\n',
        'Votes.csv': 'Date,Link,OptionText\r\n2024-03-17 18:02:53,https://www.linkedin.com/feed/update/p,no \r\n',
        'Jobs/Job Applications.csv':
          'Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,Question And Answers\n"11/13/23, 9:42 AM",a@b.c,,Acme,Engineer,http://www.linkedin.com/jobs/view/1,cv.pdf,\n',
        'Jobs/Saved Jobs.csv': 'Saved Date,Job Url,Job Title,Company Name\n"10/3/24, 2:15 PM",https://www.linkedin.com/jobs/view/2/,Analyst,Globex\n',
        'Education.csv': 'School Name\nX\n',
      }),
    );
    const byKind = Object.fromEntries(batch.events.map((e) => [e.kind, e]));
    expect(byKind['comment']).toMatchObject({ direction: 'out', text: 'Rather than "this", use "that"', at: Date.parse('2025-06-17T09:50:39Z') });
    expect(byKind['reaction']).toMatchObject({ detail: 'APPRECIATION', targetUrl: 'https://www.linkedin.com/feed/update/x' });
    expect(byKind['vote']).toMatchObject({ direction: 'out', targetUrl: 'https://www.linkedin.com/feed/update/p' });
    expect(byKind['job-application']).toMatchObject({ organisation: 'Acme', detail: 'Engineer', url: 'http://www.linkedin.com/jobs/view/1', at: Date.parse('2023-11-13T09:42:00Z') });
    expect(byKind['job-save']).toMatchObject({ organisation: 'Globex', detail: 'Analyst', at: Date.parse('2024-10-03T14:15:00Z') });
    expect(batch.files.map((f) => [f.file, f.kind, f.records])).toEqual([
      ['Comments.csv', 'comments', 1],
      ['Reactions.csv', 'reactions', 1],
      ['Votes.csv', 'other', 1],
      ['Jobs/Job Applications.csv', 'jobs', 1],
      ['Jobs/Saved Jobs.csv', 'jobs', 1],
      ['Education.csv', 'other', 0],
    ]);
  });

  it('maps recommendations and learning', async () => {
    const { batch } = await run(
      archive({
        'Recommendations_Received.csv': 'First Name,Last Name,Company,Job Title,Text,Creation Date,Status\nJane,Roe,Acme,CTO,"Great to work with.\nReliable.","12/24/23, 05:28 AM",VISIBLE\n',
        'Learning.csv':
          'Content Title,Content Description,Content Type,Content Last Watched Date (if viewed),Content Completed At (if completed),Content Saved,Notes taken on videos (if taken),\nSQL Basics,,Course,2023-05-01 10:00 UTC,2023-05-02 14:07 UTC,false,,\nStats,,Course,2023-06-01 09:00 UTC,N/A,false,,\n',
      }),
    );
    expect(batch.events[0]).toMatchObject({
      kind: 'recommendation',
      direction: 'in',
      text: 'Great to work with.\nReliable.',
      organisation: 'Acme',
      detail: 'CTO',
      status: 'VISIBLE',
      at: Date.parse('2023-12-24T05:28:00Z'),
      personIds: ['linkedin:name:jane roe'],
    });
    expect(batch.events.slice(1).map((e) => [e.detail, e.status, e.at])).toEqual([
      ['SQL Basics', 'completed', Date.parse('2023-05-02T14:07:00Z')],
      ['Stats', 'started', Date.parse('2023-06-01T09:00:00Z')],
    ]);
  });

  it('reads Logins.csv dates and types only: the IP address and user agent never reach the ledger', async () => {
    const ip4 = '198.51.100.23';
    const ip6 = '2001:db8:85a3::8a2e';
    const agent = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
    const { batch, codes } = await run(
      archive({
        'Logins.csv': [
          'Login Date,IP Address,User Agent,Login Type',
          `Tue Oct 10 14:57:23 UTC 2023,${ip4},"${agent}",Login`,
          `Sun Oct 29 03:03:00 UTC 2023,${ip6},LIAuthLibrary:0.0.3 com.linkedin.android:4.1.900 Pixel_7:android_14,Login`,
          `yesterday,${ip4},curl/8.0,Login`,
          '',
        ].join('\r\n'),
      }),
    );
    expect(batch.files).toEqual([{ platform: 'linkedin', archive: 'test.zip', file: 'Logins.csv', kind: 'logins', records: 3, skipped: 0, variant: '2025: 4 columns', encoding: 'utf-8' }]);
    expect(batch.events.map((e) => [e.kind, e.direction, e.at, e.detail])).toEqual([
      ['login', 'out', Date.parse('2023-10-10T14:57:23Z'), 'Login'],
      ['login', 'out', Date.parse('2023-10-29T03:03:00Z'), 'Login'],
      // A date that cannot be read keeps the row, undated, and says so.
      ['login', 'out', undefined, 'Login'],
    ]);
    expect(codes).toContain('value.bad-date@Logins.csv#3');
    const kept = JSON.stringify(batch);
    for (const secret of [ip4, ip6, 'Mozilla', 'KHTML', 'LIAuthLibrary', 'curl']) expect(kept).not.toContain(secret);
  });

  it('an archive with nothing LinkedIn in it gives an empty batch and a nothing-usable warning', async () => {
    const { batch, codes } = await run(archive({ 'readme.txt': 'hello' }));
    expect(batch).toEqual({ platform: 'linkedin', people: [], ties: [], events: [], profiles: [], files: [] });
    expect(codes).toEqual(['import.nothing-usable@test.zip#']);
  });
});
