/** Renders a persona spec into the files of a LinkedIn "Get a copy of your data" export. */
import type { MemoryFile } from '../../archive/memory.ts';
import type { PersonaSpec } from '../spec.ts';
import { encodeUtf16le, encodeUtf8 } from './csv.ts';
import { messagesCsv } from './messages.ts';
import { commentsCsv, legacySharesText, reactionsCsv, sharesCsv, votesCsv } from './activity.ts';
import {
  companyFollowsCsv,
  connectionsCsv,
  endorsementsGivenCsv,
  endorsementsReceivedCsv,
  invitationsCsv,
  legacyEndorsementsReceivedText,
  memberFollowsCsv,
  recommendationsCsv,
} from './network.ts';
import { loginsCsv } from './account.ts';
import { jobApplicationsCsv, learningCsv, positionsCsv, profileCsv, richMediaCsv, savedJobsCsv, skillsCsv } from './profile.ts';

export type Vintage = '2018' | '2022' | '2024';

export interface LinkedInWriteOptions {
  /** Which export generation to imitate for the files whose layout changed (default 2024). */
  readonly vintage?: Vintage;
  /** Nest every file under one extra folder, as users who unzip and re-zip do. */
  readonly topFolder?: string;
}

/**
 * All files of the export, sorted by path. Only messages, Shares and the legacy endorsement file
 * change with the vintage; the other files keep their 2024 layout in every vintage, so person ids
 * (by profile URL) and planted values are the same whatever the vintage.
 */
export function writeLinkedInExport(spec: PersonaSpec, options: LinkedInWriteOptions = {}): MemoryFile[] {
  const vintage = options.vintage ?? '2024';
  const files: { path: string; bytes: Uint8Array }[] = [];
  const add = (path: string, text: string) => files.push({ path, bytes: encodeUtf8(text) });

  add('Connections.csv', connectionsCsv(spec));
  add('Invitations.csv', invitationsCsv(spec, vintage === '2024'));
  if (vintage === '2018') {
    add('Messages.csv', messagesCsv(spec, '2018'));
    files.push({ path: 'Shares.csv', bytes: encodeUtf16le(legacySharesText(spec)) });
  } else {
    add('messages.csv', messagesCsv(spec, vintage));
    add('Shares.csv', sharesCsv(spec));
  }
  add('Comments.csv', commentsCsv(spec));
  if (spec.reactions) add('Reactions.csv', reactionsCsv(spec.reactions));
  add('Votes.csv', votesCsv(spec));
  add('Endorsement_Received_Info.csv', endorsementsReceivedCsv(spec));
  add('Endorsement_Given_Info.csv', endorsementsGivenCsv(spec));
  if (vintage === '2022') files.push({ path: 'Endorsement Received Info.csv', bytes: encodeUtf16le(legacyEndorsementsReceivedText(spec)) });
  add('Recommendations_Received.csv', recommendationsCsv(spec, 'received'));
  add('Recommendations_Given.csv', recommendationsCsv(spec, 'given'));
  add('Profile.csv', profileCsv(spec));
  add('Positions.csv', positionsCsv(spec));
  add('Skills.csv', skillsCsv(spec));
  add('Jobs/Job Applications.csv', jobApplicationsCsv(spec));
  add('Jobs/Saved Jobs.csv', savedJobsCsv(spec));
  add('Company Follows.csv', companyFollowsCsv(spec));
  add('Member_Follows.csv', memberFollowsCsv(spec));
  add('Learning.csv', learningCsv(spec));
  add('Rich Media.csv', richMediaCsv());
  // Seen only in a 2025 export: older vintages leave it out.
  if (vintage === '2024' && spec.logins.length > 0) add('Logins.csv', loginsCsv(spec));

  const prefix = options.topFolder ? `${options.topFolder.replace(/\/+$/, '')}/` : '';
  return files.map((f) => ({ path: prefix + f.path, bytes: f.bytes })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
