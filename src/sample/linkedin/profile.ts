/** Writers for the self-description and career files: Profile, Positions, Skills, Jobs, Learning, Rich Media. */
import type { PersonaSpec } from '../spec.ts';
import { isoMinuteUtc, monYear, usShort } from './dates.ts';
import { lines, row } from './csv.ts';

/** Profile.csv, 2022+ header (13 columns), LF. */
export function profileCsv(spec: PersonaSpec): string {
  const p = spec.profile;
  return lines(
    [
      'First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers',
      row([spec.owner.first, spec.owner.last, '', '', p.birthDate, p.headline, p.summary, p.industry, p.zip, p.geo, p.twitter, p.websites, '']),
    ],
    '\n',
  );
}

/** Positions.csv: `Mon YYYY` dates, empty Finished On for the current role, LF. */
export function positionsCsv(spec: PersonaSpec): string {
  const out = ['Company Name,Title,Description,Location,Started On,Finished On'];
  for (const p of spec.positions) {
    out.push(row([p.company, p.title, p.description, p.location, monYear(p.startedOn), p.finishedOn ? monYear(p.finishedOn) : '']));
  }
  return lines(out, '\n');
}

/** Skills.csv: one column `Name`, LF. */
export function skillsCsv(spec: PersonaSpec): string {
  return lines(['Name', ...spec.skills.map((s) => row([s]))], '\n');
}

/** Jobs/Job Applications.csv: `"11/13/23, 9:42 AM"` dates, LF. */
export function jobApplicationsCsv(spec: PersonaSpec): string {
  const out = ['Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,Question And Answers'];
  const email = `${spec.owner.first}.${spec.owner.last}@example.com`.toLowerCase();
  for (const j of spec.jobApplications.slice().sort((a, b) => b.at - a.at)) {
    out.push(row([usShort(j.at), email, '', j.company, j.title, j.url, `${spec.owner.last} CV.pdf`, '']));
  }
  return lines(out, '\n');
}

/** Jobs/Saved Jobs.csv: `Saved Date,Job Url,Job Title,Company Name` (secondary sources), LF. */
export function savedJobsCsv(spec: PersonaSpec): string {
  const out = ['Saved Date,Job Url,Job Title,Company Name'];
  for (const j of spec.savedJobs.slice().sort((a, b) => b.at - a.at)) out.push(row([usShort(j.at), j.url, j.title, j.company]));
  return lines(out, '\n');
}

/** Learning.csv: minute dates `2020-04-15 00:07 UTC`, `N/A` for missing values (secondary sources), LF. */
export function learningCsv(spec: PersonaSpec): string {
  const out = ['Content Title,Content Description,Content Type,Content Last Watched Date (if viewed),Content Completed At (if completed),Content Saved,Notes taken on videos (if taken)'];
  for (const l of spec.learning) {
    out.push(
      row([l.title, l.description, l.type, l.watched !== undefined ? isoMinuteUtc(l.watched) : 'N/A', l.completed !== undefined ? isoMinuteUtc(l.completed) : 'N/A', l.saved ? 'true' : 'false', 'N/A']),
    );
  }
  return lines(out, '\n');
}

/** Rich Media.csv: the fixed two pointer rows of the 2024-03 export. */
export function richMediaCsv(): string {
  return lines(
    [
      'Type,Link',
      'Video content can be downloaded at,https://www.linkedin.com/psettings/member-data/videos',
      'Documents can be downloaded at,https://www.linkedin.com/psettings/rich-media',
    ],
    '\n',
  );
}
