import { EventEmitter } from 'node:events';
import type { Browser } from '@playwright/test';
import { afterAll, describe, expect, it } from 'vitest';
import { exportDocument } from '../export.ts';
import { buildSampleSelfEvaluation } from '../print/sample-documents.ts';
import { createBrowserPool } from './browser-pool.ts';
import { closePdfBrowser, findChromium, pdfBrowserPool } from './render-pdf.ts';

/** A stand-in browser: connected until closed, announcing 'disconnected' as Playwright's does. */
function createFakeBrowser(): Browser & { closeCount: number } {
  const events = new EventEmitter();
  let isConnected = true;
  const fake = {
    closeCount: 0,
    isConnected: () => isConnected,
    on: (event: string, listener: () => void) => events.on(event, listener),
    close: async () => {
      fake.closeCount++;
      isConnected = false;
      events.emit('disconnected');
    },
  };
  return fake as unknown as Browser & { closeCount: number };
}

const wait = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

describe('browser pool', () => {
  it('launches once for exports in a row and closes the browser when idle', async () => {
    const launched: ReturnType<typeof createFakeBrowser>[] = [];
    const pool = createBrowserPool({ launch: async () => launched[launched.push(createFakeBrowser()) - 1]!, idleMs: 20 });
    await pool.use(async () => 'first');
    await Promise.all([pool.use(async () => 'second'), pool.use(async () => 'third')]);
    expect(pool.launchCount).toBe(1);
    expect(pool.isOpen).toBe(true);
    await wait(80);
    expect(pool.isOpen).toBe(false);
    expect(launched[0]!.closeCount).toBe(1);
    await pool.use(async () => 'after idle');
    expect(pool.launchCount).toBe(2);
    await pool.close();
    expect(pool.isOpen).toBe(false);
  });

  it('replaces a browser that crashed, retrying the export that saw it die', async () => {
    const pool = createBrowserPool({ launch: async () => createFakeBrowser(), idleMs: 1000 });
    await pool.use(async (browser) => browser.close());
    let attempts = 0;
    const result = await pool.use(async (browser) => {
      attempts++;
      if (attempts === 1) {
        await browser.close();
        throw new Error('Target page, context or browser has been closed');
      }
      return 'rendered';
    });
    expect(result).toBe('rendered');
    expect(pool.launchCount).toBe(3);
    await pool.close();
  });

  it('passes on an export error while the browser is fine', async () => {
    const pool = createBrowserPool({ launch: async () => createFakeBrowser(), idleMs: 1000 });
    await expect(pool.use(async () => Promise.reject(new Error('bad page')))).rejects.toThrow('bad page');
    expect(pool.launchCount).toBe(1);
    await pool.close();
  });
});

describe.skipIf(!findChromium())('PDF export through the warm browser', () => {
  afterAll(closePdfBrowser);

  // Under load a cold Chromium takes 30 s here (BENCHMARKS.md); the limit is generous, nothing is timed.
  it('produces two valid PDFs in a row from one browser, and closes it', { timeout: 180_000 }, async () => {
    await closePdfBrowser();
    const launchesBefore = pdfBrowserPool.launchCount;
    const first = await exportDocument(buildSampleSelfEvaluation(4), 'pdf');
    const second = await exportDocument(buildSampleSelfEvaluation(6), 'pdf');
    for (const bytes of [first, second]) {
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(bytes.subarray(-8).toString('latin1')).toContain('%%EOF');
    }
    expect(pdfBrowserPool.launchCount - launchesBefore).toBe(1);
    expect(pdfBrowserPool.isOpen).toBe(true);
    await closePdfBrowser();
    expect(pdfBrowserPool.isOpen).toBe(false);
  });
});
