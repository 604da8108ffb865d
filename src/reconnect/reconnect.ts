/**
 * The reconnect list: once-real ties that went quiet, ranked by how strong they were, with when and
 * where the last real exchange happened, so a person can act on depth without entering any data.
 * Levin, Walter & Murnighan (2011) found reconnected dormant ties combine the novelty of weak ties
 * with the trust of strong ones (CODEBOOK T1.5). Pure: ledger and export date in, list out.
 */
import { isComposed, isGroupMessage } from '../model/kinds.ts';
import type { Ledger, Platform } from '../model/types.ts';
import { lastExchange, messageIndex } from '../measures/_lib/alters.ts';
import { endAt, eventTable } from '../measures/_lib/event-table.ts';
import { tieStrength } from '../measures/_lib/tie-strength.ts';
import { DAY_MS, THREE_YEARS_DAYS, WINDOW_DAYS, utcDate } from '../measures/_lib/time.ts';
import type { ReconnectItem } from '../pipeline/types.ts';

const MAX_ITEMS = 20;
const YEAR_MS = 365.25 * DAY_MS;

const channelName: Record<Platform, string> = {
  linkedin: 'LinkedIn messages',
  x: 'X direct messages',
  mastodon: 'Mastodon direct posts',
  bluesky: 'Bluesky',
  facebook: 'Messenger',
  instagram: 'Instagram messages',
};

interface Candidate {
  readonly personId: string;
  readonly last: number;
  readonly lastComposed: number;
  sent: number;
  received: number;
  privateCount: number;
  messages: number;
  first?: number;
}

/**
 * Ties with at least one reciprocated exchange ever and no written message for a year or more:
 * "lapsed" (1–3 years) and "dormant" (3 years or more), strongest first (CODEBOOK §5.1 labels).
 */
export function reconnectList(ledger: Ledger, asOf: number): ReconnectItem[] {
  const idx = messageIndex(ledger, asOf);
  const quietSince = asOf - WINDOW_DAYS * DAY_MS;
  const candidates = new Map<string, Candidate>();
  for (const a of idx.alters.values()) {
    const last = lastExchange(a);
    if (last === undefined || a.last === undefined || a.last > quietSince) continue;
    candidates.set(a.personId, { personId: a.personId, last, lastComposed: a.last, sent: 0, received: 0, privateCount: 0, messages: 0 });
  }
  if (candidates.size === 0) return [];

  // One pass over the messages: each candidate's messages in the year up to their last exchange give the strength they had then.
  const table = eventTable(ledger);
  const messages = table.ofKind('message');
  const end = endAt(table, messages, asOf);
  for (let m = 0; m < end; m++) {
    const e = table.events[messages[m]!]!;
    if (e.at === undefined || !e.personIds) continue;
    let composed: boolean | undefined;
    for (const id of e.personIds) {
      const c = candidates.get(id);
      if (!c) continue;
      composed ??= isComposed(e);
      if (!composed) break;
      c.messages += 1;
      if (c.first === undefined || e.at < c.first) c.first = e.at;
      if (e.at > c.last || e.at <= c.last - WINDOW_DAYS * DAY_MS) continue;
      if (e.direction === 'out') c.sent += 1;
      else c.received += 1;
      if (!isGroupMessage(e)) c.privateCount += 1;
    }
  }

  const since = new Map<string, number>();
  for (const t of ledger.ties) if (t.since !== undefined && candidates.has(t.personId)) since.set(t.personId, Math.min(t.since, since.get(t.personId) ?? Infinity));
  const items: ReconnectItem[] = [];
  for (const c of candidates.values()) {
    const p = ledger.people.get(c.personId);
    const n = c.sent + c.received;
    const first = Math.min(c.first ?? c.last, since.get(c.personId) ?? Infinity);
    const s = tieStrength({
      nWeighted: n,
      daysSinceLastReciprocated: 0,
      sent: c.sent,
      received: c.received,
      yearsKnown: Math.max(0, c.last - first) / YEAR_MS,
      privateShare: n === 0 ? 0 : c.privateCount / n,
      channelTypes: 1,
    });
    items.push({
      personId: c.personId,
      name: p?.name ?? p?.handle ?? 'someone without a name in the export',
      platform: p?.platform ?? 'linkedin',
      pastStrength: Math.round(s.S * 1000) / 1000,
      lastExchange: utcDate(c.last),
      where: channelName[p?.platform ?? 'linkedin'],
      messages: c.messages,
      ...(p?.organisation !== undefined ? { organisation: p.organisation } : {}),
      ...(p?.role !== undefined ? { role: p.role } : {}),
      layer: c.lastComposed <= asOf - THREE_YEARS_DAYS * DAY_MS ? 'dormant' : 'lapsed',
    });
  }
  items.sort((a, b) => b.pastStrength - a.pastStrength || (a.lastExchange < b.lastExchange ? 1 : a.lastExchange > b.lastExchange ? -1 : 0) || a.name.localeCompare(b.name));
  return items.slice(0, MAX_ITEMS);
}
