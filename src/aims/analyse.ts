/**
 * What the archives say about each stated aim: the ties at target organisations or in target roles
 * ranked by tie strength, the conversations that touched the aim, applications and opportunity
 * messages. Pure: the ledger and the export date in, findings out.
 */
import { isComposed } from '../model/kinds.ts';
import type { Ledger, LedgerEvent } from '../model/types.ts';
import { tieInputsFor, tieStrength } from '../measures/_lib/tie-strength.ts';
import { mentionsOpportunity } from '../measures/independence-impact/opportunity-inflow/lexicon.ts';
import { DAY_MS, utcDate } from '../measures/_lib/time.ts';
import type { AimFinding } from '../pipeline/types.ts';
import type { Aim } from './aims-file.ts';
import { organisationMatcher, termMatcher } from './match.ts';

const MAX_TIES = 25;

/** One finding per aim, in the order of the aims file. */
export function analyseAims(ledger: Ledger, asOf: number, aims: readonly Aim[]): AimFinding[] {
  return aims.map((aim) => analyseAim(ledger, asOf, aim));
}

function analyseAim(ledger: Ledger, asOf: number, aim: Aim): AimFinding {
  const atOrg = organisationMatcher(aim.organisations);
  const inRole = termMatcher(aim.roles);
  const mentions = termMatcher([...aim.organisations, ...aim.roles, ...aim.keywords]);

  const targetPeople = new Set<string>();
  const ties: AimFinding['ties'][number][] = [];
  for (const p of ledger.people.values()) {
    if (!atOrg(p.organisation) && !(p.role !== undefined && inRole(p.role))) continue;
    targetPeople.add(p.id);
    const s = tieStrength(tieInputsFor(ledger, asOf, p.id));
    ties.push({
      name: p.name ?? p.handle ?? 'someone without a name in the export',
      platform: p.platform,
      ...(p.organisation !== undefined ? { organisation: p.organisation } : {}),
      ...(p.role !== undefined ? { role: p.role } : {}),
      strength: Math.round(s.S * 1000) / 1000,
      band: s.band,
    });
  }
  ties.sort((a, b) => b.strength - a.strength || a.name.localeCompare(b.name));

  const touches = (e: LedgerEvent) =>
    (e.personIds?.some((id) => targetPeople.has(id)) ?? false) || (e.text !== undefined && mentions(e.text)) || (e.subject !== undefined && mentions(e.subject));
  const threads = new Set<string>();
  let messages = 0;
  let last: number | undefined;
  let jobApplications = 0;
  let opportunityMessages = 0;
  for (const e of ledger.events) {
    if (e.at !== undefined && e.at > asOf) continue;
    if (e.kind === 'message' && isComposed(e) && touches(e)) {
      messages += 1;
      threads.add(e.conversationId ?? `${e.platform}:${e.source.row}`);
      if (e.at !== undefined && (last === undefined || e.at > last)) last = e.at;
      if (e.direction === 'in' && e.at !== undefined && asOf - e.at < 365 * DAY_MS && mentionsOpportunity(`${e.subject ?? ''} ${e.text ?? ''}`)) opportunityMessages += 1;
    }
    if (e.kind === 'job-application' && (atOrg(e.organisation) || (e.detail !== undefined && inRole(e.detail)))) jobApplications += 1;
  }
  return {
    name: aim.name,
    targets: { organisations: aim.organisations, roles: aim.roles, keywords: aim.keywords },
    ties: ties.slice(0, MAX_TIES),
    conversations: { threads: threads.size, messages, ...(last !== undefined ? { last: utcDate(last) } : {}) },
    jobApplications,
    opportunityMessages,
  };
}
