/**
 * PDF export cold and warm (issue 14): the first export launches Chromium, the next ones reuse
 * the warm browser (documents/pdf/browser-pool.ts). Skipped where Chromium is not installed.
 */
import { exportDocument } from '../documents/export.ts';
import { closePdfBrowser, findChromium } from '../documents/pdf/render-pdf.ts';
import { buildSampleSelfEvaluation } from '../documents/print/sample-documents.ts';
import type { Measurement } from './measurement.ts';

const warmExports = 5;

export async function benchPdf(): Promise<Measurement[]> {
  if (!findChromium()) return [{ name: 'PDF export skipped: Chromium is not installed', value: 0, unit: '' }];
  const document = buildSampleSelfEvaluation(12);
  await closePdfBrowser();
  try {
    let startedAt = performance.now();
    await exportDocument(document, 'pdf');
    const cold = performance.now() - startedAt;
    const warm: number[] = [];
    for (let index = 0; index < warmExports; index++) {
      startedAt = performance.now();
      await exportDocument(document, 'pdf');
      warm.push(performance.now() - startedAt);
    }
    warm.sort((a, b) => a - b);
    return [
      { name: 'PDF export, cold (launches Chromium)', value: Math.round(cold), unit: 'ms' },
      { name: `PDF export, warm (median of ${warmExports})`, value: Math.round(warm[Math.floor(warmExports / 2)]!), unit: 'ms' },
      { name: 'PDF export, warm (slowest)', value: Math.round(warm.at(-1)!), unit: 'ms' },
    ];
  } finally {
    await closePdfBrowser();
  }
}
