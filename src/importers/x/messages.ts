/**
 * direct-messages.js (1:1) and direct-messages-group.js (groups) → `message` events. Elements are
 * `{ dmConversation: { conversationId, messages: [ { messageCreate: {…} } | { joinConversation } | … ] } }`
 * [X1][X4]. Only account ids are given, no names. Conversations are collected first and turned into
 * events at the end, because direction needs the owner's id, which may have to be inferred from the
 * conversations themselves when account.js is missing. FileReport records count messages.
 */
import { diagnostic } from '../../diagnostics/diagnostic.ts';
import { parseIsoDate, repairText } from './map.ts';
import { asObject, id, list, str, unwrap, urls } from './raw.ts';
import type { ElementCounts } from './read-file.ts';
import type { XRun } from './run.ts';

interface DmMessage {
  readonly row: number;
  readonly senderId: string;
  readonly recipientId?: string;
  readonly rawDate?: string;
  readonly at?: number;
  readonly text?: string;
}

interface Conversation {
  readonly id: string;
  readonly file: string;
  readonly row: number;
  readonly group: boolean;
  /** Every account seen in the thread, owner included when they appear. */
  readonly members: Set<string>;
  readonly messages: DmMessage[];
}

/** Conversations of all DM files of one archive, in file order. */
export class DmCollector {
  readonly conversations: Conversation[] = [];

  /** One handler per file; `counts` receives messages read and skipped. */
  handler(run: XRun, file: string, group: boolean, counts: ElementCounts): (value: unknown, row: number) => boolean {
    return (value, row) => {
      const c = unwrap(value, 'dmConversation');
      const conversationId = str(c, 'conversationId');
      if (!c || conversationId === undefined) {
        run.sink.add(diagnostic('value.missing', 'warning', { file, row }, { column: 'dmConversation.conversationId' }));
        return false;
      }
      const conv: Conversation = { id: conversationId, file, row, group, members: new Set(), messages: [] };
      // Evidence: 1:1 ids are the two account ids joined by `-` ("111111111-222222222") [X4].
      if (!group) for (const part of conversationId.split('-')) if (/^\d+$/.test(part)) conv.members.add(part);
      for (const item of list(c, 'messages')) addItem(run, conv, asObject(item), counts);
      this.conversations.push(conv);
      return true;
    };
  }
}

function addItem(run: XRun, conv: Conversation, item: ReturnType<typeof asObject>, counts: ElementCounts): void {
  const create = asObject(item?.['messageCreate']);
  if (create) {
    const senderId = id(create, 'senderId');
    if (senderId === undefined) {
      counts.skipped++;
      run.sink.add(diagnostic('value.missing', 'warning', { file: conv.file, row: conv.row }, { column: 'messageCreate.senderId' }));
      return;
    }
    const recipientId = id(create, 'recipientId');
    const rawDate = str(create, 'createdAt');
    const at = rawDate !== undefined ? parseIsoDate(rawDate) : undefined;
    const raw = str(create, 'text');
    const text = raw !== undefined ? repairText(raw, urls(list(create, 'urls'))) : undefined;
    conv.members.add(senderId);
    if (recipientId !== undefined) conv.members.add(recipientId);
    conv.messages.push({
      row: conv.row,
      senderId,
      ...(recipientId !== undefined ? { recipientId } : {}),
      ...(rawDate !== undefined ? { rawDate } : {}),
      ...(at !== undefined ? { at } : {}),
      ...(text !== undefined ? { text } : {}),
    });
    counts.records++;
    return;
  }
  // Group membership events [X1][X4]; other event kinds (name changes, reactions…) carry no message.
  const join = asObject(item?.['joinConversation']);
  const joined = asObject(item?.['participantsJoin']);
  const left = asObject(item?.['participantsLeave']);
  for (const ev of [join, joined, left]) {
    const initiator = id(ev, 'initiatingUserId');
    if (initiator !== undefined) conv.members.add(initiator);
    for (const key of ['participantsSnapshot', 'userIds']) {
      for (const u of list(ev, key)) {
        const uid = typeof u === 'string' && /^\d+$/.test(u) ? u : undefined;
        if (uid !== undefined) conv.members.add(uid);
      }
    }
  }
}

/** Settles the owner (inferring it from the threads when no account file said) and emits the message events. */
export function finishMessages(run: XRun, dms: DmCollector): void {
  if (dms.conversations.length === 0) return;
  if (run.owner.id === undefined) {
    const inferred = mostCommonMember(dms.conversations);
    if (inferred !== undefined) {
      run.owner.id = inferred;
      run.sink.add(diagnostic('import.owner-inferred', 'info', { file: dms.conversations[0]!.file }, { name: inferred, source: 'the direct messages' }));
    }
  }
  const owner = run.owner.id;
  for (const conv of dms.conversations) {
    const others = [...conv.members].filter((m) => m !== owner).sort(compareIds);
    const participants = conv.group ? others.length + 1 : 2;
    const otherIds = others.map((m) => run.person(m));
    for (const m of conv.messages) {
      const out = m.senderId === owner;
      const e = run.event('message', out ? 'out' : 'in', conv.file, m.row);
      if (m.at !== undefined) e.at = m.at;
      else if (m.rawDate !== undefined) run.sink.add(diagnostic('value.bad-date', 'warning', { file: conv.file, row: m.row }, { value: m.rawDate.slice(0, 40), column: 'createdAt' }));
      e.conversationId = conv.id;
      e.participants = participants;
      if (m.text !== undefined) e.text = m.text;
      const counterparts = out ? (conv.group || m.recipientId === undefined ? otherIds : [run.person(m.recipientId)]) : [run.person(m.senderId)];
      if (counterparts.length > 0) e.personIds = counterparts;
    }
  }
}

/** The account present in the most conversations (the owner is in all of them); ties go to the smaller id. */
function mostCommonMember(conversations: readonly Conversation[]): string | undefined {
  const n = new Map<string, number>();
  for (const c of conversations) for (const m of c.members) n.set(m, (n.get(m) ?? 0) + 1);
  let best: string | undefined;
  let count = 0;
  for (const [m, c] of n) {
    if (c > count || (c === count && best !== undefined && compareIds(m, best) < 0)) {
      best = m;
      count = c;
    }
  }
  return best;
}

/** Numeric order for digit strings of any length, without converting them to numbers. */
function compareIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}
