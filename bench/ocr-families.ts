/**
 * `npx tsx bench/ocr-families.ts [--dump] [family…]`: OCR over scans of our own families' tables. Each family's
 * Word print (bench/family-pdfs.ts, cells at the top: the PDFs bench/pdf-real.ts reads) or Office print is
 * "scanned" (rendered grey at 300 dpi and written back as a PDF of pictures, documents/ocr/scan-testing.ts) and
 * imported by the product's path at the default OCR setting; its facts are counted against the ones the family's
 * own source reads right (as bench/pdf-real.ts counts). tesseract runs behind a cache of its output by picture
 * bytes (bench/ocr-tesseract-cached.sh, $JIXIAO_OCR_CACHE), so a change to what follows tesseract is measured
 * in seconds; `--dump` writes each scan's OCR'd lines to $JIXIAO_OCR_DUMP (default /tmp/jixiao-ocr-lines).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultImportLimits } from '../documents/import-error.ts';
import { fixturesDirectory, loadFixtureFile } from '../documents/layouts/run-fixtures.ts';
import { measureRewrittenFile } from '../documents/layouts/variation/measure.ts';
import { forgetScansRead, readScannedPdf } from '../documents/ocr/read-scanned-pdf.ts';
import { renderPages, pdfOfPictures } from '../documents/ocr/scan-testing.ts';
import { printToPdf, tabDumpJob, type PrintJob } from './family-pdfs.ts';

/** A target table, self-evaluations with their funds block, 部门整体 tables, monitoring tables and score sheets: one page each but one. */
const families = [
  'project-target-central-tabs',
  'project-target-direction-unit-columns',
  'project-self-eval-reason-measure-columns',
  'project-self-eval-level-weight-columns',
  'dept-target-hunan-tabs',
  'dept-self-eval-sichuan-adjusted-weights',
  'project-monitoring-half-year-table',
  'dept-monitoring-three-quarters',
  'project-eval-report-firm-stamp-score-sheet',
  'dept-eval-score-sheet-four-levels',
  'project-self-eval-xlsx-two-row-header',
];
/** The families printed from their built .xlsx/.docx (the others from their tab dump as Word). */
const officeFamilies = new Set(['project-self-eval-xlsx-two-row-header']);
const scanDpi = 300;

const args = process.argv.slice(2);
const isDump = args.includes('--dump');
const only = args.filter((each) => !each.startsWith('--'));
const chosen = families.filter((family) => only.length === 0 || only.includes(family));
process.env.TESSERACT_PATH ??= path.join(import.meta.dirname, 'ocr-tesseract-cached.sh');
const dumpDirectory = process.env.JIXIAO_OCR_DUMP ?? path.join(os.tmpdir(), 'jixiao-ocr-lines');

async function officeJob(family: string): Promise<PrintJob> {
  const built = await loadFixtureFile(family);
  const extension = built.fileName.endsWith('.xlsx') ? 'xlsx' : 'docx';
  const builder = readFileSync(path.join(fixturesDirectory, family, 'build.ts'), 'utf8');
  return { name: `${family}.office`, extension, key: createHash('sha256').update(JSON.stringify([builder, 'ocr'])).digest('hex'), write: () => Promise.resolve(built.bytes) };
}
const jobs = await Promise.all(chosen.map((family) => (officeFamilies.has(family) ? officeJob(family) : Promise.resolve(tabDumpJob(family, { id: 'top', isCentredVertically: false })))));
const pdfs = await printToPdf(jobs);

/** The scan's OCR'd items as lines (by where they stand), each item in brackets, for reading what was lost. */
function dumpLines(pages: Awaited<ReturnType<typeof readScannedPdf>>): string {
  if ('missing' in pages) return pages.missing;
  return pages
    .map((page, index) => {
      const rows = new Map<number, typeof page.items>();
      for (const item of page.items) {
        const key = [...rows.keys()].find((y) => Math.abs(y - item.y) < 3) ?? item.y;
        rows.set(key, [...(rows.get(key) ?? []), item]);
      }
      const lines = [...rows.entries()].sort(([a], [b]) => b - a).map(([, items]) => items.sort((a, b) => a.x - b.x).map((item) => `[${item.text}]`).join(' '));
      return `--- page ${index + 1}: ${page.rulings.horizontal.length} horizontal, ${page.rulings.vertical.length} vertical rulings\n${lines.join('\n')}`;
    })
    .join('\n');
}

const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`# OCR over scans of our families (${scanDpi} dpi scans, default reading) ${new Date().toISOString()} — load ${load}`);
let [kept, readRight, pages, seconds] = [0, 0, 0, 0];
for (const [index, family] of chosen.entries()) {
  const pictures = renderPages(readFileSync(pdfs.get(jobs[index]!.name)!), scanDpi);
  const bytes = pdfOfPictures(pictures, scanDpi);
  const startedAt = performance.now();
  const result = await measureRewrittenFile(family, { fileName: `${family}.pdf`, bytes });
  const took = (performance.now() - startedAt) / 1000;
  if (isDump) {
    forgetScansRead();
    const read = await readScannedPdf({ bytes, fileName: `${family}.pdf`, pageCount: pictures.length, limits: defaultImportLimits });
    mkdirSync(dumpDirectory, { recursive: true });
    writeFileSync(path.join(dumpDirectory, `${family}.txt`), `${dumpLines(read)}\n`);
  }
  forgetScansRead();
  kept += result.readRight - result.lost.length;
  readRight += result.readRight;
  pages += pictures.length;
  seconds += took;
  console.log(`  ${family}: ${result.readRight - result.lost.length}/${result.readRight} (${pictures.length} p, ${took.toFixed(1)} s)`);
  if (result.lost.length > 0) console.log(`    lost: ${result.lost.slice(0, 12).join('; ')}${result.lost.length > 12 ? ` … (${result.lost.length})` : ''}`);
}
console.log(`all: ${kept} / ${readRight} facts over ${chosen.length} families, ${pages} pages, ${seconds.toFixed(1)} s`);
