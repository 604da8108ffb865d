import { describe, expect, it } from 'vitest';
import { createMemoryArchive } from '../../../archive/memory.ts';
import { DiagnosticSink } from '../../../diagnostics/diagnostic.ts';
import { emitMessages, readThreads, settleOwner } from './messenger.ts';
import { MetaRun } from './run.ts';

const enc = new TextEncoder();
const file = (path: string, value: unknown) => ({ path, bytes: enc.encode(typeof value === 'string' ? value : JSON.stringify(value)) });
const thread = (names: string[], messages: [string, number, string?][], threadPath?: string) => ({
  participants: names.map((name) => ({ name })),
  messages: messages.map(([sender_name, timestamp_ms, content]) => ({ sender_name, timestamp_ms, ...(content !== undefined ? { content } : {}) })),
  title: '',
  ...(threadPath !== undefined ? { thread_path: threadPath } : {}),
});

async function run(files: { path: string; bytes: Uint8Array }[], known?: string) {
  const sink = new DiagnosticSink();
  const r = new MetaRun('facebook', createMemoryArchive('a', files), { diagnostics: sink });
  const threads = await readThreads(r);
  const owner = settleOwner(r, threads, known);
  emitMessages(r, threads, owner, (name) => ({ id: `facebook:name:${name.toLowerCase()}`, name }));
  return { r, threads, owner, sink };
}

describe('Messenger threads', () => {
  it('joins numbered parts of one thread and keeps one conversation id', async () => {
    const { r, threads } = await run([
      file('inbox/t1/message_2.json', thread(['Bo', 'Me'], [['Me', 1000, 'old']], 'inbox/t1')),
      file('inbox/t1/message_1.json', thread(['Bo', 'Me'], [['Bo', 3000, 'new'], ['Me', 2000, 'mid']], 'inbox/t1')),
      file('inbox/t2/message_1.json', thread(['Cy', 'Me'], [['Cy', 4000, 'hi']])),
    ]);
    expect(threads.map((t) => [t.key, t.messages.length])).toEqual([
      ['inbox/t1', 3],
      ['inbox/t2', 1],
    ]);
    expect(r.events.map((e) => [e.conversationId, e.direction, e.text, e.personIds])).toEqual([
      ['facebook:inbox/t1', 'in', 'new', ['facebook:name:bo']],
      ['facebook:inbox/t1', 'out', 'mid', ['facebook:name:bo']],
      ['facebook:inbox/t1', 'out', 'old', ['facebook:name:bo']],
      ['facebook:inbox/t2', 'in', 'hi', ['facebook:name:cy']],
    ]);
    expect(r.files.map((f) => [f.file, f.records])).toEqual([
      ['inbox/t1/message_1.json', 2],
      ['inbox/t1/message_2.json', 1],
      ['inbox/t2/message_1.json', 1],
    ]);
  });

  it('infers the owner as the participant in every thread, with a diagnostic', async () => {
    const { owner, sink } = await run([
      file('a/message_1.json', thread(['Bo', 'Me'], [['Bo', 1000, 'x']])),
      file('b/message_1.json', thread(['Cy', 'Me'], [['Cy', 2000, 'y']])),
    ]);
    expect(owner).toBe('Me');
    expect(sink.items.map((d) => [d.code, d.params?.['name']])).toEqual([['import.owner-inferred', 'Me']]);
  });

  it('breaks a tie between candidates by messages sent (one thread only)', async () => {
    const { owner, r } = await run([file('a/message_1.json', thread(['Bo', 'Me'], [['Me', 1000, 'a'], ['Me', 2000, 'b'], ['Bo', 3000, 'c']]))]);
    expect(owner).toBe('Me');
    expect(r.events.filter((e) => e.direction === 'out')).toHaveLength(2);
  });

  it('prefers the profile name when it appears in a thread, and counts group size including the owner', async () => {
    const { owner, r, sink } = await run([file('g/message_1.json', thread(['Bo', 'Cy', 'Me'], [['Bo', 1000, 'hey all']]))], 'Me');
    expect(owner).toBe('Me');
    expect(sink.items).toEqual([]);
    expect(r.events[0]?.participants).toBe(3);
  });

  it('skips a message without sender or time, with its row', async () => {
    const { r, sink } = await run([file('a/message_1.json', { participants: [{ name: 'Me' }, { name: 'Bo' }], messages: [{ sender_name: 'Bo' }, { sender_name: 'Me', timestamp_ms: 5 }] })], 'Me');
    expect(r.files[0]).toMatchObject({ records: 1, skipped: 1 });
    expect(sink.items.map((d) => [d.code, d.row])).toEqual([['json.bad-item', 1]]);
  });

  it('gives nothing for no thread files, and a diagnostic for a cut one', async () => {
    expect((await run([])).threads).toEqual([]);
    const { threads, sink, r } = await run([file('a/message_1.json', '{"participants": [')]);
    expect(threads).toEqual([]);
    expect(sink.items.map((d) => d.code)).toEqual(['json.truncated']);
    expect(r.files[0]).toMatchObject({ kind: 'messages', records: 0, skipped: 0 });
  });

  it('keeps the messages before the cut of a truncated file, and skips a malformed element by row', async () => {
    const text = '{"participants": [{"name": "Bo"}, {"name": "Me"}], "messages": [{"sender_name": "Bo", "timestamp_ms": 3, "content": "a"}, {"sender_name": oops}, {"sender_name": "Me", "timestamp_ms": 1, "cont';
    const { r, sink } = await run([file('a/message_1.json', text)], 'Me');
    expect(r.events.map((e) => [e.text, e.direction, e.source.row])).toEqual([['a', 'in', 1]]);
    expect(sink.items.map((d) => [d.code, d.row])).toEqual([
      ['json.malformed', 2],
      ['json.truncated', undefined],
    ]);
    expect(r.files[0]).toMatchObject({ records: 1, skipped: 1 });
  });
});
