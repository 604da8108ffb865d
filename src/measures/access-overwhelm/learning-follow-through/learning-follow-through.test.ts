import { describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../../../model/types.ts';
import { at, ctxOf, daysBefore, ev, makeLedger } from '../../_lib/test-ledger.ts';
import { MIN_STARTED, learningFollowThrough } from './index.ts';

const T = at('2024-06-30');
const item = (status: string, t: number | undefined = daysBefore(T, 30)): LedgerEvent => ev('learning', 'out', t, { status, detail: 'Course' });
const ledger = (events: LedgerEvent[]) => makeLedger({ events, available: ['learning'] });

describe('learning_follow_through', () => {
  it('matches a hand computation: 3 completed of 5 started, 1 saved and never started', () => {
    const r = learningFollowThrough.compute(ctxOf(ledger([item('completed'), item('completed'), item('completed', daysBefore(T, 900)), item('started'), item('started'), item('saved', undefined)]), T));
    expect(r).toMatchObject({ status: 'ok', value: 0.6, parts: { completed: 3, started: 5, saved_not_started: 1, bookmarks: 0 } });
  });
  it('needs 5 started items: 4 is insufficient; saved items do not count as started', () => {
    expect(MIN_STARTED).toBe(5);
    expect(learningFollowThrough.compute(ctxOf(ledger([item('completed'), item('started'), item('started'), item('started'), item('saved'), item('saved')]), T))).toMatchObject({ status: 'insufficient', have: 4, need: 5 });
    expect(learningFollowThrough.compute(ctxOf(ledger([item('started')]), T))).toMatchObject({ status: 'insufficient', have: 1 });
  });
  it('gives 1 when everything started on one day was finished, and ignores items after T', () => {
    const day = daysBefore(T, 2);
    const r = learningFollowThrough.compute(ctxOf(ledger([...Array.from({ length: 5 }, () => item('completed', day)), item('started', T + 86_400_000)]), T));
    expect(r).toMatchObject({ status: 'ok', value: 1, parts: { started: 5 } });
  });
  it('counts bookmarks beside it', () => {
    const r = learningFollowThrough.compute(ctxOf(ledger([...Array.from({ length: 5 }, () => item('started')), ev('save', 'out', daysBefore(T, 1))]), T));
    expect(r).toMatchObject({ status: 'ok', value: 0, parts: { bookmarks: 1 } });
  });
  it('is not available without learning data, and on an empty ledger', () => {
    expect(learningFollowThrough.compute(ctxOf(makeLedger(), T)).status).toBe('not-available');
    expect(learningFollowThrough.compute(ctxOf(makeLedger({ events: [item('started')] }), T)).status).toBe('not-available');
  });
});
