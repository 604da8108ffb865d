/** Writers for the people files: Connections, Invitations, Endorsements, Recommendations, follows. */
import { fullName, profileUrl, type PersonaSpec } from '../spec.ts';
import { dayMonYear, isoPlain, javaDate, slashUtc, usShort, usShortPadded } from './dates.ts';
import { lines, row, tabRow } from './csv.ts';

/**
 * Quirk (since ~2021/2022, byte-identical in the 2022-09 and 2024 exports): a "Notes:" preamble and
 * a blank line come before the header.
 */
export const CONNECTIONS_PREAMBLE =
  'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"\n\n';

/** Connections.csv, 2024 layout (URL as 3rd column), newest first, LF. */
export function connectionsCsv(spec: PersonaSpec): string {
  const out = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
  const sorted = spec.connections.slice().sort((a, b) => b.connectedOn - a.connectedOn);
  for (const c of sorted) {
    const p = c.person;
    out.push(row([p.first, p.last, profileUrl(p), p.email ?? '', p.company, p.position, dayMonYear(c.connectedOn)]));
  }
  return CONNECTIONS_PREAMBLE + lines(out, '\n');
}

/**
 * Invitations.csv. 2024 adds inviter/invitee profile URLs (since ~2023/2024); `Sent At` is
 * `"3/12/24, 11:20 AM"` with no zone. LF.
 */
export function invitationsCsv(spec: PersonaSpec, withUrls: boolean): string {
  const out = [withUrls ? 'From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl' : 'From,To,Sent At,Message,Direction'];
  for (const i of spec.invitations.slice().sort((a, b) => b.at - a.at)) {
    const base = [fullName(i.from), fullName(i.to), usShort(i.at), i.message, i.direction];
    out.push(row(withUrls ? [...base, profileUrl(i.from), profileUrl(i.to)] : base));
  }
  return lines(out, '\n');
}

/** Quirk (2024 export): endorsement Public Url has no scheme, `www.linkedin.com/in/<slug>`. */
function schemeless(slug: string): string {
  return `www.linkedin.com/in/${slug}`;
}

/** Endorsement_Received_Info.csv, 2024 layout (with Endorser Public Url), LF. */
export function endorsementsReceivedCsv(spec: PersonaSpec): string {
  const out = ['Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,Endorsement Status'];
  for (const e of spec.endorsementsReceived.slice().sort((a, b) => b.at - a.at)) {
    out.push(row([slashUtc(e.at), e.skill, e.person.first, e.person.last, schemeless(e.person.slug), e.status]));
  }
  return lines(out, '\n');
}

/** Endorsement_Given_Info.csv (2024), LF. */
export function endorsementsGivenCsv(spec: PersonaSpec): string {
  const out = ['Endorsement Date,Skill Name,Endorsee First Name,Endorsee Last Name,Endorsee Public Url,Endorsement Status'];
  for (const e of spec.endorsementsGiven.slice().sort((a, b) => b.at - a.at)) {
    out.push(row([slashUtc(e.at), e.skill, e.person.first, e.person.last, schemeless(e.person.slug), e.status]));
  }
  return lines(out, '\n');
}

/**
 * Legacy `Endorsement Received Info.csv` (space-separated name), seen in the 2022-09 export next to
 * the underscore file with the same data: UTF-16LE, tab-separated, every field quoted, LF, status
 * `Accepted` and an extra `Display Status` (`Show`). Returned as text; the caller encodes it.
 */
export function legacyEndorsementsReceivedText(spec: PersonaSpec): string {
  const out = [tabRow(['Endorsement Date', 'Skill Name', 'Endorser First Name', 'Endorser Last Name', 'Endorsement Status', 'Display Status'])];
  for (const e of spec.endorsementsReceived.slice().sort((a, b) => b.at - a.at)) {
    const status = e.status.charAt(0) + e.status.slice(1).toLowerCase();
    out.push(tabRow([slashUtc(e.at), e.skill, e.person.first, e.person.last, status, 'Show']));
  }
  return lines(out, '\n');
}

/** Recommendations_Received.csv / _Given.csv: `Creation Date` `"12/24/23, 05:28 AM"` (zero-padded hour), LF. */
export function recommendationsCsv(spec: PersonaSpec, which: 'received' | 'given'): string {
  const list = which === 'received' ? spec.recommendationsReceived : spec.recommendationsGiven;
  const out = ['First Name,Last Name,Company,Job Title,Text,Creation Date,Status'];
  for (const r of list.slice().sort((a, b) => b.at - a.at)) {
    out.push(row([r.person.first, r.person.last, r.person.company, r.person.position, r.text, usShortPadded(r.at), r.status]));
  }
  return lines(out, '\n');
}

/** Company Follows.csv: Java-style dates; the real 2022 and 2024 files end without a final newline. */
export function companyFollowsCsv(spec: PersonaSpec): string {
  const out = ['Organization,Followed On'];
  for (const f of spec.companyFollows.slice().sort((a, b) => b.at - a.at)) out.push(row([f.organization, javaDate(f.at)]));
  return lines(out, '\n', false);
}

/** Member_Follows.csv: CRLF (2022, 2024). */
export function memberFollowsCsv(spec: PersonaSpec): string {
  const out = ['Date,Status,FullName'];
  for (const f of spec.memberFollows.slice().sort((a, b) => b.at - a.at)) out.push(row([isoPlain(f.at), 'Active', f.fullName]));
  return lines(out, '\r\n');
}
