/** `flipside calibrate` end to end on a generated persona, plus the label store it writes. */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleCommand } from '../../src/cli/commands/sample.ts';
import { generateSpec } from '../../src/sample/generate.ts';
import { DAY_MS, profileUrl, type PersonaSpec, type SpecPerson } from '../../src/sample/spec.ts';
import { createCalibrationStore, parseStoredLabels, serializeStoredLabels } from '../../src/node/calibration-store.ts';
import { isUserError } from '../../src/diagnostics/errors.ts';

let dir: string;
let zip: string;
let spec: PersonaSpec;

const idOf = (p: SpecPerson) => `linkedin:url:${profileUrl(p)}`;

/** The persona's close ties: a 1:1 conversation with messages both ways in the year before T. */
function closeTies(s: PersonaSpec): Set<string> {
  const sent = new Set<string>();
  const received = new Set<string>();
  for (const m of s.messages) {
    if (m.to.length !== 1 || m.at <= s.exportDate - 365 * DAY_MS) continue;
    if (m.from.slug === s.owner.slug) sent.add(idOf(m.to[0] as SpecPerson));
    else received.add(idOf(m.from));
  }
  return new Set([...sent].filter((id) => received.has(id)));
}

function flipside(args: readonly string[], input?: string) {
  const r = spawnSync(process.execPath, ['bin/flipside.mjs', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    ...(input !== undefined ? { input } : { stdio: ['ignore', 'pipe', 'pipe'] }),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flipside-calibrate-'));
  zip = (await sampleCommand({ persona: 'connector', seed: 1, scale: 1, out: dir, folder: false })).path;
  spec = generateSpec({ persona: 'connector', seed: 1 });
});

describe('flipside calibrate --labels (scripted)', () => {
  it('prints the AUC of S for the close ties and writes the store', async () => {
    const close = closeTies(spec);
    expect(close.size).toBe(45);
    const labels: Record<string, string> = {};
    for (const c of spec.connections) labels[idOf(c.person)] = close.has(idOf(c.person)) ? 'close' : 'barely';
    const file = join(dir, 'labels.json');
    await writeFile(file, JSON.stringify(labels));
    const store = join(dir, 'store-scripted');
    const r = flipside(['calibrate', zip, '--labels', file, '--store', store, '--tz', 'UTC']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const auc = /^AUC \(close vs the rest\): (\d\.\d\d)$/m.exec(r.stdout);
    expect(auc).not.toBeNull();
    // The close ties are exactly the people S was built to find, so they rank almost perfectly.
    expect(Number(auc?.[1])).toBeGreaterThanOrEqual(0.95);
    expect(r.stdout).toContain(`Labelled: ${spec.connections.length} people (close 45, acquaintance 0, barely know ${spec.connections.length - 45})`);
    expect(r.stdout).toMatch(/^Spearman \(S vs close\/acquaintance\/barely\): 0\.\d\d$/m);
    expect(r.stdout).not.toContain('Warning:');
    expect(r.stdout).toMatch(/^ {2}I intensity +0\.25 {2}\d\.\d\d$/m);
    expect(r.stdout).toContain(`Labels are stored only in ${join(store, 'labels.json')}.`);

    const saved = JSON.parse(await readFile(join(store, 'labels.json'), 'utf8')) as { format: string; labels: Record<string, { label: string; labelledOn: string }> };
    expect(saved.format).toBe('flipside-calibration-labels');
    expect(Object.keys(saved.labels)).toHaveLength(spec.connections.length);
    const someClose = [...close][0] as string;
    expect(saved.labels[someClose]?.label).toBe('close');
    expect(saved.labels[someClose]?.labelledOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('warns when the labels disagree with S (AUC below 0.75)', async () => {
    const close = closeTies(spec);
    // Inverted: the close ties marked "barely", everyone else "close".
    const labels: Record<string, string> = {};
    for (const c of spec.connections) labels[idOf(c.person)] = close.has(idOf(c.person)) ? 'barely' : 'close';
    const file = join(dir, 'inverted.json');
    await writeFile(file, JSON.stringify(labels));
    const r = flipside(['calibrate', zip, '--labels', file, '--store', join(dir, 'store-inverted')]);
    expect(r.code).toBe(0);
    expect(Number(/^AUC \(close vs the rest\): (\d\.\d\d)$/m.exec(r.stdout)?.[1])).toBeLessThan(0.75);
    expect(r.stdout).toMatch(/^Warning: an AUC below 0\.75/m);
  });

  it('does not store labels for people the archives do not hold, and says so', async () => {
    const file = join(dir, 'stranger.json');
    await writeFile(file, JSON.stringify({ 'linkedin:url:https://www.linkedin.com/in/nobody-here': 'close' }));
    const store = join(dir, 'store-stranger');
    const r = flipside(['calibrate', zip, '--labels', file, '--store', store]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('1 label(s)');
    expect(r.stdout).toContain('Labelled: 0 people');
    expect(r.stdout).toContain('AUC (close vs the rest): not available');
    expect(JSON.parse(await readFile(join(store, 'labels.json'), 'utf8')).labels).toEqual({});
  });

  it('rejects a labels file with an unknown label (usage error, one line)', async () => {
    const file = join(dir, 'bad.json');
    await writeFile(file, JSON.stringify({ x: 'friend' }));
    const r = flipside(['calibrate', zip, '--labels', file, '--store', join(dir, 'store-bad')]);
    expect(r.code).toBe(64);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('"close", "acquaintance" or "barely"');
  });
});

describe('flipside calibrate without a terminal', () => {
  it('asks for --labels when stdin is not a terminal and --interactive is not given', () => {
    const r = flipside(['calibrate', zip, '--store', join(dir, 'store-none')]);
    expect(r.code).toBe(64);
    expect(r.stderr).toContain('--labels FILE');
  });

  it('--interactive reads piped answers, saves them as it goes, and resumes where it stopped', async () => {
    const store = join(dir, 'store-piped');
    // close, an invalid answer then acquaintance, skip, barely, quit.
    const first = flipside(['calibrate', zip, '--store', store, '--interactive', '--tz', 'UTC'], 'c\nmaybe\na\ns\nb\nq\n');
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('30 of 30 sampled people still to label');
    expect(first.stderr).toContain('please type c, a, b, s or q');
    expect(first.stderr).toMatch(/\[1\/30\] \S.* · LinkedIn · (last contact \d{4}-\d{2}-\d{2}|no contact on record)/);
    expect(first.stdout).toContain('Labelled: 3 people (close 1, acquaintance 1, barely know 1)');
    expect(first.stdout).toContain('No refit: fewer than 10 labels; the priors stay.');
    const saved = parseStoredLabels(await readFile(join(store, 'labels.json'), 'utf8'), 'labels.json');
    expect([...saved.values()].map((v) => v.label).sort()).toEqual(['acquaintance', 'barely', 'close']);

    // The same seed draws the same 30 people: the three labelled ones are not asked again (the skipped one is).
    const second = flipside(['calibrate', zip, '--store', store, '--interactive', '--tz', 'UTC'], '');
    expect(second.code).toBe(0);
    expect(second.stderr).toContain('27 of 30 sampled people still to label');
    expect(second.stdout).toContain('Labelled: 3 people');
  });

  it('draws the same people for the same seed and others for another seed', () => {
    const firstAsked = (seed: string) => /\[1\/\d+\] (.*) · /.exec(flipside(['calibrate', zip, '--store', join(dir, `store-seed-${seed}`), '--interactive', '--seed', seed], 'q\n').stderr)?.[1];
    const a = firstAsked('7');
    expect(a).toBeDefined();
    expect(firstAsked('7')).toBe(a);
    // Seed 8 happens to start with someone else; both are fixed, so this never flickers.
    expect(firstAsked('8')).not.toBe(a);
  });
});

describe('calibration store', () => {
  it('round-trips labels, sorted by person id', () => {
    const labels = new Map([
      ['b', { label: 'close' as const, labelledOn: '2026-01-02' }],
      ['a', { label: 'barely' as const, labelledOn: '2026-01-01' }],
    ]);
    const text = serializeStoredLabels(labels);
    expect(text.indexOf('"a"')).toBeLessThan(text.indexOf('"b"'));
    expect(parseStoredLabels(text, 'f')).toEqual(new Map([...labels].reverse()));
  });

  it('loads an absent store as empty, and refuses a damaged or foreign one', async () => {
    const folder = join(dir, 'store-unit');
    expect((await createCalibrationStore(folder).load()).size).toBe(0);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'labels.json'), '{"labels": {}}');
    const err = await createCalibrationStore(folder).load().catch((e: unknown) => e);
    expect(isUserError(err)).toBe(true);
    expect((err as Error).message).toContain('not a flipside calibration store');
    expect(() => parseStoredLabels('{', 'f')).toThrow('not valid JSON');
    expect(() => parseStoredLabels('{"format":"flipside-calibration-labels","labels":{"x":{"label":"friend","labelledOn":"2026-01-01"}}}', 'f')).toThrow('entry for x is damaged');
  });
});
