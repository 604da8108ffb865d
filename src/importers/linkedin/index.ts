/**
 * The LinkedIn importer: recognises a "Get a copy of your data" export by its file names and reads
 * it into an ImportBatch per the mapping contract. Files are read in an order that lets later ones
 * use what earlier ones told (owner name from Profile.csv, URLs from Connections.csv); identities and
 * message directions are settled once everything is read.
 */
import { baseName, findByName, nameKey } from '../../archive/paths.ts';
import type { Archive } from '../../archive/types.ts';
import { diagnostic } from '../../diagnostics/diagnostic.ts';
import type { ImportBatch } from '../../model/build.ts';
import { defineImporter, type ImportContext } from '../importer.ts';
import { scoreByNames } from '../recognize.ts';
import type { CsvHeader } from '../_shared/csv.ts';
import { ACTIVITY, activityReader, countOnlyReader } from './activity.ts';
import { connectionsReader, connectionsSpec } from './connections.ts';
import { endorsementsGivenSpec, endorsementsReader, endorsementsReceivedSpec } from './endorsements.ts';
import { invitationsReader, invitationsSpec } from './invitations.ts';
import { finishMessages, MessageRows, messagesReader, messagesSpec } from './messages.ts';
import { FILES, IGNORED_FILES, RECOGNITION } from './paths.ts';
import { positionsReader, positionsSpec, profileReader, profileSpec, profileSummaryReader, profileSummarySpec, skillsReader, skillsSpec } from './profile.ts';
import { RAW } from './raw.ts';
import { readCsvFile, type CsvFileSpec, type RowHandler } from './read-file.ts';
import { recommendationsReader, recommendationsSpec } from './recommendations.ts';
import { LinkedInRun } from './run.ts';
import { sharesReader, sharesSpec } from './shares.ts';

type Start = (h: CsvHeader, file: string) => RowHandler;

/** Reads a LinkedIn export archive into one batch; bad data becomes diagnostics, never a throw. */
export async function readLinkedIn(archive: Archive, ctx: ImportContext): Promise<ImportBatch> {
  const run = new LinkedInRun(archive, ctx);
  const read = async (names: readonly string[], spec: CsvFileSpec, start: Start, finish?: () => void): Promise<boolean> => {
    // Shallowest copy wins when a re-zipped export holds the same file twice.
    const entry = findByName(archive, ...names)[0];
    if (!entry) return false;
    run.files.push(await readCsvFile(run, entry, spec, start, finish));
    return true;
  };

  await read(FILES.profile, profileSpec, profileReader(run));
  await read(FILES.profileSummary, profileSummarySpec, profileSummaryReader(run));
  await read(FILES.positions, positionsSpec, positionsReader(run));
  await read(FILES.skills, skillsSpec, skillsReader(run));
  const connections = connectionsReader(run);
  await read(FILES.connections, connectionsSpec, connections.start, connections.finish);
  const invitations = invitationsReader(run);
  await read(FILES.invitations, invitationsSpec, invitations.start, invitations.finish);
  const messages = new MessageRows();
  await read(FILES.messages, messagesSpec, messagesReader(run, messages));

  const received = await read(FILES.endorsementsReceived, endorsementsReceivedSpec, endorsementsReader(run, 'in'));
  const legacy = findByName(archive, ...FILES.endorsementsReceivedLegacy)[0];
  if (legacy && received) {
    // 2022-09 (Sajiah) ships both spellings; the legacy one adds only Redacted rows and a Display Status.
    run.sink.add(diagnostic('import.duplicate-file', 'info', { file: legacy.path }, { other: FILES.endorsementsReceived[0] }));
  } else if (legacy) {
    await read(FILES.endorsementsReceivedLegacy, endorsementsReceivedSpec, endorsementsReader(run, 'in'));
  }
  await read(FILES.endorsementsGiven, endorsementsGivenSpec, endorsementsReader(run, 'out'));
  await read(FILES.recommendationsReceived, recommendationsSpec, recommendationsReader(run, 'in'));
  await read(FILES.recommendationsGiven, recommendationsSpec, recommendationsReader(run, 'out'));
  await read(FILES.shares, sharesSpec, sharesReader(run));
  for (const key of ['comments', 'reactions', 'votes', 'companyFollows', 'memberFollows', 'jobApplications', 'savedJobs', 'learning', 'logins'] as const) {
    await read(FILES[key], ACTIVITY[key], activityReader(run, ACTIVITY[key]));
  }
  await read(FILES.richMedia, { raw: RAW.richMedia, kind: 'other' }, countOnlyReader());

  const ignored = new Set(IGNORED_FILES.map(nameKey));
  for (const entry of archive.entries) {
    if (!ignored.has(nameKey(baseName(entry.path)))) continue;
    run.files.push({ platform: 'linkedin', archive: archive.name, file: entry.path, kind: 'other', records: 0, skipped: 0 });
  }

  finishMessages(run, messages);
  // The owner's own profile URL, when invitations (2024+) or their own messages reveal it.
  const ownerUrl = [...run.owner.urls].sort()[0];
  if (run.hasProfile && ownerUrl !== undefined) run.profile.profileUrl = ownerUrl;
  const people = run.identity.finish();
  // A header-only file still tells that the kind of data exists (and is empty); only no known file at all is "nothing".
  if (run.files.every((f) => f.kind === 'other' && f.records === 0)) run.sink.add(diagnostic('import.nothing-usable', 'warning', { file: archive.name }));
  return {
    platform: 'linkedin',
    people,
    ties: run.ties,
    events: run.events,
    profiles: run.hasProfile ? [run.profile] : [],
    files: run.files,
  };
}

export const linkedinImporter = defineImporter({
  platform: 'linkedin',
  title: 'LinkedIn',
  provides: ['connections', 'messages', 'invitations', 'posts', 'comments', 'reactions', 'endorsements', 'recommendations', 'profile', 'positions', 'jobs', 'follows', 'learning', 'logins'],
  recognize: (archive) => scoreByNames(archive, RECOGNITION.strong, RECOGNITION.weak),
  read: readLinkedIn,
});
