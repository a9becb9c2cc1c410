import { afterAll, describe, expect, it } from 'vitest';
import { exportDocument } from '../export.ts';
import { defaultImportLimits } from '../import-error.ts';
import { buildSampleReport } from '../print/sample-documents.ts';
import { readPdfLines } from './read-pdf.ts';
import { closePdfBrowser, findChromium } from './render-pdf.ts';

const chromium = findChromium();

/** Sentences of our own, each with a figure and its unit, numbered so their order can be checked. */
const sentences = Array.from(
  { length: 90 },
  (_, index) => `重点工作${index + 1}按计划推进，全年投入资金${(1200 + index * 7.25).toFixed(2)}万元，完成率${90 + (index % 10)}%。`,
);

describe.skipIf(!chromium)('a report’s paragraph longer than a page, printed as PDF', () => {
  afterAll(closePdfBrowser);

  it('reads back as one line, each figure with its unit, over the page breaks', { timeout: 240_000 }, async () => {
    const report = buildSampleReport();
    report.report!.sections[0]!.text = sentences.join('');
    const lines = await readPdfLines(Buffer.from(await exportDocument(report, 'pdf')), defaultImportLimits);
    // The paragraph runs over pages: its text was cut by at least one page's foot.
    const paragraph = lines.filter((line) => line.includes('按计划推进'));
    expect(paragraph).toHaveLength(1);
    const text = paragraph[0]!.replace(/,/g, '，');
    let at = 0;
    for (const sentence of sentences) {
      const found = text.indexOf(sentence, at);
      expect(found, sentence).toBeGreaterThanOrEqual(at);
      at = found + sentence.length;
    }
  });
});
