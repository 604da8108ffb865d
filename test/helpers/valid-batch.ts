/**
 * The model's validity rules for an importer's batch, shared by the per-platform round-trip tests:
 * people and ties carry no optional field set to undefined; events have exactly the uniform fields
 * (model/event.ts) with the required ones set; every id is in the platform's namespace; every event
 * is sourced; every tie and event names a person of the batch.
 */
import { expect } from 'vitest';
import type { ImportBatch } from '../../src/model/build.ts';
import { newEvent } from '../../src/model/event.ts';
import type { Platform } from '../../src/model/types.ts';

export function expectValidBatch(batch: ImportBatch, platform: Platform): void {
  for (const r of [...batch.people, ...batch.ties]) expect(Object.values(r).includes(undefined)).toBe(false);
  const eventKeys = Object.keys(newEvent('post', platform, 'out', { platform, file: 'x', row: 1 }));
  for (const e of batch.events) {
    expect(Object.keys(e)).toEqual(eventKeys);
    expect([e.kind, e.platform, e.direction, e.source].includes(undefined as never)).toBe(false);
  }
  expect(batch.people.every((p) => p.id.startsWith(`${platform}:`) && p.platform === platform)).toBe(true);
  expect(batch.events.every((e) => e.source.row >= 1 && e.platform === platform)).toBe(true);
  const ids = new Set(batch.people.map((p) => p.id));
  expect(batch.ties.every((t) => ids.has(t.personId))).toBe(true);
  expect(batch.events.flatMap((e) => e.personIds ?? []).every((id) => ids.has(id))).toBe(true);
}
