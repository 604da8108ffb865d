/**
 * What we read from each LinkedIn CSV: the columns that identify its header line (present in every
 * vintage) and the header variants seen, per vintage, so a FileReport can say which one it met.
 * Column names are compared by headerKey (case, spaces and underscores ignored).
 */
import { headerKey, type CsvHeader } from '../_shared/csv.ts';
import { plural } from '../../plural.ts';

export interface HeaderVariant {
  readonly label: string;
  readonly columns: readonly string[];
}

export interface RawFile {
  /** Columns that must all be present for a line to be taken as this file's header. */
  readonly expect: readonly string[];
  readonly variants: readonly HeaderVariant[];
}

const v = (label: string, header: string, sep = ','): HeaderVariant => ({ label, columns: header.split(sep) });

export const RAW = {
  connections: {
    expect: ['First Name', 'Last Name', 'Connected On'],
    variants: [
      // 2018 (abhishekwebcode), 2021-12 (mayara-canaver), 2022-09 with the Notes: preamble (Sajiah).
      v('2018-2022', 'First Name,Last Name,Email Address,Company,Position,Connected On'),
      // URL column from ~2023 (apk0703 2024-03, JasonToups 2024).
      v('2023+', 'First Name,Last Name,URL,Email Address,Company,Position,Connected On'),
    ],
  },
  messages: {
    expect: ['From', 'To', 'Date', 'Content'],
    variants: [
      v('2018', 'From,To,Date,Subject,Content,Direction,Folder'),
      v('2022', 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER'),
      v('2024', 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER'),
      // Secondary source: synthetic fixtures "copied from the real export".
      v('2025', 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT'),
    ],
  },
  invitations: {
    expect: ['From', 'To', 'Sent At', 'Direction'],
    variants: [
      v('2018-2022', 'From,To,Sent At,Message,Direction'),
      v('2024', 'From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl'),
    ],
  },
  shares: {
    expect: ['Date', 'ShareLink', 'ShareCommentary'],
    variants: [
      // UTF-16LE, tab-separated, every field quoted.
      v('2018', 'Date\tShare Title\tShare Description\tShare Link\tShare Commentary\tShared URL\tMedia URL\tType\tVisibility', '\t'),
      // SharedURL/MediaURL in 2022 and 2024-03, SharedUrl/MediaUrl in 2024-06 and 2025: same key.
      v('2022+', 'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility'),
    ],
  },
  comments: { expect: ['Date', 'Link', 'Message'], variants: [v('2022+', 'Date,Link,Message')] },
  reactions: { expect: ['Date', 'Type', 'Link'], variants: [v('2022+', 'Date,Type,Link')] },
  votes: { expect: ['Date', 'Link'], variants: [v('2022+', 'Date,Link,OptionText')] },
  endorsementsReceived: {
    expect: ['Endorsement Date', 'Skill Name', 'Endorser First Name'],
    variants: [
      v('2021-2022', 'Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorsement Status'),
      v('2023+', 'Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,Endorsement Status'),
      // `Endorsement Received Info.csv`, 2022-09: UTF-16LE, tab-separated, with Display Status.
      v('legacy', 'Endorsement Date\tSkill Name\tEndorser First Name\tEndorser Last Name\tEndorsement Status\tDisplay Status', '\t'),
    ],
  },
  endorsementsGiven: {
    expect: ['Endorsement Date', 'Skill Name', 'Endorsee First Name'],
    variants: [v('2024', 'Endorsement Date,Skill Name,Endorsee First Name,Endorsee Last Name,Endorsee Public Url,Endorsement Status')],
  },
  recommendations: {
    expect: ['First Name', 'Last Name', 'Text'],
    variants: [v('2024', 'First Name,Last Name,Company,Job Title,Text,Creation Date,Status')],
  },
  profile: {
    expect: ['First Name', 'Last Name', 'Headline'],
    variants: [
      v('2018', 'First Name,Last Name,Maiden Name,Address,Birth Date,Contact Instructions,Headline,Summary,Industry,Country,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers'),
      v('2022+', 'First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers'),
    ],
  },
  profileSummary: { expect: ['Profile Summary'], variants: [v('2024', 'Profile Summary')] },
  positions: {
    expect: ['Company Name', 'Title'],
    variants: [v('all', 'Company Name,Title,Description,Location,Started On,Finished On')],
  },
  skills: { expect: ['Name'], variants: [v('all', 'Name')] },
  jobApplications: {
    expect: ['Application Date', 'Company Name', 'Job Title'],
    variants: [v('2022+', 'Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,Question And Answers')],
  },
  savedJobs: { expect: ['Saved Date', 'Job Title'], variants: [v('2024', 'Saved Date,Job Url,Job Title,Company Name')] },
  companyFollows: { expect: ['Organization', 'Followed On'], variants: [v('2022+', 'Organization,Followed On')] },
  memberFollows: { expect: ['Date', 'FullName'], variants: [v('2022+', 'Date,Status,FullName')] },
  learning: {
    expect: ['Content Title'],
    variants: [
      v('2023+', 'Content Title,Content Description,Content Type,Content Last Watched Date (if viewed),Content Completed At (if completed),Content Saved,Notes taken on videos (if taken)'),
    ],
  },
  richMedia: { expect: ['Type', 'Link'], variants: [v('2024', 'Type,Link')] },
  // Java Date.toString() dates (`Tue Oct 10 14:57:23 UTC 2023`); the IP address and user agent are never read.
  logins: { expect: ['Login Date'], variants: [v('2025', 'Login Date,IP Address,User Agent,Login Type')] },
} as const satisfies Record<string, RawFile>;

/** Names the header variant: `2024: 10 columns`, or `unrecognised: N columns` for a layout not seen before. */
export function describeVariant(raw: RawFile, header: CsvHeader): { label: string; known: boolean } {
  const keys = header.names.map(headerKey).filter((k) => k !== '');
  for (const variant of raw.variants) {
    const vk = variant.columns.map(headerKey);
    if (vk.length === keys.length && vk.every((k, i) => k === keys[i])) return { label: `${variant.label}: ${plural(keys.length, 'column')}`, known: true };
  }
  return { label: `unrecognised: ${plural(keys.length, 'column')}`, known: false };
}
