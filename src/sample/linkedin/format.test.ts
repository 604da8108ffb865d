import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { generateSample, generateSpec } from '../generate.ts';
import type { MemoryFile } from '../../archive/memory.ts';
import { usShort, usShortPadded, javaDate, dayMonYear, slashUtc, isoUtc } from './dates.ts';
import { backslashField, shareCommentaryField, field } from './csv.ts';

const text = (f: MemoryFile | undefined) => new TextDecoder('utf-8').decode(f?.bytes);
const utf16 = (f: MemoryFile | undefined) => new TextDecoder('utf-16le').decode(f?.bytes.subarray(2));

function files(vintage?: '2018' | '2022' | '2024', persona = 'broadcaster', topFolder?: string) {
  const g = generateSample({ persona, seed: 'format', ...(vintage ? { vintage } : {}), ...(topFolder ? { topFolder } : {}) });
  const byName = new Map(g.files.map((f) => [f.path, f]));
  return { g, get: (name: string) => byName.get(name) };
}

const firstLine = (s: string) => s.slice(0, s.search(/\r?\n/));

describe('date formats', () => {
  const t = Date.UTC(2024, 2, 3, 0, 5, 9);
  it('writes each LinkedIn format exactly', () => {
    expect(usShort(t)).toBe('3/3/24, 12:05 AM');
    expect(usShort(Date.UTC(2024, 2, 12, 11, 20))).toBe('3/12/24, 11:20 AM');
    expect(usShort(Date.UTC(2023, 10, 13, 21, 42))).toBe('11/13/23, 9:42 PM');
    expect(usShortPadded(Date.UTC(2023, 11, 24, 5, 28))).toBe('12/24/23, 05:28 AM');
    expect(javaDate(Date.UTC(2024, 2, 13, 18, 51, 14))).toBe('Wed Mar 13 18:51:14 UTC 2024');
    expect(dayMonYear(Date.UTC(2022, 8, 9))).toBe('09 Sep 2022');
    expect(slashUtc(Date.UTC(2022, 2, 21, 18, 14, 18))).toBe('2022/03/21 18:14:18 UTC');
    expect(isoUtc(Date.UTC(2024, 2, 20, 15, 9, 26))).toBe('2024-03-20 15:09:26 UTC');
  });
});

describe('CSV quirks', () => {
  it('quotes only when needed', () => {
    expect(field('plain')).toBe('plain');
    expect(field('a, b')).toBe('"a, b"');
    expect(field('say "hi"')).toBe('"say ""hi"""');
  });
  it('escapes Comments quotes with a backslash', () => {
    expect(backslashField('the "quick win" part')).toBe('"the \\"quick win\\" part"');
  });
  it('wraps each line of a multi-line share in its own quotes', () => {
    expect(shareCommentaryField('first\n\nsecond', '\r\n')).toBe('"first""\r\n""""\r\n""second"');
    expect(shareCommentaryField('one line', '\r\n')).toBe('one line');
  });
});

describe('2024 export (default vintage)', () => {
  const { g, get } = files();

  it('lists the expected files, sorted by path', () => {
    const paths = g.files.map((f) => f.path);
    expect(paths).toEqual([...paths].sort());
    for (const name of ['Connections.csv', 'messages.csv', 'Invitations.csv', 'Shares.csv', 'Comments.csv', 'Reactions.csv', 'Votes.csv', 'Endorsement_Received_Info.csv', 'Endorsement_Given_Info.csv', 'Recommendations_Received.csv', 'Recommendations_Given.csv', 'Profile.csv', 'Positions.csv', 'Skills.csv', 'Jobs/Job Applications.csv', 'Jobs/Saved Jobs.csv', 'Company Follows.csv', 'Member_Follows.csv', 'Learning.csv', 'Rich Media.csv']) {
      expect(paths).toContain(name);
    }
    expect(paths).not.toContain('Endorsement Received Info.csv');
  });

  it('starts Connections.csv with the Notes preamble and a blank line, LF only', () => {
    const s = text(get('Connections.csv'));
    const lines = s.split('\n');
    expect(lines[0]).toBe('Notes:');
    expect(lines[1]).toMatch(/^"When exporting your connection data, you may notice/);
    expect(lines[2]).toBe('');
    expect(lines[3]).toBe('First Name,Last Name,URL,Email Address,Company,Position,Connected On');
    expect(lines[4]).toMatch(/,https:\/\/www\.linkedin\.com\/in\/[a-z0-9-]+,.*,\d{2} [A-Z][a-z]{2} \d{4}$/);
    expect(s.includes('\r')).toBe(false);
    expect(s.endsWith('\n')).toBe(true);
  });

  it('writes messages.csv in the 10-column layout with UTC dates and some HTML-wrapped content', () => {
    const s = text(get('messages.csv'));
    expect(firstLine(s)).toBe('CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER');
    const parsed = Papa.parse<string[]>(s, { header: false, skipEmptyLines: true });
    const rows = parsed.data.slice(1);
    expect(parsed.errors).toEqual([]);
    expect(rows.length).toBe(generateSpec({ persona: 'broadcaster', seed: 'format' }).messages.length);
    for (const r of rows) {
      expect(r.length).toBe(10);
      expect(r[0]).toMatch(/^2-[A-Za-z0-9+/]+==$/);
      expect(r[6]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/);
      expect(['INBOX', 'ARCHIVE', 'SPAM']).toContain(r[9]);
    }
    expect(rows.some((r) => r[8]?.startsWith('<p class="spinmail-quill-editor__spin-break">'))).toBe(true);
    // Group threads: several recipients, names joined with ", " and URLs with ",".
    const group = rows.find((r) => (r[5] ?? '').includes(','));
    expect(group?.[4]).toContain(', ');
    expect(s.includes('\r')).toBe(false);
  });

  it('writes Invitations.csv with quoted US dates and profile URLs', () => {
    const s = text(get('Invitations.csv'));
    expect(firstLine(s)).toBe('From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl');
    expect(s.split('\n')[1]).toMatch(/,"\d{1,2}\/\d{1,2}\/\d{2}, \d{1,2}:\d{2} (AM|PM)",.*,(OUTGOING|INCOMING),https:\/\/www\.linkedin\.com\/in\//);
  });

  it('writes Shares.csv with CRLF and per-line quote wrapping of multi-line posts', () => {
    const s = text(get('Shares.csv'));
    expect(s.startsWith('Date,ShareLink,ShareCommentary,SharedURL,MediaURL,Visibility\r\n')).toBe(true);
    expect(s).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},https:\/\/www\.linkedin\.com\/feed\/update\/urn%3Ali%3A(share|ugcPost)%3A\d+,/m);
    expect(s).toContain('!""\r\n""""\r\n""Grateful to everyone who made it happen.""');
    expect(s.replace(/\r\n/g, '').includes('\n')).toBe(false);
    expect(s).toContain(',MEMBER_NETWORK\r\n');
  });

  it('writes Comments.csv with CRLF and backslash-escaped quotes', () => {
    const spec = generateSpec({ persona: 'connector', seed: 'format' });
    expect(spec.comments.some((c) => c.text.includes('"'))).toBe(true);
    const s = text(files('2024', 'connector').get('Comments.csv'));
    expect(s.startsWith('Date,Link,Message\r\n')).toBe(true);
    expect(s).toContain('\\"');
    expect(s).not.toMatch(/[^"]""[^"\r]/);
  });

  it('writes Reactions, Votes and Member_Follows with CRLF', () => {
    expect(text(get('Reactions.csv'))).toMatch(/^Date,Type,Link\r\n\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},(LIKE|PRAISE|EMPATHY|APPRECIATION|INTEREST|ENTERTAINMENT),https:/);
    expect(text(get('Votes.csv')).startsWith('Date,Link,OptionText\r\n')).toBe(true);
    expect(text(get('Member_Follows.csv'))).toMatch(/^Date,Status,FullName\r\n\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},Active,/);
  });

  it('writes endorsements with slash UTC dates and scheme-less URLs', () => {
    const r = text(get('Endorsement_Received_Info.csv')).split('\n');
    expect(r[0]).toBe('Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,Endorsement Status');
    expect(r[1]).toMatch(/^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2} UTC,.*,www\.linkedin\.com\/in\/[a-z0-9-]+,ACCEPTED$/);
    const g = text(get('Endorsement_Given_Info.csv')).split('\n');
    expect(g[0]).toBe('Endorsement Date,Skill Name,Endorsee First Name,Endorsee Last Name,Endorsee Public Url,Endorsement Status');
  });

  it('writes recommendations with zero-padded hours and VISIBLE status', () => {
    const r = text(get('Recommendations_Received.csv')).split('\n');
    expect(r[0]).toBe('First Name,Last Name,Company,Job Title,Text,Creation Date,Status');
    expect(r[1]).toMatch(/,"\d{1,2}\/\d{1,2}\/\d{2}, \d{2}:\d{2} (AM|PM)",VISIBLE$/);
    expect(text(get('Recommendations_Given.csv'))).toBe('First Name,Last Name,Company,Job Title,Text,Creation Date,Status\n');
  });

  it('writes the profile and career files with their headers', () => {
    const p = text(get('Profile.csv')).split('\n');
    expect(p[0]).toBe('First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers');
    expect(p.length).toBe(3);
    const pos = text(get('Positions.csv')).split('\n');
    expect(pos[0]).toBe('Company Name,Title,Description,Location,Started On,Finished On');
    expect(pos[1]).toMatch(/,[A-Z][a-z]{2} \d{4},$/);
    expect(text(get('Skills.csv')).startsWith('Name\n')).toBe(true);
    expect(text(get('Jobs/Job Applications.csv')).startsWith('Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,Question And Answers\n')).toBe(true);
    expect(text(get('Jobs/Saved Jobs.csv'))).toMatch(/^Saved Date,Job Url,Job Title,Company Name\n"\d{1,2}\/\d{1,2}\/\d{2}, \d{1,2}:\d{2} (AM|PM)",http:\/\/www\.linkedin\.com\/jobs\/view\/\d+,/);
    expect(text(get('Learning.csv'))).toMatch(/^Content Title,Content Description,Content Type,Content Last Watched Date \(if viewed\),Content Completed At \(if completed\),Content Saved,Notes taken on videos \(if taken\)\n.*\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
    expect(text(get('Rich Media.csv')).split('\n')[0]).toBe('Type,Link');
  });

  it('writes Company Follows with Java dates and no final newline', () => {
    const s = text(get('Company Follows.csv'));
    expect(s.split('\n')[0]).toBe('Organization,Followed On');
    expect(s.split('\n')[1]).toMatch(/,[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{2}:\d{2}:\d{2} UTC \d{4}$/);
    expect(s.endsWith('\n')).toBe(false);
  });

  it('has no UTF-8 BOM in any UTF-8 file', () => {
    for (const f of g.files) expect([f.bytes[0], f.bytes[1], f.bytes[2]]).not.toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe('other vintages and layouts', () => {
  it('2018: Messages.csv with 7 columns and Direction; Shares.csv UTF-16LE with BOM, tab-separated, all quoted', () => {
    const { get } = files('2018');
    expect(get('messages.csv')).toBeUndefined();
    const m = text(get('Messages.csv'));
    expect(firstLine(m)).toBe('From,To,Date,Subject,Content,Direction,Folder');
    const rows = Papa.parse<string[]>(m, { skipEmptyLines: true }).data.slice(1);
    for (const r of rows) {
      expect(r.length).toBe(7);
      expect(r[2]).toMatch(/^\d{1,2}\/\d{1,2}\/\d{2}, \d{1,2}:\d{2} (AM|PM)$/);
      expect(r[5] === 'OUTGOING' ? r[6] : 'SENT').toBe('SENT');
    }
    expect(rows.some((r) => r[5] === 'INCOMING') && rows.some((r) => r[5] === 'OUTGOING')).toBe(true);
    const sh = get('Shares.csv');
    expect([sh?.bytes[0], sh?.bytes[1]]).toEqual([0xff, 0xfe]);
    const s = utf16(sh);
    expect(firstLine(s)).toBe('"Date"\t"Share Title"\t"Share Description"\t"Share Link"\t"Share Commentary"\t"Shared URL"\t"Media URL"\t"Type"\t"Visibility"');
    expect(s.split('\n')[1]).toMatch(/^"\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2} UTC"\t""\t""\t"https:/);
    expect(s.endsWith('\n')).toBe(true);
  });

  it('2022: 9-column messages.csv and the legacy UTF-16LE endorsement file beside the underscore one', () => {
    const { get } = files('2022');
    const m = text(get('messages.csv'));
    expect(firstLine(m)).toBe('CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER');
    const rows = Papa.parse<string[]>(m, { skipEmptyLines: true }).data.slice(1);
    expect(rows.every((r) => r.length === 9)).toBe(true);
    expect(text(get('Invitations.csv')).split('\n')[0]).toBe('From,To,Sent At,Message,Direction');
    const legacy = get('Endorsement Received Info.csv');
    expect([legacy?.bytes[0], legacy?.bytes[1]]).toEqual([0xff, 0xfe]);
    const l = utf16(legacy).split('\n');
    expect(l[0]).toBe('"Endorsement Date"\t"Skill Name"\t"Endorser First Name"\t"Endorser Last Name"\t"Endorsement Status"\t"Display Status"');
    expect(l[1]).toMatch(/\t"Accepted"\t"Show"$/);
    expect(l.length - 2).toBe(text(get('Endorsement_Received_Info.csv')).split('\n').length - 2);
  });

  it('nests every file under one extra folder when asked', () => {
    const { g } = files('2024', 'broadcaster', 'Complete_LinkedInDataExport_03-14-2026');
    expect(g.files.every((f) => f.path.startsWith('Complete_LinkedInDataExport_03-14-2026/'))).toBe(true);
    expect(g.files.some((f) => f.path === 'Complete_LinkedInDataExport_03-14-2026/Jobs/Saved Jobs.csv')).toBe(true);
  });

  it('omits Reactions.csv for the persona that has none', () => {
    const { get } = files('2024', 'quiet-job-seeker');
    expect(get('Reactions.csv')).toBeUndefined();
    expect(get('Connections.csv')).toBeDefined();
  });
});
