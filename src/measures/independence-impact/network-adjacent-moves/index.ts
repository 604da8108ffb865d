/** T4.6 `network_adjacent_moves`: did your job moves run through people you already knew? */
import type { ChartData } from '../../measure.ts';
import { defineMeasure, insufficient } from '../../measure.ts';
import type { Ledger, Platform, Position } from '../../../model/types.ts';
import { normaliseOrganisation } from '../../_lib/organisation.ts';

export const MIN_MOVES = 1;

/** Start of a `YYYY-MM` or `YYYY` month or year (UTC), or undefined when unreadable. */
export function startOf(month: string | undefined): number | undefined {
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(month ?? '');
  if (!m) return undefined;
  return Date.UTC(Number(m[1]), m[2] === undefined ? 0 : Number(m[2]) - 1, 1);
}

/** A role that counts as a move, with the connections already at its employer when it began. */
export interface Move {
  readonly platform: Platform;
  readonly position: Position;
  readonly start: number;
  readonly priorConnections: number;
}

/** Earliest evidence of the account on `platform`: a connection date or any dated event. */
function joinedOn(ledger: Ledger, platform: Platform): number | undefined {
  let first: number | undefined;
  for (const t of ledger.ties) if (t.platform === platform && t.since !== undefined && (first === undefined || t.since < first)) first = t.since;
  // Events are in time order with undated ones first: the first dated one of the platform is the earliest.
  for (const e of ledger.events) {
    if (e.at === undefined || e.platform !== platform) continue;
    if (first === undefined || e.at < first) first = e.at;
    break;
  }
  return first;
}

/**
 * Job moves of CODEBOOK T4.6: roles that started after the account's first evidence (the export
 * has no sign-up date, so the earliest connection or event stands in [D]). A role at the same
 * employer as the role begun just before it is a promotion, not a move [D].
 */
export function jobMoves(ledger: Ledger, asOf: number): Move[] {
  const moves: Move[] = [];
  for (const profile of ledger.profiles) {
    const roles = profile.positions
      .map((position) => ({ position, start: startOf(position.startedOn), org: normaliseOrganisation(position.organisation) }))
      .filter((r): r is { position: Position; start: number; org: string } => r.start !== undefined && r.start <= asOf)
      .sort((a, b) => a.start - b.start || (a.org < b.org ? -1 : a.org > b.org ? 1 : 0));
    if (roles.length === 0) continue;
    const joined = joinedOn(ledger, profile.platform);
    if (joined === undefined) continue;
    const byOrg = new Map<string, number[]>();
    for (const t of ledger.ties) {
      if (t.platform !== profile.platform || t.kind !== 'connection' || t.since === undefined) continue;
      const org = normaliseOrganisation(ledger.people.get(t.personId)?.organisation ?? '');
      if (org === '') continue;
      const list = byOrg.get(org);
      if (list) list.push(t.since);
      else byOrg.set(org, [t.since]);
    }
    roles.forEach((r, i) => {
      if (r.start <= joined || r.org === '') return;
      if (i > 0 && roles[i - 1]?.org === r.org) return;
      const prior = (byOrg.get(r.org) ?? []).filter((since) => since < r.start).length;
      moves.push({ platform: profile.platform, position: r.position, start: r.start, priorConnections: prior });
    });
  }
  return moves.sort((a, b) => a.start - b.start);
}

function chart(moves: readonly Move[]): ChartData {
  const withPrior = moves.filter((m) => m.priorConnections > 0).length;
  return {
    kind: 'bar',
    title: 'Connections already at each new employer when you started',
    description: `${withPrior} of your ${moves.length} job moves since joining went to an employer where at least one of your current connections already worked, by their current Company.`,
    rows: moves.map((m) => ({ move: `${(m.position.startedOn ?? '').slice(0, 7)} ${m.position.organisation}`, connections: m.priorConnections })),
    x: 'move',
    y: 'connections',
    xTitle: 'role started',
    yTitle: 'connections there before you',
  };
}

export const networkAdjacentMoves = defineMeasure({
  meta: {
    id: 'network_adjacent_moves',
    codebook: 'T4.6',
    tension: 'independence-impact',
    side: 'impact',
    title: 'Did your job moves run through people you knew?',
    definition:
      'For each role in your positions that began after your account\'s first evidence (earliest connection or activity) and at a different employer from the role before it, the number of connections made before the role began whose current Company matches the new employer (names normalised). The value is the share of such moves with at least one.',
    unit: 'proportion',
    window: 'all time',
    minimum: `${MIN_MOVES} job move after joining`,
    requires: ['positions', 'connections'],
    platforms: ['linkedin'],
    references: [
      { claim: 'Job transmission is operationalised as later working where a connection works.', source: 'Rajkumar et al. (2022); Gee, Jones & Burke (2017)', evidence: 'V' },
      { claim: 'The earliest connection or activity stands in for the sign-up date, and a new title at the same employer is not counted as a move.', source: 'flipside design choice', evidence: 'D' },
    ],
    caveat: 'Much for certain. Company is a current snapshot: people who helped and have since left are missed, and people who joined after you are counted. Use it as a prompt for memory, never as a statistic.',
    question: 'Did anyone help you get your current job? When did you last tell them what came of it?',
  },
  compute(ctx) {
    const moves = jobMoves(ctx.ledger, ctx.asOf);
    if (moves.length < MIN_MOVES) return insufficient(moves.length, MIN_MOVES, 'job moves after joining');
    const withPrior = moves.filter((m) => m.priorConnections > 0).length;
    return {
      status: 'ok',
      value: withPrior / moves.length,
      display: `${withPrior} of ${moves.length} moves`,
      parts: { moves: moves.length, moves_with_prior_connection: withPrior },
      items: moves.map((m) => ({ started: m.position.startedOn ?? '', employer: m.position.organisation, title: m.position.title, prior_connections: m.priorConnections })),
      charts: [chart(moves)],
    };
  },
});
