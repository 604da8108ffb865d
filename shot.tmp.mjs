import { chromium } from 'playwright-core';
const [file, prefix, width='1280'] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run','--disable-quic'] });
const p = await b.newPage({ viewport: { width: Number(width), height: 1400 } });
await p.goto('file://' + file);
const h = await p.evaluate(() => document.documentElement.scrollHeight);
console.log('height', h);
for (let i = 0, y = 0; y < h && i < 12; i++, y += 1400) {
  await p.evaluate((y) => window.scrollTo(0, y), y);
  await p.screenshot({ path: `${prefix}-${i}.png` });
}
await b.close();
