/**
 * direct-messages.js and direct-messages-group.js elements [X1][X4]: one `dmConversation` per
 * thread, messages newest first, `messageCreate` keys in X's order; group threads have no
 * `recipientId` and end with the `joinConversation` event that started them.
 */
import type { Json } from './format.ts';
import { isoDate, snowflake } from './format.ts';
import type { XSampleConversation, XSampleSpec } from './spec.ts';

/** The conversation id X gives a 1:1 thread: both account ids joined by `-`, smaller first (numerically). */
export function oneToOneId(a: string, b: string): string {
  const [x, y] = a.length < b.length || (a.length === b.length && a < b) ? [a, b] : [b, a];
  return `${x}-${y}`;
}

/** The `{ "dmConversation" : { … } }` element for one spec conversation. */
export function conversationElement(spec: XSampleSpec, c: XSampleConversation, n: number): Json {
  const owner = spec.owner.accountId;
  const group = c.with.length > 1;
  const conversationId = group ? (c.groupId ?? snowflake(c.messages[0]?.at ?? spec.generatedAt, 4000 + n)) : oneToOneId(owner, c.with[0] ?? '0');
  const sorted = [...c.messages].sort((a, b) => b.at - a.at);
  const items: Json[] = sorted.map((m, i) => {
    const other = m.from === owner ? (c.with[0] ?? '0') : owner;
    const create: Record<string, Json> = {};
    if (!group) create['recipientId'] = other;
    create['reactions'] = [];
    create['urls'] = [];
    create['text'] = m.text;
    create['mediaUrls'] = [];
    create['senderId'] = m.from;
    create['id'] = snowflake(m.at, n * 64 + i);
    create['createdAt'] = isoDate(m.at);
    return { messageCreate: create };
  });
  if (group) {
    const first = c.messages.reduce((min, m) => Math.min(min, m.at), spec.generatedAt) - 60_000;
    items.push({ joinConversation: { initiatingUserId: c.with[0] ?? owner, participantsSnapshot: [owner, ...c.with], createdAt: isoDate(first) } });
  }
  return { dmConversation: { conversationId, messages: items } };
}
