/**
 * One-event-per-row files with no counterpart person: Comments, Reactions, Votes, follows, jobs,
 * learning and logins. Each is a small table of which column feeds which event field; columns it
 * does not name are never read.
 */
import type { Direction, EventKind, LedgerEvent } from '../../model/types.ts';
import type { CsvHeader } from '../_shared/csv.ts';
import type { Mutable } from './identity.ts';
import { RAW } from './raw.ts';
import { cell, placeholderCell, type CsvFileSpec, type RowHandler } from './read-file.ts';
import type { LinkedInRun } from './run.ts';

type TextField = 'text' | 'detail' | 'url' | 'targetUrl' | 'organisation' | 'status';

export interface ActivitySpec extends CsvFileSpec {
  readonly event: EventKind;
  readonly direction: Direction;
  /** Date columns, first non-empty wins. */
  readonly at: readonly string[];
  readonly fields: Readonly<Partial<Record<TextField, string>>>;
  /** Extra per-row rule (learning status). */
  readonly extra?: (e: Mutable<LedgerEvent>, get: (column: string) => string | undefined) => void;
}

/** Comments.csv rows start with `YYYY-MM-DD`; anything else is an unquoted line of the previous message. */
function notARecordStart(fields: readonly string[]): boolean {
  const f = fields[0] ?? '';
  return !(f.length >= 10 && f.charCodeAt(4) === 45 && f.charCodeAt(7) === 45 && isDigit(f, 0) && isDigit(f, 3) && isDigit(f, 9));
}

function isDigit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

export const ACTIVITY = {
  comments: {
    raw: RAW.comments,
    kind: 'comments',
    // Quotes inside Message are written `\"` in the 2025 export (sanand0) but `""` in 2024 (apk0703).
    escape: 'backslash',
    // Multi-line comments are written without quotes in the 2022 and 2024 exports (Sajiah, apk0703):
    // `…,Czelbidwyt\r\nMCA (freshers graduate)\r\n…` continues the previous row's Message.
    isContinuation: notARecordStart,
    event: 'comment',
    direction: 'out',
    at: ['Date'],
    fields: { text: 'Message', targetUrl: 'Link' },
  },
  reactions: { raw: RAW.reactions, kind: 'reactions', event: 'reaction', direction: 'out', at: ['Date'], fields: { detail: 'Type', targetUrl: 'Link' } },
  votes: { raw: RAW.votes, kind: 'other', event: 'vote', direction: 'out', at: ['Date'], fields: { targetUrl: 'Link' } },
  companyFollows: {
    raw: RAW.companyFollows,
    kind: 'follows',
    event: 'follow',
    direction: 'out',
    at: ['Followed On'],
    fields: { detail: 'Organization' },
  },
  memberFollows: { raw: RAW.memberFollows, kind: 'follows', event: 'follow', direction: 'out', at: ['Date'], fields: { detail: 'FullName' } },
  jobApplications: {
    raw: RAW.jobApplications,
    kind: 'jobs',
    event: 'job-application',
    direction: 'out',
    at: ['Application Date'],
    fields: { organisation: 'Company Name', detail: 'Job Title', url: 'Job Url' },
  },
  savedJobs: {
    raw: RAW.savedJobs,
    kind: 'jobs',
    event: 'job-save',
    direction: 'out',
    at: ['Saved Date'],
    fields: { organisation: 'Company Name', detail: 'Job Title', url: 'Job Url' },
  },
  learning: {
    raw: RAW.learning,
    kind: 'learning',
    event: 'learning',
    direction: 'out',
    // `YYYY-MM-DD HH:MM UTC` (secondary sources); the completion date is the more telling one.
    at: ['Content Completed At (if completed)', 'Content Last Watched Date (if viewed)'],
    fields: { detail: 'Content Title' },
    extra: (e, get) => {
      if (get('Content Completed At (if completed)') !== undefined) e.status = 'completed';
      else if (get('Content Last Watched Date (if viewed)') !== undefined) e.status = 'started';
      else if (get('Content Saved')?.toLowerCase() === 'true') e.status = 'saved';
    },
  },
  // Only the date and the type (`Login`): the IP address and user agent are nobody's business here,
  // and are left in the file.
  logins: { raw: RAW.logins, kind: 'logins', event: 'login', direction: 'out', at: ['Login Date'], fields: { detail: 'Login Type' } },
} as const satisfies Record<string, ActivitySpec>;

/** Row handler for an activity file described by `spec`. */
export function activityReader(run: LinkedInRun, spec: ActivitySpec): (h: CsvHeader, file: string) => RowHandler {
  return (h, file) => {
    const dates = spec.at.map((c) => [c, h.col(c)] as const).filter(([, i]) => i >= 0);
    const columns = (Object.entries(spec.fields) as [TextField, string][]).map(([field, c]) => [field, h.col(c)] as const).filter(([, i]) => i >= 0);
    return ({ row, fields }) => {
      const e = run.event(spec.event, spec.direction, file, row);
      for (const [column, i] of dates) {
        const raw = cell(fields, i);
        if (raw === undefined) continue;
        const at = run.date(raw, file, row, column);
        if (at !== undefined) {
          e.at = at;
          break;
        }
      }
      for (const [field, i] of columns) {
        const v = cell(fields, i);
        if (v !== undefined && v.trim() !== '') e[field] = v;
      }
      // Learning.csv writes N/A for a date it does not have (secondary sources).
      spec.extra?.(e, (c) => placeholderCell(fields, h.col(c)));
      return true;
    };
  };
}

/** Rich Media.csv: counted in the file report, no events (it only points at downloads). */
export function countOnlyReader(): () => RowHandler {
  return () => () => true;
}
