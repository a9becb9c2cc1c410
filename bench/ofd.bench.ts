/**
 * Reading an .ofd: the invented tables' PDFs (documents/pdf/fixtures/office-*.pdf) written as OFD by
 * the test writer (documents/ofd/ofd-testing.ts), then read (pages → positioned content) and imported
 * whole, beside the same table's PDF. Median of five runs each.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultImportLimits, importFile } from '../documents/import-file.ts';
import { ofdFromPdfPages } from '../documents/ofd/ofd-testing.ts';
import { readOfdPageContents } from '../documents/ofd/read-ofd.ts';
import { readPdfPageContents } from '../documents/pdf/read-pdf.ts';
import { median, type Measurement } from './measurement.ts';

const runs = 5;
const tables = ['dept-target-table', 'dept-self-evaluation', 'dept-self-evaluation-taller'];

async function timeMedian(work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const startedAt = performance.now();
    await work();
    times.push(performance.now() - startedAt);
  }
  return median(times);
}

export async function benchOfd(): Promise<Measurement[]> {
  const measurements: Measurement[] = [];
  for (const name of tables) {
    const pdf = readFileSync(path.join(import.meta.dirname, '../documents/pdf/fixtures', `office-${name}.pdf`));
    const pages = await readPdfPageContents(pdf, defaultImportLimits);
    const ofd = ofdFromPdfPages(pages);
    await readOfdPageContents(ofd, defaultImportLimits);
    const label = `${name} (${pages.length} pages, .ofd ${Math.round(ofd.length / 1024)} KB)`;
    measurements.push(
      { name: `${label}: OFD pages read (readOfdPageContents)`, value: Math.round(await timeMedian(() => readOfdPageContents(ofd, defaultImportLimits))), unit: 'ms' },
      { name: `${label}: .ofd imported (importFile)`, value: Math.round(await timeMedian(() => importFile({ bytes: ofd, fileName: `${name}.ofd` }))), unit: 'ms' },
      { name: `${label}: the same .pdf imported`, value: Math.round(await timeMedian(() => importFile({ bytes: pdf, fileName: `${name}.pdf` }))), unit: 'ms' },
    );
  }
  return measurements;
}
