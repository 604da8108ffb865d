/** Builds small Ledger objects from terse specs. For tests only. */
import { buildLedger } from '../../model/build.ts';
import type { Direction, EventKind, FileReport, Ledger, LedgerEvent, Person, Platform, Position, Profile, Tie } from '../../model/types.ts';
import type { MeasureContext } from '../measure.ts';
import { defaultOptions } from '../measure.ts';
import { DAY_MS } from './time.ts';

/** Instant of an ISO date or date-time (date-only means 12:00 UTC, away from any day edge). */
export function at(iso: string): number {
  return Date.parse(iso.includes('T') ? iso : `${iso}T12:00:00Z`);
}

/** `n` days before `t`. */
export function daysBefore(t: number, n: number): number {
  return t - n * DAY_MS;
}

/** A ledger event with defaults (platform linkedin, source row 1). */
export function ev(kind: EventKind, direction: Direction, time: number | undefined, extra: Partial<LedgerEvent> = {}): LedgerEvent {
  return {
    kind,
    platform: 'linkedin',
    direction,
    ...(time !== undefined ? { at: time } : {}),
    source: { platform: 'linkedin', file: `${kind}.csv`, row: 1 },
    ...extra,
  };
}

/** A composed message with `who` as counterpart(s); a list of several means a group thread. */
export function msg(direction: Direction, who: string | readonly string[], time: number, extra: Partial<LedgerEvent> = {}): LedgerEvent {
  const ids = typeof who === 'string' ? [who] : [...who];
  return ev('message', direction, time, { personIds: ids, participants: ids.length + 1, text: 'hello there', ...extra });
}

export interface ConnectionSpec {
  readonly id: string;
  readonly since?: number;
  readonly name?: string;
  readonly organisation?: string;
  readonly platform?: Platform;
}

export interface LedgerSpec {
  readonly people?: readonly (Partial<Person> & { readonly id: string })[];
  readonly connections?: readonly (string | ConnectionSpec)[];
  readonly events?: readonly LedgerEvent[];
  readonly profile?: { readonly headline?: string; readonly summary?: string; readonly positions?: readonly Position[] };
  /** Data kinds present; default: derived from what the spec holds. */
  readonly available?: readonly string[];
}

const CAPABILITY: Partial<Record<EventKind, string>> = {
  message: 'messages',
  post: 'posts',
  repost: 'posts',
  comment: 'comments',
  reply: 'comments',
  reaction: 'reactions',
  endorsement: 'endorsements',
  recommendation: 'recommendations',
  invitation: 'invitations',
  login: 'logins',
};

/** A Ledger from a terse spec, assembled with the real buildLedger. */
export function makeLedger(spec: LedgerSpec = {}): Ledger {
  const people: Person[] = (spec.people ?? []).map((p) => ({ platform: 'linkedin', ...p }));
  const ties: Tie[] = [];
  for (const c of spec.connections ?? []) {
    const s: ConnectionSpec = typeof c === 'string' ? { id: c } : c;
    const platform = s.platform ?? 'linkedin';
    if (!people.some((p) => p.id === s.id)) {
      people.push({ id: s.id, platform, ...(s.name !== undefined ? { name: s.name } : {}), ...(s.organisation !== undefined ? { organisation: s.organisation } : {}) });
    }
    ties.push({ personId: s.id, platform, kind: 'connection', ...(s.since !== undefined ? { since: s.since } : {}), source: { platform, file: 'Connections.csv', row: ties.length + 1 } });
  }
  const events = spec.events ?? [];
  const profiles: Profile[] = spec.profile
    ? [{ platform: 'linkedin', websites: [], skills: [], positions: spec.profile.positions ?? [], ...(spec.profile.headline !== undefined ? { headline: spec.profile.headline } : {}), ...(spec.profile.summary !== undefined ? { summary: spec.profile.summary } : {}) }]
    : [];
  let kinds: string[];
  if (spec.available) kinds = [...spec.available];
  else {
    const k = new Set<string>();
    if (spec.connections) k.add('connections');
    for (const e of events) {
      const c = CAPABILITY[e.kind];
      if (c) k.add(c);
    }
    if (spec.profile) {
      k.add('profile');
      if (spec.profile.positions) k.add('positions');
    }
    kinds = [...k];
  }
  const files: FileReport[] = kinds.map((kind) => ({ platform: 'linkedin', archive: 'test.zip', file: `${kind}.csv`, kind, records: 0, skipped: 0 }));
  return buildLedger([{ platform: 'linkedin', people, ties, events: [...events], profiles, files }]);
}

/** A measure context over `ledger` at `asOf` (default: the ledger's latest timestamp, else 2025-01-01). */
export function ctxOf(ledger: Ledger, asOf?: number, options: Partial<MeasureContext['options']> = {}): MeasureContext {
  return { ledger, asOf: asOf ?? ledger.latestTimestamp ?? at('2025-01-01'), options: { ...defaultOptions, ...options } };
}
