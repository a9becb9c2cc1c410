/**
 * Reading scanned PDFs by OCR (documents/ocr): two of our own tables' PDFs (documents/pdf/fixtures)
 * "scanned" (pages rendered to pictures at 300 dpi and written back as a PDF of pictures, ocr/scan-testing.ts),
 * then imported whole under each OCR setting (render resolution × tesseract page segmentation mode):
 * seconds per page and the facts read against the table's own (office-pdfs.expected.json), and
 * facts read per second, by which the default was chosen. One run each (after one untimed import that
 * loads the readers): a page is seconds of CPU.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyseDocument } from '../core/analyse.ts';
import { importFile } from '../documents/import-file.ts';
import { compareFacts, documentFacts, parseExpectedFacts } from '../documents/layouts/facts.ts';
import { findOcrTools, forgetScansRead, type OcrSettings } from '../documents/ocr/read-scanned-pdf.ts';
import { renderPages, pdfOfPictures } from '../documents/ocr/scan-testing.ts';
import type { Measurement } from './measurement.ts';

const fixtures = path.join(import.meta.dirname, '../documents/pdf/fixtures');
const tables = ['office-dept-target-table.pdf', 'office-project-self-evaluation.pdf'];
/** The settings compared, dpi:page psm[:cell psm]: BENCH_OCR_SETTINGS="300:11:6,300:6" to run some only. */
const settings: OcrSettings[] = (process.env.BENCH_OCR_SETTINGS ?? '200:11,200:6,200:4,200:3,300:11,300:6,300:4,300:3,300:11:6,300:11:7,300:11:11,300:6:6,200:11:6,200:11:11')
  .split(',')
  .map((each) => {
    const [dpi, pageSegmentation, cellSegmentation] = each.split(':').map(Number);
    return { dpi: dpi!, pageSegmentation: pageSegmentation!, cellSegmentation: cellSegmentation ?? null };
  });
/** The resolution the tables are "scanned" at: what a county's office scanner is set to. */
const scanDpi = Number(process.env.BENCH_OCR_SCAN_DPI ?? 300);

const describe = (setting: OcrSettings) =>
  `${setting.dpi} dpi --psm ${setting.pageSegmentation}${setting.cellSegmentation === null ? ', cells with the page' : `, each cell alone --psm ${setting.cellSegmentation}`}`;

export async function benchOcr(): Promise<Measurement[]> {
  const tools = await findOcrTools();
  if ('missing' in tools) throw new Error(`OCR unavailable: ${tools.missing}`);
  const expected = JSON.parse(readFileSync(path.join(fixtures, 'office-pdfs.expected.json'), 'utf8')) as Record<string, unknown>;
  const scans = tables.map((name) => {
    const pictures = renderPages(readFileSync(path.join(fixtures, name)), scanDpi);
    return { name, pages: pictures.length, bytes: pdfOfPictures(pictures, scanDpi) };
  });
  const measurements: Measurement[] = [];
  // One import untimed first: the readers and pdf.js load on first use, which the first setting would pay.
  await importFile({ bytes: scans[0]!.bytes, fileName: scans[0]!.name, ocrSettings: settings[0] });
  // …and what it read is forgotten, or the first setting's first scan would be answered without OCR.
  forgetScansRead();
  for (const setting of settings) {
    let seconds = 0;
    let pages = 0;
    let matched = 0;
    let total = 0;
    for (const scan of scans) {
      const want = parseExpectedFacts(expected[scan.name]);
      const startedAt = performance.now();
      const document = await importFile({ bytes: scan.bytes, fileName: scan.name, ocrSettings: setting });
      seconds += (performance.now() - startedAt) / 1000;
      pages += scan.pages;
      const result = compareFacts(want, documentFacts(analyseDocument(document)));
      matched += result.matched;
      total += want.size;
      measurements.push({ name: `${scan.name} scanned at ${scanDpi} dpi, read at ${describe(setting)}: facts read of ${want.size}`, value: result.matched, unit: 'facts' });
    }
    const label = describe(setting);
    measurements.push(
      { name: `${label}: seconds per page (import, ${pages} pages)`, value: Math.round((seconds / pages) * 10) / 10, unit: 's' },
      { name: `${label}: facts read of ${total}`, value: matched, unit: 'facts' },
      { name: `${label}: facts read per second`, value: Math.round((matched / seconds) * 10) / 10, unit: 'facts/s' },
    );
  }
  // A file's next table (the review screen saving every table of it): the same scan read again.
  const again = scans[0]!;
  const startedAgain = performance.now();
  await importFile({ bytes: again.bytes, fileName: again.name, ocrSettings: settings.at(-1), table: 1 });
  measurements.push({ name: `${again.name} read again (its next table) at ${describe(settings.at(-1)!)}: seconds`, value: Math.round((performance.now() - startedAgain) / 100) / 10, unit: 's' });
  return measurements;
}
