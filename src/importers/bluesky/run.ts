/** State shared while one Bluesky archive is read: output records, people, and per-repository tallies. */
import type { Archive } from '../../archive/types.ts';
import { diagnostic, type DiagnosticSink } from '../../diagnostics/diagnostic.ts';
import type { EventKind, FileReport, LedgerEvent, Person, Profile, SourceRef, Tie } from '../../model/types.ts';
import type { ImportContext } from '../importer.ts';
import { didPersonId, profileUrl, recordTime } from './map.ts';
import { newEvent } from '../../model/event.ts';

/** The FileReport kinds one repository file is reported under. */
export type Family = 'connections' | 'posts' | 'reactions' | 'profile' | 'other';
export const FAMILIES: readonly Family[] = ['connections', 'posts', 'reactions', 'profile', 'other'];

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** One repository being read: its file and its owner (the commit's DID, never a Person). */
export interface Repo {
  readonly file: string;
  readonly did: string;
  readonly tally: Record<Family, { records: number; skipped: number }>;
  /** DIDs followed so far, so a second follow record of one account is not a second tie. */
  readonly followed: Set<string>;
}

export class BlueskyRun {
  readonly people = new Map<string, Person>();
  readonly events: LedgerEvent[] = [];
  readonly ties: Tie[] = [];
  readonly profiles: Profile[] = [];
  readonly files: FileReport[] = [];

  constructor(
    readonly archive: Archive,
    readonly ctx: ImportContext,
  ) {}

  get sink(): DiagnosticSink {
    return this.ctx.diagnostics;
  }

  /** Starts a repository with empty tallies. */
  repo(file: string, did: string): Repo {
    const tally = Object.fromEntries(FAMILIES.map((f) => [f, { records: 0, skipped: 0 }])) as Repo['tally'];
    return { file, did, tally, followed: new Set() };
  }

  /** The person id for a DID, registering the person; undefined for the owner, who is never a Person. */
  person(repo: Repo, did: string | undefined): string | undefined {
    if (did === undefined || did === repo.did) return undefined;
    const id = didPersonId(did);
    if (!this.people.has(id)) this.people.set(id, { id, platform: 'bluesky', profileUrl: profileUrl(did) });
    return id;
  }

  /** Person ids for DIDs, owner dropped, duplicates removed, first mention first. */
  personIds(repo: Repo, dids: readonly (string | undefined)[]): string[] {
    const out: string[] = [];
    for (const d of dids) {
      const id = this.person(repo, d);
      if (id !== undefined && !out.includes(id)) out.push(id);
    }
    return out;
  }

  source(repo: Repo, row: number): SourceRef {
    return { platform: 'bluesky', file: repo.file, row };
  }

  /** A new outgoing event; the caller sets the optional fields it has. */
  event(repo: Repo, kind: EventKind, row: number, at: number | undefined): Mutable<LedgerEvent> {
    const e = newEvent(kind, 'bluesky', 'out', this.source(repo, row));
    if (at !== undefined) e.at = at;
    this.events.push(e);
    return e;
  }

  /** The record's time (see `recordTime`), with a diagnostic when `createdAt` could not be used. */
  time(repo: Repo, createdAt: string | undefined, key: string, row: number): number | undefined {
    const rkey = key.slice(key.indexOf('/') + 1);
    const t = recordTime(createdAt, rkey);
    const where = { file: repo.file, row };
    const value = createdAt === undefined ? '(none)' : createdAt.length > 40 ? `${createdAt.slice(0, 40)}…` : createdAt;
    if (t.source === 'key') this.sink.add(diagnostic('car.date-from-key', 'info', where, { value, key }));
    if (t.source === 'none') this.sink.add(diagnostic('value.bad-date', 'warning', where, { value, column: 'createdAt' }));
    return t.at;
  }

  /** Counts a record that could not be used, with why. */
  skip(repo: Repo, family: Family, key: string, row: number, reason: string, severity: 'info' | 'warning' = 'warning'): void {
    repo.tally[family].skipped++;
    this.sink.add(diagnostic('car.bad-record', severity, { file: repo.file, row }, { key, reason }));
  }
}
