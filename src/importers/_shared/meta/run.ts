/**
 * State shared by the file readers of one Meta import (Facebook or Instagram): people, ties,
 * events and file reports, all tagged with the importer's platform.
 */
import type { Archive } from '../../../archive/types.ts';
import type { DiagnosticSink } from '../../../diagnostics/diagnostic.ts';
import type { ImportBatch } from '../../../model/build.ts';
import type { Direction, EventKind, FileReport, LedgerEvent, Person, Profile, Tie, TieKind } from '../../../model/types.ts';
import type { ImportContext } from '../../importer.ts';
import { newEvent } from '../../../model/event.ts';

/** A record under construction: the model's readonly fields made writable. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export type MetaPlatform = 'facebook' | 'instagram';

/** What a reader knows about a person: the id and whatever display fields the file gives. */
export interface PersonRef {
  readonly id: string;
  readonly name?: string;
  readonly handle?: string;
  readonly profileUrl?: string;
}

export class MetaRun {
  readonly people = new Map<string, Mutable<Person>>();
  readonly events: Mutable<LedgerEvent>[] = [];
  readonly ties: Tie[] = [];
  readonly files: FileReport[] = [];
  profile: Mutable<Profile> | undefined;

  constructor(
    readonly platform: MetaPlatform,
    readonly archive: Archive,
    readonly ctx: ImportContext,
  ) {}

  get sink(): DiagnosticSink {
    return this.ctx.diagnostics;
  }

  /** Registers a person (first seen fields win; later ones fill gaps) and returns the id. */
  person(ref: PersonRef): string {
    const prev = this.people.get(ref.id);
    const p: Mutable<Person> = prev ?? { id: ref.id, platform: this.platform };
    if (p.name === undefined && ref.name !== undefined && ref.name !== '') p.name = ref.name;
    if (p.handle === undefined && ref.handle !== undefined) p.handle = ref.handle;
    if (p.profileUrl === undefined && ref.profileUrl !== undefined) p.profileUrl = ref.profileUrl;
    if (!prev) this.people.set(ref.id, p);
    return ref.id;
  }

  /** A new event with its source; the caller sets the optional fields it has. */
  event(kind: EventKind, direction: Direction, file: string, row: number): Mutable<LedgerEvent> {
    const e = newEvent(kind, this.platform, direction, { platform: this.platform, file, row });
    this.events.push(e);
    return e;
  }

  /** Adds a tie to a registered person. */
  tie(personId: string, kind: TieKind, since: number | undefined, file: string, row: number): void {
    this.ties.push({
      personId,
      platform: this.platform,
      kind,
      ...(since !== undefined ? { since } : {}),
      source: { platform: this.platform, file, row },
    });
  }

  /** Accounts for one file read. */
  report(file: string, kind: string, records: number, skipped: number, variant?: string): void {
    this.files.push({
      platform: this.platform,
      archive: this.archive.name,
      file,
      kind,
      records,
      skipped,
      ...(variant !== undefined ? { variant } : {}),
      encoding: 'utf-8',
    });
  }

  /** The batch, people sorted by id so two runs give identical output. */
  batch(): ImportBatch {
    return {
      platform: this.platform,
      people: [...this.people.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      ties: this.ties,
      events: this.events,
      profiles: this.profile ? [this.profile] : [],
      files: this.files,
    };
  }
}
