/** State shared by the file readers of one Mastodon import: the owner, the people met, output records. */
import type { Archive, ArchiveEntry } from '../../archive/types.ts';
import type { DiagnosticSink } from '../../diagnostics/diagnostic.ts';
import type { Direction, EventKind, FileReport, LedgerEvent, Person, Profile, Tie } from '../../model/types.ts';
import type { ImportContext } from '../importer.ts';
import { accountFromActorUri, hostOf, type Account } from './map.ts';
import { newEvent } from '../../model/event.ts';

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const PROGRESS_STEP = 1 << 20;

/** Who the archive belongs to: from actor.json, or from the outbox's `actor` when actor.json is missing. */
export interface Owner {
  readonly actorUri: string;
  /** `user@host`, lower-case. */
  readonly acct?: string;
  readonly profileUrl?: string;
}

export class MastodonRun {
  readonly people = new Map<string, Mutable<Person>>();
  readonly events: Mutable<LedgerEvent>[] = [];
  readonly ties: Tie[] = [];
  readonly files: FileReport[] = [];
  readonly profiles: Profile[] = [];
  owner: Owner | undefined;
  #ownerIds = new Set<string>();

  constructor(
    readonly archive: Archive,
    readonly ctx: ImportContext,
  ) {}

  get sink(): DiagnosticSink {
    return this.ctx.diagnostics;
  }

  /** Records the owner; their own account is never a Person. */
  setOwner(actorUri: string, preferredUsername?: string, profileUrl?: string): Owner {
    const host = hostOf(actorUri);
    const fromUri = accountFromActorUri(actorUri)?.acct;
    const acct = preferredUsername !== undefined && host !== undefined ? `${preferredUsername.toLowerCase()}@${host}` : fromUri;
    this.owner = { actorUri, ...(acct !== undefined ? { acct } : {}), ...(profileUrl !== undefined ? { profileUrl } : {}) };
    this.#ownerIds = new Set([`mastodon:uri:${actorUri}`, ...(acct !== undefined ? [`mastodon:acct:${acct}`] : []), ...(fromUri !== undefined ? [`mastodon:acct:${fromUri}`] : [])]);
    return this.owner;
  }

  /** True when the account is the owner's own (self-mentions, self-replies, boosting oneself). */
  isOwner(a: Account): boolean {
    if (this.#ownerIds.has(a.id)) return true;
    return this.owner !== undefined && a.uri !== undefined && (a.uri === this.owner.actorUri || a.uri === this.owner.profileUrl);
  }

  /** Registers the account as a Person (filling fields a first sighting lacked) and returns its id; undefined for the owner. */
  person(a: Account): string | undefined {
    if (this.isOwner(a)) return undefined;
    let p = this.people.get(a.id);
    if (!p) {
      p = { id: a.id, platform: 'mastodon' };
      this.people.set(a.id, p);
    }
    if (p.handle === undefined && a.acct !== undefined) p.handle = `@${a.acct}`;
    if (p.profileUrl === undefined && a.uri !== undefined) p.profileUrl = a.uri;
    return a.id;
  }

  /** Registers each account and returns the distinct non-owner ids, in order. */
  personIds(accounts: readonly (Account | undefined)[]): string[] {
    const out: string[] = [];
    for (const a of accounts) {
      if (a === undefined) continue;
      const id = this.person(a);
      if (id !== undefined && !out.includes(id)) out.push(id);
    }
    return out;
  }

  /** A new event with its source; the caller sets the optional fields it has. */
  event(kind: EventKind, direction: Direction, file: string, row: number): Mutable<LedgerEvent> {
    const e = newEvent(kind, 'mastodon', direction, { platform: 'mastodon', file, row });
    this.events.push(e);
    return e;
  }

  /** A FileReport for an entry of this archive; optional fields only when known. */
  report(file: string, kind: string, records: number, skipped: number, extra: { variant?: string | undefined; encoding?: string | undefined } = {}): FileReport {
    const r: FileReport = {
      platform: 'mastodon',
      archive: this.archive.name,
      file,
      kind,
      records,
      skipped,
      ...(extra.variant !== undefined ? { variant: extra.variant } : {}),
      ...(extra.encoding !== undefined ? { encoding: extra.encoding } : {}),
    };
    this.files.push(r);
    return r;
  }

  /** Streams an entry's bytes, telling ctx.onProgress every MiB and at the end. */
  async *bytes(entry: ArchiveEntry): AsyncGenerator<Uint8Array> {
    const progress = this.ctx.onProgress;
    let read = 0;
    let next = PROGRESS_STEP;
    for await (const chunk of this.archive.read(entry)) {
      read += chunk.length;
      if (progress && read >= next) {
        progress(entry.path, read, entry.size);
        next = read + PROGRESS_STEP;
      }
      yield chunk;
    }
    progress?.(entry.path, read, entry.size);
  }
}

