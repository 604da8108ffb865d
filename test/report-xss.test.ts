/**
 * XSS corpus: 60 payloads (script tags, event handlers, javascript: URLs, SVG and MathML payloads, CSS
 * injection, tag breakouts, broken UTF-8, lone surrogates, control characters, bidi overrides, very long
 * strings) planted in the names, headline, summary, posts, comments and messages of a generated LinkedIn
 * persona, run through the real importer, pipeline and renderer, and opened in Chromium. No payload may
 * run (no dialog, `window.__xss` stays undefined, no console error, not even a CSP report), and each
 * payload's text must still be readable on the page, after the same normalisation the importer applies.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryArchive, type MemoryFile } from '../src/archive/memory.ts';
import { importers } from '../src/importers/index.ts';
import { runAudit } from '../src/pipeline/audit.ts';
import { renderReportHtml } from '../src/report/index.ts';
import { generateSpec } from '../src/sample/generate.ts';
import { writeLinkedInExport } from '../src/sample/linkedin/index.ts';
import { fullName, type PersonaSpec, type SpecPerson } from '../src/sample/spec.ts';

const chromiumPath = '/usr/bin/chromium';

/** Where a payload must set its marker if it ever runs; `top` so payloads inside frames report too. */
const run = (id: string) => `top.__xss='${id}'`;
/** Replaced by invalid UTF-8 bytes after the CSV is written (a writer can only produce valid UTF-8). */
const BAD_UTF8 = '~BADUTF8~';
const BAD_BYTES = [0xc3, 0x28, 0xff, 0xc0, 0xbc];

const templates: ReadonlyArray<(x: string) => string> = [
  (x) => `<script>${x}</script>`,
  (x) => `<SCRIPT SRC=data:text/javascript,${x}></SCRIPT>`,
  (x) => `<img src=x onerror="${x}">`,
  (x) => `<img src=x onerror=${x}//`,
  (x) => `<svg onload="${x}">`,
  (x) => `<svg><script>${x}</script></svg>`,
  (x) => `<svg><animate onbegin="${x}" attributeName=x dur=1s>`,
  (x) => `<svg><a xlink:href="javascript:${x}"><text x=20 y=20>go</text></a></svg>`,
  (x) => `<math><mtext><table><mglyph><style><img src=x onerror="${x}">`,
  (x) => `javascript:${x}`,
  (x) => `<a href="javascript:${x}">click</a>`,
  (x) => `<a href="  JaVaScRiPt:${x}">mixed case</a>`,
  (x) => `<iframe src="javascript:${x}"></iframe>`,
  (x) => `<iframe srcdoc="<script>${x}</script>"></iframe>`,
  (x) => `<body onload="${x}">`,
  (x) => `<details open ontoggle="${x}">`,
  (x) => `<input autofocus onfocus="${x}">`,
  (x) => `<marquee onstart="${x}">`,
  (x) => `<video><source onerror="${x}"></video>`,
  (x) => `<audio src=x onerror="${x}">`,
  (x) => `<object data="javascript:${x}"></object>`,
  (x) => `<embed src="javascript:${x}">`,
  (x) => `<form action="javascript:${x}"><button>go</button></form>`,
  (x) => `<meta http-equiv="refresh" content="0;url=javascript:${x}">`,
  (x) => `<base href="javascript:${x}//">`,
  (x) => `<link rel="stylesheet" href="javascript:${x}">`,
  (x) => `</style><script>${x}</script>`,
  (x) => `</title><script>${x}</script>`,
  (x) => `</textarea><script>${x}</script>`,
  (x) => `"><script>${x}</script>`,
  (x) => `'><img src=x onerror="${x}">`,
  (x) => `" onmouseover="${x}" x="`,
  (x) => `' onfocus='${x}' autofocus x='`,
  (x) => `\` onload=\`${x}\``,
  (x) => `<!--<script>${x}</script>-->`,
  (x) => `--><script>${x}</script>`,
  (x) => `<![CDATA[<script>${x}</script>]]>`,
  (x) => `<noscript><p title="</noscript><img src=x onerror=${x}>">`,
  (x) => `<style>@import 'javascript:${x}';</style>`,
  (x) => `<div style="background:url(javascript:${x})">css url</div>`,
  (x) => `<div style="width:expression(${x})">css expression</div>`,
  (x) => `<style>*{display:none}</style>${x}`,
  (x) => `{{constructor.constructor('${x}')()}}`,
  (x) => `\${${x}}`,
  (x) => `&lt;script&gt;${x}&lt;/script&gt;`,
  (x) => `%3Cscript%3E${x}%3C%2Fscript%3E`,
  (x) => `\u202Egnp.exe<script>${x}</script>`,
  (x) => `\u2066<img src=x onerror="${x}">\u2069`,
  (x) => `\uD800<script>${x}</script>`,
  (x) => `<script>${x}</script>\uDFFF`,
  (x) => `\u0000<script>${x}</script>\u0007\u007F`,
  (x) => `<script>${x}</script>${'A'.repeat(5000)}`,
  (x) => `${BAD_UTF8}<script>${x}</script>`,
  (x) => `<img src="x\u0000" onerror="${x}">`,
  (x) => `<template><script>${x}</script></template>`,
  (x) => `<scr<script>ipt>${x}</script>`,
  (x) => `data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg== ${x}`,
  (x) => `<a href=#main onclick="${x}">skip</a>`,
  (x) => `<svg><style>{}</style><img src=x onerror="${x}"></svg>`,
  (x) => `${'<b>'.repeat(300)}${x}${'</b>'.repeat(300)}`,
];

/** Every payload, with its own marker id. */
export const payloads: readonly { readonly id: string; readonly text: string }[] = templates.map((t, i) => {
  const id = `p${String(i + 1).padStart(2, '0')}`;
  return { id, text: t(run(id)) };
});

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

function replaceBytes(bytes: Uint8Array, needle: Uint8Array, replacement: readonly number[]): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i] === needle[0] && needle.every((b, k) => bytes[i + k] === b)) {
      out.push(...replacement);
      i += needle.length;
    } else out.push(bytes[i++] as number);
  }
  return Uint8Array.from(out);
}

const badNeedle = encoder.encode(BAD_UTF8);
/** What the importer sees: UTF-8 encoding (lone surrogates become U+FFFD), the broken bytes, then decoding. */
const asDecoded = (s: string): string => decoder.decode(replaceBytes(encoder.encode(s), badNeedle, BAD_BYTES));

/** The same normalisation as the importer (decode, trim, collapse whitespace) and the renderer (controls → U+FFFD). */
function shown(s: string): string {
  return asDecoded(s)
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '\uFFFD');
}

function withNames(spec: PersonaSpec, names: ReadonlyMap<string, { first: string; last: string }>, planted: readonly string[]): PersonaSpec {
  const cache = new Map<string, SpecPerson>();
  const person = (p: SpecPerson): SpecPerson => {
    const n = names.get(p.slug);
    if (!n) return p;
    const hit = cache.get(p.slug) ?? { ...p, ...n };
    cache.set(p.slug, hit);
    return hit;
  };
  const at = (i: number) => planted[i % planted.length] ?? '';
  return {
    ...spec,
    owner: person(spec.owner),
    profile: { ...spec.profile, headline: `Strategic ${at(0)}`, summary: `Passionate team player. ${planted.join(' ')}` },
    positions: spec.positions.map((p, i) => ({ ...p, title: `${p.title} ${at(i)}`, description: `${p.description} ${at(i + 1)}` })),
    connections: spec.connections.map((c, i) => ({ ...c, person: { ...person(c.person), ...(names.has(c.person.slug) ? {} : { company: `${c.person.company} ${at(i)}` }) } })),
    messages: spec.messages.map((m, i) => ({ ...m, from: person(m.from), to: m.to.map(person), subject: i % 3 === 0 ? at(i) : m.subject, content: i % 2 === 0 ? `${m.content} ${at(i)}` : m.content })),
    invitations: spec.invitations.map((v, i) => ({ ...v, from: person(v.from), to: person(v.to), message: i % 2 === 0 ? at(i) : v.message })),
    shares: spec.shares.map((s, i) => ({ ...s, text: s.text ? `${s.text}\n${at(i)} strategic` : s.text })),
    comments: spec.comments.map((c, i) => ({ ...c, text: `${c.text} ${at(i)}` })),
    endorsementsReceived: spec.endorsementsReceived.map((e) => ({ ...e, person: person(e.person) })),
    endorsementsGiven: spec.endorsementsGiven.map((e) => ({ ...e, person: person(e.person) })),
    recommendationsReceived: spec.recommendationsReceived.map((r, i) => ({ ...r, person: person(r.person), text: `${r.text} ${at(i)}` })),
    recommendationsGiven: spec.recommendationsGiven.map((r, i) => ({ ...r, person: person(r.person), text: `${r.text} ${at(i)}` })),
  };
}

function archiveFiles(spec: PersonaSpec): MemoryFile[] {
  return writeLinkedInExport(spec).map((f) => ({ path: f.path, bytes: replaceBytes(f.bytes, badNeedle, BAD_BYTES) }));
}

/** Payloads per report: each goes into the name of someone the reconnect list shows (ranked by tie strength, not name). */
const perBatch = 12;

describe('the payload normalisation used by this test', () => {
  it('turns lone surrogates, broken bytes and controls into U+FFFD and collapses whitespace', () => {
    expect(shown('\uD800x')).toBe('\uFFFDx');
    expect(shown(`${BAD_UTF8}x`)).toMatch(/^\uFFFD\(\uFFFD\uFFFD\uFFFDx$/);
    expect(shown(' a \u0000\n b ')).toBe('a \uFFFD b');
    expect(payloads.length).toBeGreaterThanOrEqual(50);
    expect(new Set(payloads.map((p) => p.id)).size).toBe(payloads.length);
  });
});

describe.skipIf(!existsSync(chromiumPath))('XSS corpus through the real pipeline, in Chromium', () => {
  let browser: Browser;
  let dir: string;
  const base = generateSpec({ persona: 'connector', seed: 1, scale: 1 });
  const batches: { readonly pages: string; readonly expected: readonly { id: string; text: string }[] }[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'flipside-xss-'));
    const baseline = await runAudit({ archives: [createMemoryArchive('base.zip', writeLinkedInExport(base))], registry: importers, options: { timeZone: 'UTC' } });
    const byName = new Map([...base.connections.map((c) => c.person), base.owner].map((p) => [fullName(p), p] as const));
    const targets = (baseline.result.reconnect ?? []).slice(0, perBatch).map((r) => byName.get(r.name));
    expect(targets.every((t) => t !== undefined)).toBe(true);
    for (let b = 0; b * perBatch < payloads.length; b++) {
      const chunk = payloads.slice(b * perBatch, (b + 1) * perBatch);
      const names = new Map<string, { first: string; last: string }>();
      chunk.forEach((p, i) => names.set(targets[i]?.slug ?? '', { first: p.text, last: `Zq${b}${i}` }));
      names.set(base.owner.slug, { first: chunk[0]?.text ?? '', last: 'Owner' });
      const spec = withNames(base, names, chunk.map((p) => p.text));
      const { result } = await runAudit({ archives: [createMemoryArchive(`batch-${b}.zip`, archiveFiles(spec))], registry: importers, options: { timeZone: 'UTC' } });
      const file = path.join(dir, `batch-${b}.html`);
      writeFileSync(file, await renderReportHtml(result), 'utf8');
      batches.push({ pages: file, expected: chunk.map((p, i) => ({ id: p.id, text: shown(`${p.text} Zq${b}${i}`) })) });
    }
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('runs no payload and shows every payload as text', async () => {
    expect(batches.length).toBe(Math.ceil(payloads.length / perBatch));
    for (const batch of batches) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const requests: string[] = [];
      const errors: string[] = [];
      const dialogs: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      const url = pathToFileURL(batch.pages).href;
      await page.goto(url, { waitUntil: 'load' });
      // Some handlers fire late (animation begin, marquee start, autofocus): give them a moment.
      await page.waitForTimeout(300);
      await page.keyboard.press('Tab');
      expect(requests).toEqual([url]);
      expect(errors).toEqual([]);
      expect(dialogs).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
      const live = await page.evaluate(() => ({
        scripts: document.querySelectorAll('script').length,
        handlers: Array.from(document.querySelectorAll('*')).filter((el) => Array.from(el.attributes).some((a) => a.name.toLowerCase().startsWith('on'))).length,
        active: document.querySelectorAll('iframe, object, embed, base, img, video, audio, input, form, link:not([rel="icon"]), template, marquee, math').length,
        metas: document.querySelectorAll('meta[http-equiv]').length,
        styles: document.querySelectorAll('style').length,
        jsLinks: Array.from(document.querySelectorAll('[href], [src], [action], [data]')).filter((el) => /javascript:|data:text/i.test(el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? el.getAttribute('data') ?? '')).length,
      }));
      expect(live).toEqual({ scripts: 0, handlers: 0, active: 0, metas: 1, styles: 1, jsLinks: 0 });
      const body = await page.locator('body').innerText();
      for (const p of batch.expected) expect(body.includes(p.text), `payload ${p.id} is not shown as text`).toBe(true);
      await page.close();
    }
  });
});
