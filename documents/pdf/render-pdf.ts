/**
 * HTML print view → PDF with headless Chromium (playwright-core, the browser the system installs at
 * /usr/bin/chromium or CHROMIUM_PATH), kept warm between exports by ./browser-pool.ts. Where
 * Chromium is missing, a typed error says so in Chinese.
 */
import { existsSync } from 'node:fs';
// Loaded on first use: a command that reads a .txt file never pays for it (issue 14 item 5).
import { createBrowserPool } from './browser-pool.ts';

export class PdfUnavailableError extends Error {
  readonly code = 'pdf-unavailable';
  constructor() {
    super('未安装 Chromium，无法导出 PDF：请安装 chromium 或改用 .docx/.xlsx');
    this.name = 'PdfUnavailableError';
  }
}

/** Flags that keep Chromium from reaching the network or needing a sandbox (STACK.md). */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where Chromium is, or null when it is not installed. */
export function findChromium(): string | null {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return existsSync(path) ? path : null;
}

/** The process's warm browser; launched at the first export from wherever Chromium is then. */
export const pdfBrowserPool = createBrowserPool({
  launch: async () => (await import('@playwright/test')).chromium.launch({ executablePath: findChromium() ?? undefined, args: chromiumArgs }),
});

/** Closes the warm browser (at shutdown, at the end of a CLI run or a test). */
export function closePdfBrowser(): Promise<void> {
  return pdfBrowserPool.close();
}

/** Renders a whole HTML page to A4 PDF bytes; the page's own @page rule sets the orientation. */
export async function renderPdf(html: string): Promise<Buffer> {
  if (!findChromium()) throw new PdfUnavailableError();
  return pdfBrowserPool.use(async (browser) => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      // The page is self-contained: refuse every request so a document can never fetch anything.
      await page.route('**/*', (route) => route.abort());
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    } finally {
      await context.close().catch(() => undefined);
    }
  });
}
