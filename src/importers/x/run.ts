/** State shared by the file readers of one X import: the owner, people met, output records. */
import type { Archive } from '../../archive/types.ts';
import type { DiagnosticSink } from '../../diagnostics/diagnostic.ts';
import type { Direction, EventKind, FileReport, LedgerEvent, Person, Tie } from '../../model/types.ts';
import type { ImportContext } from '../importer.ts';
import { handleUrl, personId } from './map.ts';
import { newEvent } from '../../model/event.ts';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** What the archive says about its owner (account.js, else the manifest's userInfo). Never a Person. */
export interface Owner {
  id?: string;
  handle?: string;
  name?: string;
}

export class XRun {
  readonly owner: Owner = {};
  readonly people = new Map<string, Mutable<Person>>();
  readonly events: Mutable<LedgerEvent>[] = [];
  readonly ties: Tie[] = [];
  readonly files: FileReport[] = [];

  constructor(
    readonly archive: Archive,
    readonly ctx: ImportContext,
  ) {}

  get sink(): DiagnosticSink {
    return this.ctx.diagnostics;
  }

  /** A new event with its source; the caller sets the optional fields it has. */
  event(kind: EventKind, direction: Direction, file: string, row: number): Mutable<LedgerEvent> {
    const e = newEvent(kind, 'x', direction, { platform: 'x', file, row });
    this.events.push(e);
    return e;
  }

  /**
   * Records an account (never the owner) and returns its person id. Later sightings fill in what
   * earlier ones lacked: followers give only ids, mentions give handle and name.
   */
  person(accountId: string, known: { handle?: string; name?: string; profileUrl?: string } = {}): string {
    const pid = personId(accountId);
    if (accountId === this.owner.id) return pid;
    let p = this.people.get(pid);
    if (!p) {
      p = { id: pid, platform: 'x' };
      this.people.set(pid, p);
    }
    if (p.handle === undefined && known.handle !== undefined) p.handle = known.handle;
    if (p.name === undefined && known.name !== undefined) p.name = known.name;
    // A handle link reads better than the numeric intent link a follower row gives.
    if (known.handle !== undefined && (p.profileUrl === undefined || p.profileUrl.includes('/intent/'))) p.profileUrl = handleUrl(known.handle);
    else if (p.profileUrl === undefined && known.profileUrl !== undefined) p.profileUrl = known.profileUrl;
    // The stored id, so every event naming this account shares one string (a million events otherwise hold a copy each).
    return p.id;
  }

  /** People sorted by id, so output does not depend on which file named someone first. */
  finishPeople(): Person[] {
    return [...this.people.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}
