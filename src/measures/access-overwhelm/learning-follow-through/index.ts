/** T2.5 `learning_follow_through`: of the learning items you started, the share you finished. */
import type { ChartData } from '../../measure.ts';
import { defineMeasure, insufficient } from '../../measure.ts';
import type { Ledger } from '../../../model/types.ts';
import { eventTable, firstAfter } from '../../_lib/event-table.ts';
import { percent } from '../../_lib/stats.ts';

/** Minimum: 5 started items (CODEBOOK T2.5). */
export const MIN_STARTED = 5;

/** Learning items by status, and the bookmark backlog. */
export interface LearningCounts {
  /** Items with a completion date. */
  readonly completed: number;
  /** Items watched but not completed. */
  readonly inProgress: number;
  /** Saved and never watched. */
  readonly savedNotStarted: number;
  /** Bookmarks (X, Mastodon): a count only, nothing says whether they were read. */
  readonly bookmarks: number;
}

/**
 * Counts up to `asOf`. LinkedIn's importer gives each Learning.csv row one status: `completed`
 * (a completion date), else `started` (a watched date), else `saved` (mapping contract).
 */
export function learningCounts(ledger: Ledger, asOf: number): LearningCounts {
  const table = eventTable(ledger);
  let completed = 0;
  let inProgress = 0;
  let savedNotStarted = 0;
  const learning = table.ofKind('learning');
  for (let k = 0, end = firstAfter(table, learning, asOf); k < end; k++) {
    const status = table.events[learning[k] ?? 0]?.status;
    if (status === 'completed') completed += 1;
    else if (status === 'started') inProgress += 1;
    else if (status === 'saved') savedNotStarted += 1;
  }
  const saves = table.ofKind('save');
  return { completed, inProgress, savedNotStarted, bookmarks: firstAfter(table, saves, asOf) };
}

function statusChart(c: LearningCounts): ChartData {
  const started = c.completed + c.inProgress;
  return {
    kind: 'bar',
    title: 'Learning items: finished, started, only saved',
    description: `${c.completed} of ${started} started items were finished (${percent(c.completed / Math.max(1, started))}); ${c.savedNotStarted} more were saved and never started.`,
    rows: [
      { status: 'finished', items: c.completed },
      { status: 'started, not finished', items: c.inProgress },
      { status: 'saved, never started', items: c.savedNotStarted },
    ],
    x: 'status',
    y: 'items',
    xTitle: 'status',
    yTitle: 'items',
  };
}

export const learningFollowThrough = defineMeasure({
  meta: {
    id: 'learning_follow_through',
    codebook: 'T2.5',
    tension: 'access-overwhelm',
    side: 'access',
    title: 'Saved-to-learn versus actually finished',
    definition:
      'Completed learning items divided by started ones (a watched date or a completion date) in LinkedIn Learning.csv. Items saved but never started, and bookmarks on X or Mastodon, are counted beside it: nothing shows whether a bookmark was read.',
    unit: 'proportion',
    window: 'all time, as of the export date',
    minimum: `${MIN_STARTED} started learning items`,
    requires: ['learning'],
    platforms: ['linkedin', 'x', 'mastodon'],
    references: [
      { claim: 'Across 221 MOOCs, completion ranged from 0.7% to 52.1%, with a median of 12.6%.', source: 'Jordan (2015)', evidence: 'V' },
      { claim: 'Retention of HarvardX and MITx MOOC learners into a second course fell from 38% in the first cohort to 7% in 2016–17.', source: 'Reich & Ruipérez-Valiente (2019)', evidence: 'V' },
    ],
    caveat: 'Whether you learned anything, or learned it elsewhere. Completion is not value, and MOOCs are only loose context for short LinkedIn Learning items.',
    question: 'Of everything you saved to learn, what would you actually pay to know by next quarter?',
  },
  compute(ctx) {
    const c = learningCounts(ctx.ledger, ctx.asOf);
    const started = c.completed + c.inProgress;
    if (started < MIN_STARTED) return insufficient(started, MIN_STARTED, 'started learning items');
    return {
      status: 'ok',
      value: c.completed / started,
      display: `${c.completed} of ${started} finished`,
      parts: { completed: c.completed, started, saved_not_started: c.savedNotStarted, bookmarks: c.bookmarks },
      charts: [statusChart(c)],
    };
  },
});
