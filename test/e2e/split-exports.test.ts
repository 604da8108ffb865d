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

const sample = generateSixPlatformSample({ seed: 1 });
const options = { registry: importers, options: { timeZone: 'UTC' }, asOf: sample.planted.exportDate };
const isMessages = (path: string) => /(^|\/)(messages|direct-messages[^/]*\.js$|direct-message)/.test(path);

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
