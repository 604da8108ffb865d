/**
 * The real thing a person opens: the demo persona audited through the real importer and measures,
 * rendered and loaded in Debian's Chromium. Five tensions render; the page asks the network for nothing.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCommand } from '../../src/cli/commands/demo.ts';
import { tensions } from '../../src/measures/tensions.ts';

const chromiumPath = '/usr/bin/chromium';

describe.skipIf(!existsSync(chromiumPath))('demo report in Chromium', () => {
  let out: string;
  let html: string;
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'flipside-demo-test-'));
    html = await demoCommand(out, { quiet: true, debug: false });
  });
  afterAll(async () => {
    await rm(out, { recursive: true, force: true });
  });

  it('renders the five tensions with their measured values and makes zero network requests', async () => {
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const requests: string[] = [];
      const errors: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(String(e)));
      const url = pathToFileURL(html).href;
      await page.goto(url, { waitUntil: 'load' });
      expect(requests).toEqual([url]);
      expect(errors).toEqual([]);
      for (const t of tensions) {
        const heading = page.locator(`#tension-${t.id} h2`);
        expect(await heading.isVisible()).toBe(true);
        expect(await heading.innerText()).toBe(t.title);
      }
      // The broadcaster's planted 900 connections and 12 two-way relationships are what the reader sees.
      const body = await page.locator('body').innerText();
      expect(body).toMatch(/How many accounts you are connected to\s+900/);
      expect(body).toMatch(/People you actually exchanged messages with this year\s+12/);
      expect(await page.locator('figure svg').count()).toBeGreaterThanOrEqual(5);
      mkdirSync('.artifacts', { recursive: true });
      await page.screenshot({ path: '.artifacts/demo-1280.png', fullPage: false });
      const json = JSON.parse(await readFile(join(out, 'flipside-report.json'), 'utf8')) as { measures: Record<string, { value: unknown }> };
      expect(json.measures['reach_network_size']?.value).toBe(900);
    } finally {
      await browser.close();
    }
  });
});
