/** State shared by the file readers of one LinkedIn import: identity, owner hints, output records. */
import type { Archive } from '../../archive/types.ts';
import { diagnostic, type DiagnosticSink } from '../../diagnostics/diagnostic.ts';
import type { Direction, EventKind, FileReport, LedgerEvent, Profile, Tie } from '../../model/types.ts';
import { parseLinkedInDate } from '../_shared/dates.ts';
import type { ImportContext } from '../importer.ts';
import { Identity, type Mutable } from './identity.ts';
import { normaliseName } from './map.ts';
import { newEvent } from '../../model/event.ts';

/** What other files reveal about the owner's own name and profile URL (never a Person). */
export class OwnerHints {
  /** Profile.csv First + Last Name. */
  profileName: string | undefined;
  /** From outgoing/incoming invitations: the owner's side. Name key → count. */
  readonly invitationNames = new Map<string, number>();
  readonly urls = new Set<string>();

  /** Counts a name seen on the owner's side of an invitation. */
  addInvitationName(name: string): void {
    const k = normaliseName(name);
    if (k !== '') this.invitationNames.set(k, (this.invitationNames.get(k) ?? 0) + 1);
  }

  /** The name most often on the owner's side of invitations, if any. */
  invitationName(): string | undefined {
    let best: string | undefined;
    let n = 0;
    for (const [k, c] of this.invitationNames) {
      if (c > n || (c === n && best !== undefined && k < best)) {
        best = k;
        n = c;
      }
    }
    return best;
  }
}

export class LinkedInRun {
  readonly identity = new Identity();
  readonly owner = new OwnerHints();
  readonly events: Mutable<LedgerEvent>[] = [];
  readonly ties: Tie[] = [];
  readonly files: FileReport[] = [];
  readonly profile: Mutable<Profile> = { platform: 'linkedin', websites: [], positions: [], skills: [] };
  hasProfile = false;

  constructor(
    readonly archive: Archive,
    readonly ctx: ImportContext,
  ) {}

  get sink(): DiagnosticSink {
    return this.ctx.diagnostics;
  }

  /** A new event with its source; the caller sets the optional fields it has. */
  event(kind: EventKind, direction: Direction, file: string, row: number): Mutable<LedgerEvent> {
    const e = newEvent(kind, 'linkedin', direction, { platform: 'linkedin', file, row });
    this.events.push(e);
    return e;
  }

  /** Parses a date cell; an unparseable non-empty value becomes a `value.bad-date` diagnostic and undefined. */
  date(value: string | undefined, file: string, row: number, column: string): number | undefined {
    if (value === undefined) return undefined;
    const t = parseLinkedInDate(value);
    if (t === undefined && value.trim() !== '' && value.trim() !== 'N/A' && value.trim() !== 'NA') {
      this.sink.add(diagnostic('value.bad-date', 'warning', { file, row }, { value: value.length > 40 ? `${value.slice(0, 40)}…` : value, column }));
    }
    return t;
  }
}
