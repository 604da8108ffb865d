/**
 * Node edge: prints the HTML report to PDF through the system Chromium (playwright-core drives it; no
 * browser is downloaded). The report has no script and loads nothing, so the page is printed as it is;
 * its print stylesheet puts each tension on a new page.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ExitCode, UserError } from '../diagnostics/errors.ts';

export type Paper = 'a4' | 'letter';

/** Where Chromium is looked for, in order: FLIPSIDE_CHROMIUM, then Debian's and other distributions' paths. */
export function chromiumCandidates(env: Readonly<Record<string, string | undefined>> = process.env): readonly string[] {
  const own = env['FLIPSIDE_CHROMIUM'];
  // An explicit choice is the only candidate, so a wrong path fails loudly instead of silently using another browser.
  if (own !== undefined && own !== '') return [own];
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium', '/snap/bin/chromium'];
}

/** The first Chromium that exists, or a usage error (exit 64) saying how to get one. */
export function findChromium(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const candidates = chromiumCandidates(env);
  const found = candidates.find((p) => existsSync(p));
  if (found === undefined) {
    throw new UserError(`--pdf needs Chromium, which was not found at ${candidates.join(', ')}: install it (e.g. apt-get install chromium) or set FLIPSIDE_CHROMIUM to its path`, ExitCode.usage);
  }
  return found;
}

/** Reads `--paper`: "a4" (the default) or "letter". */
export function parsePaper(s: string | undefined): Paper {
  const p = (s ?? 'a4').toLowerCase();
  if (p === 'a4' || p === 'letter') return p;
  throw new UserError(`--paper ${s}: choose a4 or letter`, ExitCode.usage);
}

/** Prints `htmlPath` to `pdfPath` on the given paper with the system Chromium; network is blocked while printing. */
export async function printReportPdf(htmlPath: string, pdfPath: string, opts: { readonly paper: Paper; readonly env?: Readonly<Record<string, string | undefined>> }): Promise<void> {
  const executablePath = findChromium(opts.env);
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new UserError('--pdf needs the playwright-core package, which is not installed with this copy of flipside', ExitCode.usage);
  }
  const browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    const page = await browser.newPage();
    const url = pathToFileURL(htmlPath).href;
    // The report asks for nothing; this makes sure a future regression cannot reach the network while printing.
    await page.route(/^(?!file:|data:)/, (route) => route.abort());
    await page.goto(url, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    await page.pdf({ path: pdfPath, format: opts.paper === 'letter' ? 'Letter' : 'A4', printBackground: true, preferCSSPageSize: false, margin: { top: '14mm', bottom: '14mm', left: '14mm', right: '14mm' } });
  } finally {
    await browser.close();
  }
}
