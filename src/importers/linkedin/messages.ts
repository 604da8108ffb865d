/**
 * messages.csv (Messages.csv in 2018) → `message` events. Each row becomes its event at once; who
 * is the owner, and so each event's direction and counterparts, is settled by `finishMessages` once
 * every file is read (the owner hint may come from Invitations.csv, URLs from any file), and
 * `participants` needs whole threads. Names, URLs and thread ids are interned to small integers:
 * a large file repeats a few hundred of them across hundreds of thousands of rows.
 */
import { diagnostic } from '../../diagnostics/diagnostic.ts';
import type { LedgerEvent } from '../../model/types.ts';
import { htmlToText } from '../_shared/html-text.ts';
import type { CsvHeader } from '../_shared/csv.ts';
import type { Mutable } from './identity.ts';
import { displayName, normaliseName, normaliseProfileUrl } from './map.ts';
import { RAW } from './raw.ts';
import { cell, type CsvFileSpec, type RowHandler } from './read-file.ts';
import type { LinkedInRun } from './run.ts';

export const messagesSpec: CsvFileSpec = { raw: RAW.messages, kind: 'messages' };

class Interner {
  readonly values: string[] = [];
  readonly #ix = new Map<string, number>();
  /** The index of `v`, adding it when new. */
  of(v: string): number {
    let i = this.#ix.get(v);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(v);
      this.#ix.set(v, i);
    }
    return i;
  }
}

const NONE = -1;
/** The row has several recipient URLs, kept in `MessageRows.multi`. */
const MANY = -2;

/** Rows of a messages file, kept compact until `finishMessages`. */
export class MessageRows {
  readonly names = new Interner();
  readonly urls = new Interner();
  readonly threads = new Interner();
  readonly events: Mutable<LedgerEvent>[] = [];
  readonly from: number[] = [];
  readonly fromUrl: number[] = [];
  readonly to: number[] = [];
  readonly toUrl: number[] = [];
  readonly thread: number[] = [];
  /** 2018: 1 = OUTGOING, 0 = INCOMING, -1 = not said. */
  readonly said: number[] = [];
  readonly multi = new Map<number, readonly number[]>();
  file = '';
}

/**
 * Remembers what was derived from the last two distinct values of one column. Rows of one
 * conversation are consecutive and repeat its id, its two names and URLs (alternating): comparing
 * with the last two values is much cheaper than hashing a fresh string into a large map.
 */
class Recent<T> {
  #k0: string | undefined;
  #v0: T | undefined;
  #k1: string | undefined;
  #v1: T | undefined;

  /** What `derive` gave for `key`, computed only when the key is not one of the last two. */
  get(key: string, derive: (key: string) => T): T {
    if (key === this.#k0) return this.#v0!;
    if (key === this.#k1) {
      const v = this.#v1!;
      this.#k1 = this.#k0;
      this.#v1 = this.#v0;
      this.#k0 = key;
      this.#v0 = v;
      return v;
    }
    const v = derive(key);
    this.#k1 = this.#k0;
    this.#v1 = this.#v0;
    this.#k0 = key;
    this.#v0 = v;
    return v;
  }
}

interface NameCell {
  readonly name: string;
  readonly ix: number;
}

interface UrlCell {
  /** Normalised URL, or undefined when the cell is not a profile URL. */
  readonly url: string | undefined;
  /** Index in `MessageRows.urls`, or NONE; MANY when `list` holds several. */
  readonly ix: number;
  readonly list?: readonly number[];
  /** The display name this URL was last learnt with: learning the same pair again changes nothing. */
  learnt?: string;
}

/** Row handler for messages.csv: makes the event and remembers who was involved. */
export function messagesReader(run: LinkedInRun, out: MessageRows): (h: CsvHeader, file: string) => RowHandler {
  return (h, file) => {
    out.file = file;
    const conv = h.col('CONVERSATION ID');
    const from = h.col('FROM');
    const fromUrl = h.col('SENDER PROFILE URL');
    const to = h.col('TO');
    const toUrls = h.col('RECIPIENT PROFILE URLS');
    const date = h.col('DATE');
    const subject = h.col('SUBJECT');
    const content = h.col('CONTENT');
    const direction = h.col('Direction');
    const draft = h.col('IS MESSAGE DRAFT');
    const nameCell = (raw: string): NameCell => {
      const name = displayName(raw);
      return { name, ix: out.names.of(name) };
    };
    const senderCell = (raw: string): UrlCell => {
      const url = normaliseProfileUrl(raw);
      return { url, ix: url !== undefined ? out.urls.of(url) : NONE };
    };
    const recipientsCell = (raw: string): UrlCell => {
      if (!raw.includes(',')) {
        const url = normaliseProfileUrl(raw);
        return { url, ix: url !== undefined ? out.urls.of(url) : NONE };
      }
      // Several recipients: their names share one TO cell that may itself hold commas, so only URLs count.
      const list: number[] = [];
      for (const part of raw.split(',')) {
        const u = normaliseProfileUrl(part);
        if (u !== undefined) list.push(out.urls.of(u));
      }
      return list.length === 0 ? { url: undefined, ix: NONE } : { url: undefined, ix: MANY, list };
    };
    const threadOf = (id: string): number => out.threads.of(id);
    const fromNames = new Recent<NameCell>();
    const toNames = new Recent<NameCell>();
    const senders = new Recent<UrlCell>();
    const recipientCells = new Recent<UrlCell>();
    const threads = new Recent<number>();
    /** Learns a name/URL pair unless this URL cell was last learnt with that very name. */
    const learn = (name: string, u: UrlCell): void => {
      if (u.learnt === name) return;
      u.learnt = name;
      run.identity.learn({ name, url: u.url! });
    };
    return ({ row, fields }) => {
      // Secondary source (12-column 2025 layout): drafts were never sent, so they are no trace of contact.
      if (cell(fields, draft)?.toUpperCase() === 'TRUE') {
        run.sink.add(diagnostic('import.draft-skipped', 'info', { file, row }));
        return false;
      }
      const fromCell = fromNames.get(cell(fields, from) ?? '', nameCell);
      const toCell = toNames.get(cell(fields, to) ?? '', nameCell);
      const fromName = fromCell.name;
      const toName = toCell.name;
      const senderRaw = cell(fields, fromUrl);
      const sender = senderRaw !== undefined ? senders.get(senderRaw, senderCell) : undefined;
      const e = run.event('message', 'in', file, row);
      const at = run.date(cell(fields, date), file, row, 'DATE');
      if (at !== undefined) e.at = at;
      const body = cell(fields, content);
      if (body !== undefined) {
        const text = htmlToText(body);
        if (text !== '') e.text = text;
      }
      const subj = cell(fields, subject)?.trim();
      if (subj !== undefined && subj !== '') e.subject = subj;
      // 2018 files have no conversation id: the sorted pair of names plus the subject stands in for one.
      const rawConv = cell(fields, conv);
      const thread = rawConv !== undefined ? threads.get(rawConv, threadOf) : out.threads.of(syntheticConversation(fromName, toName, subj));
      // The interned id: rows of a thread share one string and each row's own copy dies young.
      e.conversationId = out.threads.values[thread]!;

      const i = out.events.length;
      out.events.push(e);
      out.from.push(fromCell.ix);
      out.to.push(toCell.ix);
      out.fromUrl.push(sender !== undefined ? sender.ix : NONE);
      out.thread.push(thread);
      const dir = cell(fields, direction);
      out.said.push(dir === 'OUTGOING' ? 1 : dir === 'INCOMING' ? 0 : -1);
      if (sender?.url !== undefined && fromName !== '') learn(fromName, sender);
      const recipientsRaw = cell(fields, toUrls);
      if (recipientsRaw === undefined) out.toUrl.push(NONE);
      else {
        const r = recipientCells.get(recipientsRaw, recipientsCell);
        out.toUrl.push(r.ix);
        if (r.url !== undefined && toName !== '') learn(toName, r);
        if (r.list !== undefined) out.multi.set(i, r.list);
      }
      return true;
    };
  };
}

function syntheticConversation(from: string, to: string, subject: string | undefined): string {
  const a = normaliseName(from);
  const b = normaliseName(to);
  return `linkedin-2018:${a < b ? a : b}|${a < b ? b : a}|${subject ?? ''}`;
}

/** Picks the owner's name (as an index into `rows.names`) and says whether it was inferred, and from what. */
function findOwner(run: LinkedInRun, rows: MessageRows): { name: number; source?: string } | undefined {
  const n = rows.events.length;
  if (n === 0) return undefined;
  const names = rows.names.values;
  const key = names.map((v) => normaliseName(v));
  // 2018: the Direction column says who the owner is.
  const explicit = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const said = rows.said[i]!;
    if (said < 0) continue;
    const k = key[said === 1 ? rows.from[i]! : rows.to[i]!]!;
    explicit.set(k, (explicit.get(k) ?? 0) + 1);
  }
  // Threads each name takes part in, counted once per thread.
  const seen = new Set<number>();
  const threadsPerKey = new Map<string, number>();
  const threadCount = rows.threads.values.length;
  const countThread = (nameIx: number, thread: number): void => {
    if (names[nameIx] === '') return;
    const pair = nameIx * threadCount + thread;
    if (seen.has(pair)) return;
    seen.add(pair);
    const k = key[nameIx]!;
    threadsPerKey.set(k, (threadsPerKey.get(k) ?? 0) + 1);
  };
  for (let i = 0; i < n; i++) {
    countThread(rows.from[i]!, rows.thread[i]!);
    countThread(rows.to[i]!, rows.thread[i]!);
  }
  const byKey = (k: string) => key.indexOf(k);
  if (explicit.size > 0) return { name: byKey(mostFrequent(explicit)) };
  const profile = run.owner.profileName !== undefined ? normaliseName(run.owner.profileName) : undefined;
  if (profile !== undefined && threadsPerKey.has(profile)) return { name: byKey(profile) };
  // Names in the export can differ from Profile.csv (a changed name, or a redacted sample): fall back.
  const invited = run.owner.invitationName();
  if (invited !== undefined && threadsPerKey.has(invited)) return { name: byKey(invited), source: 'Invitations.csv' };
  if (threadsPerKey.size === 0) return undefined;
  return { name: byKey(mostFrequent(threadsPerKey)), source: rows.file };
}

function mostFrequent(counts: ReadonlyMap<string, number>): string {
  let best = '';
  let n = -1;
  for (const [k, c] of counts) {
    if (c > n || (c === n && k < best)) {
      best = k;
      n = c;
    }
  }
  return best;
}

/** Settles direction, counterparts and thread sizes of the collected message events. */
export function finishMessages(run: LinkedInRun, rows: MessageRows): void {
  const owner = findOwner(run, rows);
  const n = rows.events.length;
  if (!owner) {
    if (n > 0) run.sink.add(diagnostic('import.owner-unknown', 'warning', { file: rows.file }));
    return;
  }
  // URL-only recipients (several in one row) pair their URL with the empty name.
  const empty = rows.names.of('');
  const names = rows.names.values;
  const urls = rows.urls.values;
  const ownerKey = normaliseName(names[owner.name]!);
  if (owner.source !== undefined) {
    run.sink.add(diagnostic('import.owner-inferred', 'info', { file: rows.file }, { name: names[owner.name]!, source: owner.source }));
  }
  const nameIsOwner = names.map((v) => v !== '' && normaliseName(v) === ownerKey);
  const urlIsOwner = urls.map((u) => run.owner.urls.has(u));
  for (let i = 0; i < n; i++) {
    const u = rows.fromUrl[i]!;
    if (u >= 0 && nameIsOwner[rows.from[i]!] && !urlIsOwner[u]) {
      urlIsOwner[u] = true;
      run.owner.urls.add(urls[u]!);
    }
  }

  // Resolved person ids, once per distinct name/URL pair; one shared personIds array per person.
  const ids = new Map<number, readonly string[]>();
  // A number per pair (url is NONE or an index), not a string: no key to build and hash per row.
  const urlSpan = urls.length + 1;
  const person = (name: number, url: number): readonly string[] | undefined => {
    if (url >= 0 ? urlIsOwner[url] || nameIsOwner[name] : nameIsOwner[name] || names[name] === '') return undefined;
    const key = name * urlSpan + url + 1;
    let got = ids.get(key);
    if (got === undefined) {
      const ref = url >= 0 ? (names[name] !== '' ? { name: names[name]!, url: urls[url]! } : { url: urls[url]! }) : { name: names[name]! };
      const id = run.identity.resolve(ref)!;
      run.identity.note(id, ref);
      got = [id];
      ids.set(key, got);
    }
    return got;
  };

  const counterparts: (readonly string[] | undefined)[] = new Array(n);
  const members = new Map<number, Set<string>>();
  for (let i = 0; i < n; i++) {
    const said = rows.said[i]!;
    const out = said >= 0 ? said === 1 : nameIsOwner[rows.from[i]!]! || (rows.fromUrl[i]! >= 0 && urlIsOwner[rows.fromUrl[i]!]!);
    const sender = person(rows.from[i]!, rows.fromUrl[i]!);
    let recipients: readonly string[] | undefined;
    const toUrl = rows.toUrl[i]!;
    if (toUrl === MANY) {
      const list: string[] = [];
      for (const u of rows.multi.get(i) ?? []) {
        const id = person(empty, u)?.[0];
        if (id !== undefined && !list.includes(id)) list.push(id);
      }
      recipients = list.length > 0 ? list : undefined;
    } else recipients = person(rows.to[i]!, toUrl);
    const thread = rows.thread[i]!;
    let set = members.get(thread);
    if (!set) members.set(thread, (set = new Set()));
    if (sender) set.add(sender[0]!);
    if (recipients) for (const id of recipients) set.add(id);
    const e = rows.events[i]!;
    e.direction = out ? 'out' : 'in';
    counterparts[i] = out ? recipients : sender;
  }
  for (let i = 0; i < n; i++) {
    const e = rows.events[i]!;
    const c = counterparts[i];
    if (c !== undefined) e.personIds = c;
    e.participants = (members.get(rows.thread[i]!)?.size ?? 0) + 1;
  }
}
