/** T5.2 `composed_share`: written interactions versus one-click ones. */
import type { ChartData } from '../../measure.ts';
import { defineMeasure, insufficient } from '../../measure.ts';
import { isComposed, isOneClick } from '../../../model/kinds.ts';
import { type EventKind, type LedgerEvent, type Platform } from '../../../model/types.ts';
import { platformColumn, platformOfCode, undatedReactionPlatforms } from '../../_lib/platform-column.ts';
import { inPlatformOrder, notesPart, pooledNote } from '../../_lib/by-platform.ts';
import { endAt, eventTable, firstAfter } from '../../_lib/event-table.ts';
import { hasMention } from '../../_lib/text.ts';
import { DAY_MS, WINDOW_DAYS } from '../../_lib/time.ts';
import { endorsementCounts } from '../giving-receiving-balance/index.ts';

export const MIN_INTERACTIONS = 30;
/** Data kinds that hold interactions: with none of them present there is nothing to measure (not zero). */
const SOURCES = ['comments', 'posts', 'messages', 'reactions', 'endorsements', 'recommendations'];

/** The outgoing kinds that can be interactions; each event is then classed by `interactionClass`. */
const KINDS: readonly EventKind[] = ['comment', 'reply', 'post', 'message', 'recommendation', 'reaction', 'endorsement', 'repost'];

/**
 * CODEBOOK T5.2: composed = comments, replies, posts that @-mention someone, written messages sent,
 * recommendations given; one-click = reactions, endorsements given (counted statuses), reposts
 * without added text. Anything else (a post without a mention, an empty message) is not an interaction.
 */
export function interactionClass(e: LedgerEvent): 'composed' | 'one-click' | undefined {
  switch (e.kind) {
    case 'comment':
    case 'reply':
    case 'message':
    case 'recommendation':
      return isComposed(e) ? 'composed' : undefined;
    case 'post':
      return isComposed(e) && hasMention(e.text ?? '') ? 'composed' : undefined;
    case 'reaction':
      return 'one-click';
    case 'endorsement':
      return endorsementCounts(e) ? 'one-click' : undefined;
    case 'repost':
      return isOneClick(e) ? 'one-click' : undefined;
    default:
      return undefined;
  }
}

interface Tally {
  composedW: number;
  oneClickW: number;
  composedAll: number;
  oneClickAll: number;
}

function chart(composed: number, oneClick: number, window: string): ChartData {
  return {
    kind: 'bar',
    title: `Written versus one-click interactions (${window})`,
    description: `In ${window === 'all time' ? 'all time' : 'the last 365 days'} you made ${composed} written interactions (comments, replies, mentions, messages, recommendations) and ${oneClick} one-click ones (reactions, endorsements, plain reposts).`,
    rows: [
      { type: 'written', interactions: composed },
      { type: 'one-click', interactions: oneClick },
    ],
    x: 'type',
    y: 'interactions',
    xTitle: '',
    yTitle: 'interactions',
  };
}

export const composedShare = defineMeasure({
  meta: {
    id: 'composed_share',
    codebook: 'T5.2',
    tension: 'collaboration-competition',
    side: 'collaboration',
    title: 'Written interactions versus one-click ones',
    definition:
      'Among your outgoing interactions in the 365 days before the export date, the share that were written: comments, replies, posts that @-mention someone, messages sent and recommendations given, against reactions, endorsements given and plain reposts, over every platform together. A platform whose likes carry no dates (X, Mastodon) is counted all-time and reported apart; each platform with enough interactions is also shown alone.',
    unit: 'proportion',
    window: '365 days before the export date (all-time for platforms with undated likes)',
    minimum: `${MIN_INTERACTIONS} interactions`,
    requires: [],
    platforms: ['linkedin', 'x', 'mastodon', 'bluesky', 'facebook'],
    references: [
      { claim: 'In 3,649 Facebook users reporting on 26,134 friends, tie strength grew with one-on-one communication, more for composed posts, comments and messages than for one-click likes.', source: 'Burke & Kraut (2014)', evidence: 'V' },
      { claim: 'Receiving targeted, composed communication from strong ties was associated with improved well-being; receiving one-click feedback and viewing broadcasts were not (n = 1,910).', source: 'Burke & Kraut (2016)', evidence: 'V' },
      { claim: 'A rough comparison only: 9 messages against 14 likes a month (Hampton et al. 2012) gives a composed share of about 0.39; derived, not reported, and not like-for-like.', source: 'CODEBOOK T5.2 from Hampton et al. (2012)', evidence: 'D' },
    ],
    caveat: 'Care. Length is not thoughtfulness.',
    question: 'Which one-click reaction this week deserved two sentences instead?',
  },
  compute(ctx) {
    if (!SOURCES.some((k) => ctx.ledger.available.has(k))) {
      return { status: 'not-available', reason: 'not available from these exports (needs comments, posts, messages, reactions, endorsements or recommendations)' };
    }
    const table = eventTable(ctx.ledger);
    const windowStart = ctx.asOf - WINDOW_DAYS * DAY_MS;
    const tallies = new Map<Platform, Tally>();
    const tally = (p: Platform): Tally => {
      let t = tallies.get(p);
      if (!t) {
        t = { composedW: 0, oneClickW: 0, composedAll: 0, oneClickAll: 0 };
        tallies.set(p, t);
      }
      return t;
    };
    // X and Mastodon likes have no time: those platforms are counted all-time, and listed first.
    const undated = undatedReactionPlatforms(ctx.ledger);
    const allTimePlatforms = new Set<Platform>(undated.platforms);
    for (const p of undated.platforms) tally(p);
    const allTimeCodes = undated.codes;
    const column = platformColumn(ctx.ledger);
    for (const kind of KINDS) {
      const list = table.of(kind, 'out');
      const end = endAt(table, list, ctx.asOf);
      // Before W only the all-time platforms need a look; with none, the walk starts at W.
      const start = allTimePlatforms.size > 0 ? 0 : firstAfter(table, list, windowStart);
      for (let k = start; k < end; k++) {
        const i = list[k] ?? 0;
        const inW = (table.at[i] ?? -Infinity) > windowStart;
        const code = column[i] ?? 0;
        // Typed-array checks first: most events before W are skipped without touching the event,
        // and a reaction is one-click whatever it holds.
        if (!inW && allTimeCodes[code] !== 1) continue;
        let cls: 'composed' | 'one-click' | undefined = 'one-click';
        if (kind !== 'reaction') {
          const e = table.events[i];
          cls = e ? interactionClass(e) : undefined;
        }
        if (cls === undefined) continue;
        const t = tally(platformOfCode(code));
        if (cls === 'composed') {
          t.composedAll += 1;
          if (inW) t.composedW += 1;
        } else {
          t.oneClickAll += 1;
          if (inW) t.oneClickW += 1;
        }
      }
    }
    // Dated platforms are pooled over W (your own interactions; no one is counted twice); a platform
    // with undated likes is reported all-time and apart, and leads only when no other platform has data.
    const datedTotal = { composed: 0, oneClick: 0 };
    const undatedTotal = { composed: 0, oneClick: 0 };
    for (const [p, t] of tallies) {
      if (allTimePlatforms.has(p)) {
        undatedTotal.composed += t.composedAll;
        undatedTotal.oneClick += t.oneClickAll;
      } else {
        datedTotal.composed += t.composedW;
        datedTotal.oneClick += t.oneClickW;
      }
    }
    const allTime = datedTotal.composed + datedTotal.oneClick === 0 && undatedTotal.composed + undatedTotal.oneClick > 0;
    const { composed, oneClick } = allTime ? undatedTotal : datedTotal;
    if (composed + oneClick < MIN_INTERACTIONS) return insufficient(composed + oneClick, MIN_INTERACTIONS, 'interactions in the last 365 days');
    const shares = new Map<Platform, number>();
    const notes: string[] = [];
    const used = new Map<Platform, number>();
    for (const [p, t] of tallies) {
      const c = allTimePlatforms.has(p) ? t.composedAll : t.composedW;
      const o = allTimePlatforms.has(p) ? t.oneClickAll : t.oneClickW;
      if (allTimePlatforms.has(p) === allTime) used.set(p, c + o);
      if (c + o < MIN_INTERACTIONS) continue;
      shares.set(p, c / (c + o));
      if (allTimePlatforms.has(p)) notes.push(`${p}: its likes carry no dates, so its figure covers all time, not the last 365 days${allTime ? '' : ', and is left out of the headline'}.`);
    }
    const window = allTime ? 'all time' : 'last 365 days';
    return {
      status: 'ok',
      value: composed / (composed + oneClick),
      display: `${composed} written : ${oneClick} one-click`,
      parts: { composed, one_click: oneClick, all_time: allTime ? 1 : 0 },
      byPlatform: inPlatformOrder(shares),
      charts: [chart(composed, oneClick, window)],
      ...notesPart([...notes, ...pooledNote(used)]),
    };
  },
});
