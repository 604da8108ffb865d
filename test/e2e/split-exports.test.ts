/**
 * Large Meta and X downloads come as several zip parts (formats/SUMMARY.md §8; facebook.md: "media
 * (and even the JSON for some categories) can be in a different part"). Given all parts, the audit
 * must come out as from one zip: here the messages travel in a part of their own.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryArchive } from '../../src/archive/memory.ts';
import { importers } from '../../src/importers/index.ts';
import { recognize } from '../../src/importers/recognize.ts';
import { runAudit } from '../../src/pipeline/audit.ts';
import { generateSixPlatformSample } from '../../src/sample/multi/index.ts';
import { messageFor } from '../../src/diagnostics/messages.ts';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';

const sample = generateSixPlatformSample({ seed: 1 });
const options = { registry: importers, options: { timeZone: 'UTC' }, asOf: sample.planted.exportDate };
const isMessages = (path: string) => /(^|\/)(messages|direct-messages[^/]*\.js$|direct-message)/.test(path);

const partNote = (ds: readonly Diagnostic[]) => {
  const d = ds.find((x) => x.code === 'import.part');
  return d ? { severity: d.severity, file: d.file, message: messageFor(d.code, d.params ?? {}).message } : undefined;
};

const values = (r: Awaited<ReturnType<typeof runAudit>>) =>
  Object.fromEntries(r.result.findings.map((f) => [f.meta.id, f.result.status === 'ok' ? f.result.value : f.result.status]));

describe.each(['facebook', 'instagram', 'x'] as const)('a %s export in two zip parts', (platform) => {
  const archive = sample.archives.find((a) => a.platform === platform)!;
  const messages = archive.files.filter((f) => isMessages(f.path));
  const rest = archive.files.filter((f) => !isMessages(f.path));
  const part = (n: number, files: typeof rest) => createMemoryArchive(archive.name.replace(/\.zip$/, `-${n}.zip`), files);

  it('is split as intended: one part holds only the messages', () => {
    expect(messages.length).toBeGreaterThan(0);
    expect(rest.length).toBeGreaterThan(0);
  });

  it(`has each part recognised as ${platform}`, () => {
    expect(recognize(part(1, rest), importers)?.importer.platform).toBe(platform);
    expect(recognize(part(2, messages), importers)?.importer.platform).toBe(platform);
  });

  it('audits to the same 30 values as the whole export, without errors', async () => {
    const whole = await runAudit({ archives: [createMemoryArchive(archive.name, archive.files)], ...options });
    const split = await runAudit({ archives: [part(1, rest), part(2, messages)], ...options });
    expect(values(split)).toEqual(values(whole));
    expect(split.result.files.reduce((n, f) => n + f.records, 0)).toBe(whole.result.files.reduce((n, f) => n + f.records, 0));
    expect(split.result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('an X manifest listing a file that travels in another part', () => {
  const x = sample.archives.find((a) => a.platform === 'x')!;
  const isDm = (path: string) => /(^|\/)direct-messages[^/]*\.js$/.test(path);
  const part1 = () => createMemoryArchive(x.name.replace(/\.zip$/, '-1.zip'), x.files.filter((f) => !isDm(f.path)));
  const part2 = () => createMemoryArchive(x.name.replace(/\.zip$/, '-2.zip'), x.files.filter((f) => isDm(f.path)));
  const missing = (r: Awaited<ReturnType<typeof runAudit>>) => r.result.diagnostics.filter((d) => d.code === 'import.missing-part').map((d) => `${d.severity} ${d.file ?? ''}`);

  it('is not called missing when that part is given too', async () => {
    expect(x.files.filter((f) => isDm(f.path)).length).toBeGreaterThan(0);
    expect(missing(await runAudit({ archives: [part1(), part2()], ...options }))).toEqual([]);
  });

  it('is called missing, as a warning naming the file, when it is not', async () => {
    const alone = missing(await runAudit({ archives: [part1()], ...options }));
    expect(alone.length).toBeGreaterThan(0);
    expect(alone.every((m) => /^warning data\/direct-messages[^/]*\.js$/.test(m))).toBe(true);
  });
});

/**
 * A part may hold nothing but Messenger thread folders (`messages/inbox/<thread>/message_1.json`),
 * which Facebook and Instagram write alike: no file or folder in it names the app. It is read as
 * part of the download its own name names, else of the one Facebook or Instagram download given beside it.
 */
describe('an Instagram messages part with nothing that names the app', () => {
  const instagram = sample.archives.find((a) => a.platform === 'instagram')!;
  const facebook = sample.archives.find((a) => a.platform === 'facebook')!;
  const isThread = (path: string) => /(^|\/)(inbox|message_requests)\/[^/]+\/message_\d+\.json$/.test(path);
  const threads = instagram.files.filter((f) => isThread(f.path));
  const rest = instagram.files.filter((f) => !isThread(f.path));
  const threadsPart = (name: string, top = '') => createMemoryArchive(name, threads.map((f) => ({ path: top + f.path, bytes: f.bytes })));
  const restPart = () => createMemoryArchive(instagram.name.replace(/\.zip$/, '-1.zip'), rest);
  const fbWhole = () => createMemoryArchive(facebook.name, facebook.files);

  it('is not recognised on its own', () => {
    expect(threads.length).toBeGreaterThan(1);
    expect(recognize(threadsPart('part-2.zip'), importers)).toBeUndefined();
  });

  it('beside the rest of the download: the same 30 values as the whole export, and a note saying how it was placed', async () => {
    const whole = await runAudit({ archives: [createMemoryArchive(instagram.name, instagram.files)], ...options });
    const split = await runAudit({ archives: [restPart(), threadsPart('part-2.zip')], ...options });
    expect(values(split)).toEqual(values(whole));
    expect(split.result.archives.map((a) => a.platform)).toEqual(['instagram', 'instagram']);
    expect(partNote(split.result.diagnostics)).toEqual({
      severity: 'info',
      file: 'part-2.zip',
      message: `holds only messages, with nothing that names the app; read as part of the Instagram download given beside it (${restPart().name})`,
    });
  });

  it('alone, by the name Meta gave the download (the zip, or its only top folder)', async () => {
    for (const part of [threadsPart(instagram.name.replace(/\.zip$/, '-2.zip')), threadsPart('part-2.zip', 'instagram-someone-2026-02-02-1a2b/')]) {
      const { result } = await runAudit({ archives: [part], ...options });
      expect(result.archives.map((a) => a.platform)).toEqual(['instagram']);
      expect(result.files.filter((f) => f.kind === 'messages').length).toBe(threads.length);
      expect(partNote(result.diagnostics)?.message).toMatch(/read as part of the Instagram download named by its file name$/);
    }
  });

  it('beside a Facebook download it is read as Facebook: the one Meta app given decides', async () => {
    const { result } = await runAudit({ archives: [fbWhole(), threadsPart('part-2.zip')], ...options });
    expect(result.archives.map((a) => a.platform)).toEqual(['facebook', 'facebook']);
  });

  it('is refused with one line naming it when nothing decides: alone and unnamed, or beside both apps', async () => {
    const line = /^part-2\.zip: holds only messages of a Facebook or Instagram download, and nothing in it says which; audit it together with the other parts of that download/;
    await expect(runAudit({ archives: [threadsPart('part-2.zip')], ...options })).rejects.toThrow(line);
    await expect(runAudit({ archives: [fbWhole(), restPart(), threadsPart('part-2.zip')], ...options })).rejects.toThrow(line);
    // Its own name still decides beside both.
    const named = await runAudit({ archives: [fbWhole(), restPart(), threadsPart(instagram.name.replace(/\.zip$/, '-2.zip'))], ...options });
    expect(named.result.archives.map((a) => a.platform)).toEqual(['facebook', 'instagram', 'instagram']);
  });
});
