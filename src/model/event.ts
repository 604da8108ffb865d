/**
 * Ledger events in one object shape. Importers would otherwise build events with different sets of
 * optional fields, so V8 would see dozens of shapes and every measure's `e.platform` or `e.text`
 * would go through a slow lookup. `newEvent` makes every field present (absent ones undefined) in
 * one fixed order; `buildLedger` copies any event made otherwise into that shape. Reading an
 * undefined field is the same as reading an absent one; only `in` and key lists differ, and no
 * reader relies on them.
 */
import type { Direction, EventKind, LedgerEvent, Platform, SourceRef } from './types.ts';

type Uniform = { -readonly [K in keyof LedgerEvent]-?: LedgerEvent[K] | undefined };
type Writable = { -readonly [K in keyof LedgerEvent]: LedgerEvent[K] };

/** A new event with every field present; the caller assigns the optional fields it has. */
export function newEvent(kind: EventKind, platform: Platform, direction: Direction, source: SourceRef): Writable {
  // One literal, so V8 clones a boilerplate: several times faster than a class or a marked prototype.
  const e: Uniform = {
    kind,
    platform,
    direction,
    at: undefined,
    personIds: undefined,
    conversationId: undefined,
    participants: undefined,
    text: undefined,
    subject: undefined,
    url: undefined,
    targetUrl: undefined,
    visibility: undefined,
    detail: undefined,
    organisation: undefined,
    hasNote: undefined,
    status: undefined,
    source,
  };
  return e as Writable;
}

/**
 * `e` itself when it has every field (as `newEvent` makes them), else a copy that has. The test is
 * the last optional field's presence: an event that has it but lacks others keeps its own shape,
 * which is only slower, never wrong. Importers' events are never copied (a second copy of a
 * million events is 150 MB while both are alive).
 */
export function uniformEvent(e: LedgerEvent): LedgerEvent {
  if ('status' in e) return e;
  // Assigning onto the full literal fills fields in place: the copy keeps newEvent's shape and order.
  return Object.assign(newEvent(e.kind, e.platform, e.direction, e.source), e);
}
