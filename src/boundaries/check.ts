/**
 * The boundaries check: things in the user's own posts and comments that reach more people than
 * they perhaps should. Contact details (e-mail, phone, street address), people the user knows only
 * through private messages named in public, job posts shared beyond the network, and the user's
 * own policy. Pure: ledger in, findings out. A finding is a prompt to look, not a verdict.
 */
import { termMatcher } from '../aims/match.ts';
import { normaliseName } from '../model/identity.ts';
import type { EventKind, Ledger, LedgerEvent } from '../model/types.ts';
import { eventTable, inTimeOrder } from '../measures/_lib/event-table.ts';
import { eventKinds } from '../model/kinds.ts';
import type { BoundaryFinding } from '../pipeline/types.ts';
import { countDigits, findEmail, findJobPost, findPhone, findStreet, namesIn } from './scan.ts';
import type { PostingPolicy } from './policy.ts';

const PUBLIC_KINDS: readonly EventKind[] = ['post', 'comment', 'reply', 'repost'];
/** Visibility labels that keep an item out of the public and the wider network. */
const PRIVATE_VISIBILITY = /^(direct|private|only_me|self)$/i;
/** Visibility labels that reach beyond the user's own network. */
const WIDE_VISIBILITY = /^(public|anyone|everyone|public_feed)$/i;

const EXCERPT_CHARS = 80;
/**
 * Only this many characters of one post are scanned. The longest post a platform allows is
 * Facebook's 63,206 characters; a hostile archive can hold a 10 MB "post", and a backtracking
 * regular expression over a run that long overflows V8's regexp stack (RangeError) or never ends.
 */
export const MAX_SCANNED_CHARS = 65_536;

/** Runs every rule over the user's own public or network-visible posts and comments, oldest first. */
export function checkBoundaries(ledger: Ledger, policy?: PostingPolicy): BoundaryFinding[] {
  const out: BoundaryFinding[] = [];
  const privateOnly = privateContacts(ledger);
  const firstWords = new Set([...privateOnly.keys()].map((k) => k.slice(0, k.indexOf(' '))));
  const avoid = policy && policy.avoid.length > 0 ? termMatcher(policy.avoid) : undefined;
  const allowed = policy && policy.audiences.length > 0 ? new Set(policy.audiences.map((a) => a.toLowerCase())) : undefined;

  const table = eventTable(ledger);
  for (const i of inTimeOrder(PUBLIC_KINDS.map((kind) => table.of(kind, 'out')))) {
    const e = table.events[i];
    if (e?.text === undefined) continue;
    if (e.visibility !== undefined && PRIVATE_VISIBILITY.test(e.visibility)) continue;
    const text = e.text.length > MAX_SCANNED_CHARS ? e.text.slice(0, MAX_SCANNED_CHARS) : e.text;
    const lower = text.toLowerCase();
    const add = (rule: BoundaryFinding['rule'], match: RegExpExecArray | { index: number; 0: string }, detail: string, mask = true) =>
      out.push({
        rule,
        platform: e.platform,
        ...(e.at !== undefined ? { date: new Date(e.at).toISOString().slice(0, 10) } : {}),
        where: where(e),
        excerpt: excerpt(text, match.index, match[0].length, mask),
        detail,
      });

    const email = findEmail(text);
    if (email) add('email', email, 'an e-mail address in something others can see');
    const phone = findPhone(text);
    if (phone && countDigits(phone[0]) >= 9) add('phone', phone, 'a phone number in something others can see');
    const street = findStreet(text, lower);
    if (street) add('street-address', street, 'what looks like a street address');
    if (privateOnly.size > 0) {
      // Look up each run of two to four words, rather than searching the post once per contact.
      for (const key of namesIn(lower, firstWords)) {
        const name = privateOnly.get(key);
        if (name === undefined) continue;
        const i = lower.indexOf(key);
        add('private-contact-named', { index: Math.max(0, i), 0: i >= 0 ? text.slice(i, i + key.length) : '' }, `${name} appears only in your private messages, and is named here in public`, false);
      }
    }
    const job = findJobPost(text, lower);
    if (job && e.visibility !== undefined && WIDE_VISIBILITY.test(e.visibility)) {
      add('job-post-audience', job, `a job post shared with "${e.visibility}", beyond your network; the employer may want it shared only with a target audience`, false);
    }
    if (avoid && avoid(text)) {
      const m = policy!.avoid.map((w) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(w)}(?![\\p{L}\\p{N}])`, 'iu').exec(text)).find((x) => x);
      if (m) add('policy-word', m, `your policy says not to post about "${m[0]}"`, false);
    }
    if (allowed && e.visibility !== undefined && !allowed.has(e.visibility.toLowerCase())) {
      add('policy-audience', { index: 0, 0: '' }, `posted to "${e.visibility}", which your policy does not list as an audience`, false);
    }
  }
  return out;
}

/**
 * People known only through private messages: they appear in messages but have no tie (connection,
 * follow, friend) and no public interaction with the user. Keyed by their normalised full name
 * (two words or more, so a first name alone never triggers).
 */
function privateContacts(ledger: Ledger): Map<string, string> {
  const tied = new Set(ledger.ties.map((t) => t.personId));
  const messaged = new Set<string>();
  const publicly = new Set<string>();
  const table = eventTable(ledger);
  for (const kind of eventKinds) {
    const target = kind === 'message' ? messaged : publicly;
    for (const i of table.ofKind(kind)) {
      const ids = table.events[i]!.personIds;
      if (ids) for (const id of ids) target.add(id);
    }
  }
  const out = new Map<string, string>();
  for (const id of messaged) {
    if (tied.has(id) || publicly.has(id)) continue;
    const name = ledger.people.get(id)?.name;
    if (!name) continue;
    const key = normaliseName(name);
    if (key.split(' ').length >= 2 && key.length >= 6) out.set(key, name.trim());
  }
  return out;
}

function where(e: LedgerEvent): string {
  const kind = e.kind === 'comment' || e.kind === 'reply' ? 'comment' : 'post';
  return e.visibility ? `${kind} (${e.visibility})` : kind;
}

/** About 80 characters around the match; the match itself masked (first and last characters kept) unless told not to. */
function excerpt(text: string, index: number, length: number, mask: boolean): string {
  const start = Math.max(0, index - 30);
  const end = Math.min(text.length, index + length + 30);
  const hit = text.slice(index, index + length);
  const shown = mask && hit.length > 4 ? `${hit[0]}${'•'.repeat(hit.length - 2)}${hit[hit.length - 1]}` : hit;
  const s = `${start > 0 ? '…' : ''}${text.slice(start, index)}${shown}${text.slice(index + length, end)}${end < text.length ? '…' : ''}`;
  return s.replace(/\s+/g, ' ').slice(0, EXCERPT_CHARS + 2);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
