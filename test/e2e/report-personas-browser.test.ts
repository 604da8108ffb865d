/**
 * Every sample persona's report, audited through the CLI command and opened in Debian's Chromium with
 * one browser for the file: no console error, no request but the file itself, no serious or critical
 * axe-core violation, usable at 360 px and 1280 px (no sideways page scroll, no chart taller than a
 * screen, no chart text wider than its layout estimate), keyboard reachable, and `--pdf` printing A4
 * and Letter PDFs with more than five non-blank pages. Screenshots go to .artifacts/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCommand } from '../../src/cli/commands/audit.ts';
import { sampleCommand } from '../../src/cli/commands/sample.ts';
import { tensions } from '../../src/measures/tensions.ts';
import { textWidth } from '../../src/report/charts/text-width.ts';

const require = createRequire(import.meta.url);
const chromiumPath = '/usr/bin/chromium';
const hasPoppler = (() => {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const artifacts = '.artifacts';
const personas = ['broadcaster', 'connector', 'quiet-job-seeker', 'six-platforms'] as const;
type Persona = (typeof personas)[number];
/** Which persona's audit also prints a PDF, and on which paper. */
const pdfPaper: Partial<Record<Persona, 'a4' | 'letter'>> = { connector: 'a4', 'quiet-job-seeker': 'letter' };

interface PpmImage {
  readonly width: number;
  readonly height: number;
  readonly pixels: Uint8Array;
}

/** Parses a binary PPM (P6), what pdftoppm writes by default. */
function readPpm(bytes: Uint8Array): PpmImage {
  const header: string[] = [];
  let i = 0;
  while (header.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[i] ?? 32))) i++;
    let tok = '';
    while (i < bytes.length && !/\s/.test(String.fromCharCode(bytes[i] ?? 32))) tok += String.fromCharCode(bytes[i++] ?? 32);
    header.push(tok);
  }
  const [magic, w, h] = header;
  expect(magic).toBe('P6');
  return { width: Number(w), height: Number(h), pixels: bytes.subarray(i + 1) };
}

/** Distinct colours in an image, up to a small cap (a blank page has one). */
function colourCount(img: PpmImage, cap = 16): number {
  const seen = new Set<number>();
  for (let p = 0; p + 2 < img.pixels.length && seen.size < cap; p += 3) seen.add(((img.pixels[p] ?? 0) << 16) | ((img.pixels[p + 1] ?? 0) << 8) | (img.pixels[p + 2] ?? 0));
  return seen.size;
}

describe.skipIf(!existsSync(chromiumPath))('persona reports in Chromium', () => {
  let browser: Browser;
  let tmp: string;
  const written = new Map<Persona, { html: string; pdf?: string }>();

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'flipside-personas-'));
    mkdirSync(artifacts, { recursive: true });
    for (const persona of personas) {
      const { path } = await sampleCommand({ persona, seed: 1, scale: 1, out: join(tmp, persona), folder: false });
      const paper = pdfPaper[persona];
      const w = await auditCommand(path.split('\n'), { out: join(tmp, persona, 'out'), json: false, tz: 'UTC', quiet: true, debug: false, ...(paper ? { pdf: true, paper } : {}) });
      written.set(persona, { html: w.html, ...(w.pdf ? { pdf: w.pdf } : {}) });
    }
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it.each(personas)('%s: loads only itself, logs no error, and fits 1280 px and 360 px without sideways scrolling', async (persona) => {
    const file = written.get(persona)?.html ?? '';
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    const url = pathToFileURL(file).href;
    await page.goto(url, { waitUntil: 'load' });
    expect(requests).toEqual([url]);
    expect(errors).toEqual([]);
    expect(await page.locator('#overview .overview-tension').count()).toBe(5);
    expect(await page.locator('section.tension').evaluateAll((els) => els.map((e) => e.id))).toEqual(tensions.map((t) => `tension-${t.id}`));
    // Headings never skip a level, and there is one h1.
    const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((els) => els.map((e) => Number(e.tagName.slice(1))));
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    for (let i = 1; i < levels.length; i++) expect((levels[i] ?? 0) - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    // Every chart fits on one screen: a bar per week over years once made one 10,000 px tall.
    const figures = await page.locator('figure').evaluateAll((els) => els.map((e) => ({ caption: e.querySelector('figcaption')?.textContent?.slice(0, 60) ?? '', height: Math.round(e.getBoundingClientRect().height) })));
    expect(figures.length).toBeGreaterThan(5);
    expect(figures.filter((f) => f.height > 900)).toEqual([]);
    // Chart text is laid out from text-width.ts's estimates: none may be short of what the browser draws
    // (in the SVG's own units), or a label would run into the axis or past the edge.
    const texts = await page.locator('figure svg text').evaluateAll((els) =>
      els.map((e) => {
        const t = e as SVGTextElement;
        return { text: t.textContent ?? '', size: parseFloat(t.getAttribute('font-size') ?? '11'), bold: (t.getAttribute('font-weight') ?? '') === 'bold', drawn: t.getComputedTextLength() };
      }),
    );
    expect(texts.length).toBeGreaterThan(50);
    expect(texts.filter((t) => t.drawn > textWidth(t.text.trim(), t.size, t.bold) + 0.5)).toEqual([]);
    await page.screenshot({ path: join(artifacts, `report-${persona}-1280.png`) });
    await page.locator('#overview').screenshot({ path: join(artifacts, `report-${persona}-overview-1280.png`) });
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: join(artifacts, `report-${persona}-360.png`) });
    await page.close();
  });

  // axe injects a script, which the report's CSP forbids: this context alone bypasses the CSP.
  it.each(personas)('%s: has no serious or critical accessibility violation (axe-core)', async (persona) => {
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(pathToFileURL(written.get(persona)?.html ?? '').href, { waitUntil: 'load' });
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const r = await axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
    });
    await context.close();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });

  it('is keyboard navigable: the first Tab shows the skip link, Enter moves focus to the report, focus is visible', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(pathToFileURL(written.get('broadcaster')?.html ?? '').href, { waitUntil: 'load' });
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      return { text: el.textContent, href: el.getAttribute('href'), top: box.top, outline: getComputedStyle(el).outlineStyle };
    });
    expect(skip).toMatchObject({ text: 'Skip to the report', href: '#main' });
    expect(skip.top).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { href: el.getAttribute('href'), outline: getComputedStyle(el).outlineStyle, width: getComputedStyle(el).outlineWidth };
    });
    // The first link after the skip target is the overview's first tension, drawn with a 3 px outline.
    expect(next).toEqual({ href: `#tension-${tensions[0].id}`, outline: 'solid', width: '3px' });
    await page.close();
  });

  it.skipIf(!hasPoppler).each(Object.entries(pdfPaper))('%s: --pdf prints on %s paper, more than five pages, none blank', (persona, paper) => {
    const pdf = written.get(persona as Persona)?.pdf ?? '';
    expect(statSync(pdf).size).toBeGreaterThan(10_000);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(5);
    // pdfinfo rounds to points: A4 is 595 × 842, Letter 612 × 792.
    expect(info).toMatch(paper === 'letter' ? /Page size:\s+612 x 792 pts/ : /Page size:\s+595\.\d* x 841\.\d*|Page size:\s+595\.\d* x 842\.\d*/);
    const prefix = join(tmp, `${persona}-page`);
    execFileSync('pdftoppm', ['-r', '12', pdf, prefix]);
    const images = readdirSync(tmp).filter((f) => f.startsWith(`${persona}-page`) && f.endsWith('.ppm'));
    expect(images).toHaveLength(pages);
    for (const f of images) expect(colourCount(readPpm(readFileSync(join(tmp, f)))), `${f} is blank`).toBeGreaterThan(1);
  });
});
