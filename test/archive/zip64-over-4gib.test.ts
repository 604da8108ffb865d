/**
 * A Meta archive past 4 GiB, as heavy users get them: a video entry larger than 4 GiB, and the data
 * files behind it at offsets past 4 GiB, where a 32-bit size or offset would wrap. The file on disk is
 * sparse (test/helpers/sparse-zip64.ts), so this costs seconds and a few megabytes, not gigabytes.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryArchive } from '../../src/archive/memory.ts';
import type { Archive } from '../../src/archive/types.ts';
import { importers } from '../../src/importers/index.ts';
import { openArchive } from '../../src/node/open-archive.ts';
import { runAudit } from '../../src/pipeline/audit.ts';
import { generateSixPlatformSample } from '../../src/sample/multi/index.ts';
import { writeSparseZip64, type WrittenEntry } from '../helpers/sparse-zip64.ts';

const fourGiB = 2 ** 32;
// Past 4 GiB by more than a 32-bit wrap could hide, and not a round number.
const videoSize = fourGiB + 123_456_789;
const video = 'your_facebook_activity/messages/inbox/anna_1234567890/videos/clip_4gib.mp4';

const facebook = generateSixPlatformSample({ seed: 1 }).archives.find((a) => a.platform === 'facebook')!;
const dir = mkdtempSync(join(tmpdir(), 'flipside-zip64-4gib-'));
const file = join(dir, facebook.name);
let written: WrittenEntry[];

beforeAll(() => {
  // One data file before the video (offset < 4 GiB), the rest after it.
  const [first, ...rest] = facebook.files;
  written = writeSparseZip64(file, [
    { name: first!.path, bytes: first!.bytes },
    { name: video, zeros: videoSize },
    ...rest.map((f) => ({ name: f.path, bytes: f.bytes })),
  ]);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const summary = (a: Awaited<ReturnType<typeof runAudit>>) =>
  a.result.files.map((f) => ({ file: f.file, kind: f.kind, records: f.records, skipped: f.skipped }));

describe('a zip64 archive over 4 GiB', () => {
  it('is written as planned: larger than 4 GiB, data entries past the 4 GiB offset', () => {
    expect(statSync(file).size).toBeGreaterThan(videoSize);
    expect(written.filter((w) => w.offset > fourGiB).length).toBe(facebook.files.length - 1);
  });

  it('lists the 4+ GiB entry with its exact size, and every data entry', async () => {
    const archive = await openArchive(file);
    try {
      expect(archive.diagnostics).toEqual([]);
      expect(archive.entries.find((e) => e.path === video)?.size).toBe(videoSize);
      for (const f of facebook.files) expect(archive.entries.find((e) => e.path === f.path)?.size).toBe(f.bytes.length);
    } finally {
      await archive.close();
    }
  });

  it('streams the 4+ GiB entry to its last byte without holding it in memory', async () => {
    const archive: Archive = await openArchive(file);
    try {
      const entry = archive.entries.find((e) => e.path === video)!;
      const before = process.memoryUsage().rss;
      let bytes = 0;
      let peak = before;
      let chunks = 0;
      for await (const chunk of archive.read(entry)) {
        bytes += chunk.length;
        if (++chunks % 256 === 0) peak = Math.max(peak, process.memoryUsage().rss);
      }
      expect(bytes).toBe(videoSize);
      // A buffered entry would need 4 GiB; streaming needs a few chunks.
      expect(peak - before).toBeLessThan(256 * 2 ** 20);
    } finally {
      await archive.close();
    }
  }, 120_000);

  it('audits like the same export zipped small: the files past 4 GiB are read in full', async () => {
    const archive = await openArchive(file);
    try {
      const big = await runAudit({ archives: [archive], registry: importers, options: { timeZone: 'UTC' } });
      const small = await runAudit({ archives: [createMemoryArchive(facebook.name, facebook.files)], registry: importers, options: { timeZone: 'UTC' } });
      expect(summary(big)).toEqual(summary(small));
      // Records really came from entries stored past 4 GiB.
      const pastFourGiB = new Set(written.filter((w) => w.offset > fourGiB).map((w) => w.name));
      expect(summary(big).filter((f) => pastFourGiB.has(f.file) && f.records > 0).length).toBeGreaterThan(0);
      expect(big.result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    } finally {
      await archive.close();
    }
  }, 60_000);
});
