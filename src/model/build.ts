/** Assembles importer outputs into one Ledger, with deterministic ordering. */
import type { FileReport, Ledger, LedgerEvent, Person, Platform, Profile, Tie } from './types.ts';

/** What one importer returns for one archive. */
export interface ImportBatch {
  readonly platform: Platform;
  readonly people: readonly Person[];
  readonly ties: readonly Tie[];
  readonly events: readonly LedgerEvent[];
  readonly profiles: readonly Profile[];
  readonly files: readonly FileReport[];
}

/** Merges batches; later duplicates of a person id fill in fields the first record lacked. */
export function buildLedger(batches: readonly ImportBatch[]): Ledger {
  const people = new Map<string, Person>();
  const ties: Tie[] = [];
  const events: LedgerEvent[] = [];
  const profiles: Profile[] = [];
  const files: FileReport[] = [];
  const platforms = new Set<Platform>();
  let latest: number | undefined;
  for (const b of batches) {
    platforms.add(b.platform);
    for (const p of b.people) {
      const prev = people.get(p.id);
      people.set(p.id, prev ? { ...p, ...prev } : p);
    }
    ties.push(...b.ties);
    for (const e of b.events) {
      events.push(e);
      if (e.at !== undefined && (latest === undefined || e.at > latest)) latest = e.at;
    }
    for (const t of b.ties) if (t.since !== undefined && (latest === undefined || t.since > latest)) latest = t.since;
    profiles.push(...b.profiles);
    files.push(...b.files);
  }
  // Stable sort by time: importers emit in file order, so ties in time keep a deterministic order.
  events.sort((a, b) => (a.at ?? -Infinity) - (b.at ?? -Infinity));
  return {
    people,
    ties,
    events,
    profiles,
    files,
    platforms: [...platforms].sort(),
    available: new Set(files.map((f) => f.kind).filter((k) => k !== 'other')),
    ...(latest !== undefined ? { latestTimestamp: latest } : {}),
  };
}
