// Opens the fixture report in headless Chromium: no network requests, no console errors, no script
// execution from planted payloads, five tension sections, and screenshots for a human to look at.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tensions } from '../src/measures/tensions.ts';
import { fixtureResult, hostile, hostileStyle } from '../src/report/fixtures.ts';
import { renderReportHtml } from '../src/report/index.ts';

const require = createRequire(import.meta.url);
const chromiumPath = '/usr/bin/chromium';
const hasChromium = existsSync(chromiumPath);
if (!hasChromium) console.warn(`report-browser: skipped, ${chromiumPath} is missing (CI installs it with apt-get install chromium)`);

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const artifacts = path.join(repoRoot, '.artifacts');

describe.skipIf(!hasChromium)('report in a browser', () => {
  let browser: Browser;
  let dir: string;
  let fileUrl: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'flipside-report-'));
    const file = path.join(dir, 'report.html');
    writeFileSync(file, await renderReportHtml(fixtureResult), 'utf8');
    fileUrl = pathToFileURL(file).href;
    mkdirSync(artifacts, { recursive: true });
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('makes no request but the file, logs no error, runs no planted script, and shows the five tensions', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    const consoleErrors: string[] = [];
    const dialogs: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(fileUrl, { waitUntil: 'load' });

    expect(requests).toEqual([fileUrl]);
    expect(consoleErrors).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('[onerror], [onload]').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);

    const body = await page.locator('body').innerText();
    expect(body).toContain(hostile);
    expect(body).toContain(hostileStyle);

    const ids = await page.locator('section.tension').evaluateAll((els) => els.map((e) => e.id));
    expect(ids).toEqual(tensions.map((t) => `tension-${t.id}`));
    for (const t of tensions) {
      const heading = page.locator(`#tension-${t.id} h2`);
      await expect.poll(() => heading.isVisible()).toBe(true);
      expect(await heading.innerText()).toBe(t.title);
    }
    expect(await page.locator('figure.chart svg').count()).toBe(5);

    await page.screenshot({ path: path.join(artifacts, 'report-1280.png'), fullPage: true });
    await page.setViewportSize({ width: 360, height: 800 });
    // At 360 px nothing may force sideways scrolling of the page itself (tables scroll inside their own box).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: path.join(artifacts, 'report-360.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: path.join(artifacts, 'report-1280-dark.png'), fullPage: false });
    await page.close();
  });

  // axe needs to inject a script, which the report's CSP forbids: this page alone bypasses the CSP.
  it.each(['light', 'dark'] as const)('has no serious accessibility violations in the %s scheme (axe-core)', async (colorScheme) => {
    const context = await browser.newContext({ bypassCSP: true, colorScheme, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(fileUrl, { waitUntil: 'load' });
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const r = await axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
    });
    await context.close();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
});
