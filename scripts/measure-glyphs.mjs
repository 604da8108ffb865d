#!/usr/bin/env node
// Measures the advance width of each printable ASCII character in the fonts a browser most often
// uses for `sans-serif` (DejaVu Sans on Linux; Liberation Sans, metric-compatible with Arial and
// close to Helvetica, elsewhere) with Debian's Chromium, and prints the wider of the two per
// character in thousandths of an em: the table in src/report/charts/text-width.ts.
// Usage: node scripts/measure-glyphs.mjs
import { chromium } from 'playwright-core';

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
try {
  const page = await browser.newPage();
  const widths = await page.evaluate(() => {
    const ctx = document.createElement('canvas').getContext('2d');
    const out = [];
    for (let c = 32; c < 127; c++) {
      let w = 0;
      for (const family of ['DejaVu Sans', 'Liberation Sans']) {
        ctx.font = `1000px "${family}"`;
        w = Math.max(w, ctx.measureText(String.fromCharCode(c)).width);
      }
      out.push(Math.ceil(w));
    }
    return out;
  });
  const fonts = await page.evaluate(() => ['DejaVu Sans', 'Liberation Sans'].map((f) => `${f}: ${document.fonts.check(`12px "${f}"`)}`));
  console.error(fonts.join(', '));
  for (let i = 0; i < widths.length; i += 16) console.log(`  ${widths.slice(i, i + 16).join(', ')},`);
} finally {
  await browser.close();
}
