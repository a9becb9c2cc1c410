/**
 * HTML print view → PDF with headless Chromium (playwright-core, the browser the system installs at
 * /usr/bin/chromium or CHROMIUM_PATH). Where Chromium is missing, a typed error says so in Chinese.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

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

/** Renders a whole HTML page to A4 PDF bytes; the page's own @page rule sets the orientation. */
export async function renderPdf(html: string): Promise<Buffer> {
  const executablePath = findChromium();
  if (!executablePath) throw new PdfUnavailableError();
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    const page = await browser.newPage();
    // The page is self-contained: refuse every request so a document can never fetch anything.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  } finally {
    await browser.close();
  }
}
