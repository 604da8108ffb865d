/**
 * Messenger threads, shared by Facebook and Instagram (one export machinery): every
 * `message_N.json` under a thread folder is one part of a thread. Shape (formats/facebook.md,
 * real 2026 Facebook and 2024 Instagram threads): `{participants:[{name}], messages:[{sender_name,
 * timestamp_ms, content?, share?{link}, photos?…}], title, is_still_participant, thread_path}`,
 * messages newest first, names only (and `""` for deleted accounts). Parts are streamed message by
 * message, so a file of hundreds of MB is never one string.
 */
import { baseName, findByPattern } from '../../../archive/paths.ts';
import { ArchiveReadError, type ArchiveEntry } from '../../../archive/types.ts';
import { diagnostic } from '../../../diagnostics/diagnostic.ts';
import { fromEpochMs } from './time.ts';
import { displayName, nameKey } from './names.ts';
import { repairDeep } from './mojibake.ts';
import { streamObjectArray } from './object-stream.ts';
import { asObject, asString } from './read-json.ts';
import type { MetaRun, PersonRef } from './run.ts';
import { readWithProgress } from '../progress.ts';

/** `message_1.json`, `message_2.json`… (numbered parts of one thread). */
export const MESSAGE_FILE = /^message_\d+\.json$/i;

export interface ThreadMessage {
  readonly file: string;
  readonly row: number;
  /** Display name as exported (repaired); `""` for a deleted or unknown account. */
  readonly sender: string;
  readonly at: number;
  readonly text?: string;
  readonly link?: string;
}

export interface Thread {
  /** Stable key: `thread_path` when present (`inbox/1004027223469146`), else the folder path. */
  readonly key: string;
  /** The thread's folder, e.g. `messages/inbox/harrykilberg_959633149001605`. */
  readonly folder: string;
  /** Participant display names (repaired, deduplicated by name key; `""` kept once). */
  readonly participants: string[];
  readonly messages: ThreadMessage[];
}

function folderOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** Reads every thread part in the archive; each file gets a `messages` FileReport. */
export async function readThreads(run: MetaRun, filter: (entry: ArchiveEntry) => boolean = () => true): Promise<Thread[]> {
  const byFolder = new Map<string, ArchiveEntry[]>();
  for (const entry of findByPattern(run.archive, MESSAGE_FILE)) {
    if (!filter(entry)) continue;
    const folder = folderOf(entry.path);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), entry]);
  }
  const threads: Thread[] = [];
  for (const folder of [...byFolder.keys()].sort()) {
    const parts = (byFolder.get(folder) ?? []).sort((a, b) => partNumber(a.path) - partNumber(b.path));
    let key: string | undefined;
    const participants = new Map<string, string>();
    const messages: ThreadMessage[] = [];
    for (const entry of parts) {
      const part = await readPart(run, entry);
      if (!part) continue;
      key ??= part.threadPath;
      for (const p of part.participants) if (!participants.has(nameKey(p))) participants.set(nameKey(p), p);
      // A loop, not push(...): a long thread would overflow the argument limit.
      for (const m of part.messages) messages.push(m);
    }
    if (participants.size === 0 && messages.length === 0) continue;
    threads.push({ key: key ?? folder, folder, participants: [...participants.values()], messages });
  }
  return threads;
}

function partNumber(path: string): number {
  return Number(/(\d+)\.json$/i.exec(baseName(path))?.[1] ?? 0);
}

async function readPart(run: MetaRun, entry: ArchiveEntry): Promise<{ threadPath?: string; participants: string[]; messages: ThreadMessage[] } | undefined> {
  const file = entry.path;
  const participants: string[] = [];
  const messages: ThreadMessage[] = [];
  let threadPath: string | undefined;
  let skipped = 0;
  let usable = true;
  try {
    for await (const item of streamObjectArray(progress(run, entry), 'messages')) {
      if (item.kind === 'member') {
        const value = repairDeep(item.value);
        if (item.key === 'participants' && Array.isArray(value)) {
          for (const p of value) {
            const name = asString(asObject(p)?.['name']);
            if (name !== undefined) participants.push(displayName(name));
          }
        } else if (item.key === 'thread_path') {
          const t = asString(value);
          if (t !== undefined && t !== '') threadPath = t;
        }
      } else if (item.kind === 'element') {
        const m = readMessage(run, file, item.index, asObject(repairDeep(item.value)));
        if (m) messages.push(m);
        else skipped++;
      } else if (item.index > 0) {
        run.sink.add(diagnostic('json.malformed', 'warning', { file, row: item.index }, { reason: item.reason }));
        skipped++;
      } else if (item.reason === 'truncated') {
        run.sink.add(diagnostic('json.truncated', 'warning', { file }, { count: messages.length + skipped }));
      } else {
        run.sink.add(diagnostic('json.unexpected-shape', 'warning', { file }, { expected: 'an object with a "messages" list' }));
        usable = false;
      }
    }
  } catch (e) {
    if (!(e instanceof ArchiveReadError)) throw e;
    run.sink.add(diagnostic(e.code, 'error', { file }, e.params));
  }
  run.report(file, 'messages', messages.length, skipped);
  if (!usable && messages.length === 0) return undefined;
  return { ...(threadPath !== undefined ? { threadPath } : {}), participants, messages };
}

/** One message, or undefined (with a diagnostic) when it lacks a sender or a time. */
function readMessage(run: MetaRun, file: string, row: number, m: Record<string, unknown> | undefined): ThreadMessage | undefined {
  const sender = asString(m?.['sender_name']);
  const at = fromEpochMs(m?.['timestamp_ms']);
  if (!m || sender === undefined || at === undefined) {
    run.sink.add(diagnostic('json.bad-item', 'warning', { file, row }, { field: sender === undefined ? 'sender_name' : 'timestamp_ms' }));
    return undefined;
  }
  const text = asString(m['content']);
  const link = asString(asObject(m['share'])?.['link']);
  return {
    file,
    row,
    sender: displayName(sender),
    at,
    ...(text !== undefined && text !== '' ? { text } : {}),
    ...(link !== undefined && link !== '' ? { link } : {}),
  };
}


/** The entry's bytes, reporting progress to the CLI. */
function progress(run: MetaRun, entry: ArchiveEntry): AsyncGenerator<Uint8Array> {
  return readWithProgress(run.archive, entry, run.ctx.onProgress);
}

/**
 * The owner's display name: `known` (from the profile file) when it appears in some thread; else the
 * named participant present in every thread, the most frequent sender among several. A diagnostic
 * says when it was inferred.
 */
export function settleOwner(run: MetaRun, threads: readonly Thread[], known: string | undefined): string | undefined {
  if (threads.length === 0) return known;
  if (known !== undefined && threads.some((t) => t.participants.some((p) => nameKey(p) === nameKey(known)))) return known;
  const inAll = new Map<string, string>();
  threads[0]?.participants.forEach((p) => {
    if (nameKey(p) !== '') inAll.set(nameKey(p), p);
  });
  for (const t of threads.slice(1)) {
    const here = new Set(t.participants.map(nameKey));
    for (const k of [...inAll.keys()]) if (!here.has(k)) inAll.delete(k);
  }
  const sent = new Map<string, number>();
  for (const t of threads) for (const m of t.messages) sent.set(nameKey(m.sender), (sent.get(nameKey(m.sender)) ?? 0) + 1);
  // Candidates: in every thread; failing that, any named sender.
  const pool = inAll.size > 0 ? [...inAll.entries()] : [...sent.keys()].filter((k) => k !== '').map((k) => [k, displayOf(threads, k)] as [string, string]);
  pool.sort((a, b) => (sent.get(b[0]) ?? 0) - (sent.get(a[0]) ?? 0) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const best = pool[0];
  if (!best) {
    run.sink.add(diagnostic('import.owner-unknown', 'warning', { file: run.archive.name }));
    return undefined;
  }
  run.sink.add(
    diagnostic('import.owner-inferred', 'info', { file: run.archive.name }, { name: best[1], source: inAll.size > 0 ? 'the participant present in every message thread' : 'the most frequent message sender' }),
  );
  return best[1];
}

function displayOf(threads: readonly Thread[], key: string): string {
  for (const t of threads) for (const m of t.messages) if (nameKey(m.sender) === key) return m.sender;
  return key;
}

/**
 * Emits one `message` event per message: `out` when the owner sent it (personIds = the other
 * participants), else `in` (personIds = the sender). `identify` turns a display name into a person.
 */
export function emitMessages(run: MetaRun, threads: readonly Thread[], owner: string | undefined, identify: (name: string, thread: Thread) => PersonRef): void {
  const ownerKey = owner !== undefined ? nameKey(owner) : undefined;
  for (const t of threads) {
    const others = t.participants.filter((p) => nameKey(p) !== ownerKey);
    // The owner is normally listed; when not (left the thread), count them anyway. Unknown owner: trust the list.
    const size = Math.max(2, ownerKey === undefined ? t.participants.length : others.length + 1);
    const otherIds = others.map((p) => run.person(identify(p, t)));
    for (const m of t.messages) {
      const out = ownerKey !== undefined && nameKey(m.sender) === ownerKey;
      const e = run.event('message', out ? 'out' : 'in', m.file, m.row);
      e.at = m.at;
      e.conversationId = `${run.platform}:${t.key}`;
      e.participants = size;
      e.personIds = out ? otherIds : [run.person(identify(m.sender, t))];
      if (m.text !== undefined) e.text = m.text;
      if (m.link !== undefined) e.targetUrl = m.link;
    }
  }
}
