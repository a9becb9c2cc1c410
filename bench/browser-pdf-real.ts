/**
 * `npx tsx bench/browser-pdf-real.ts [family…]`: our own PDF reader over Chromium's prints of the families as
 * web pages. Many published tables are a provincial system's web page printed from the browser (打印 → 另存为
 * PDF): an HTML table with its borders drawn as CSS boxes, text set by Skia, wrapped at the page's width. Each
 * tab-dump family with an indicator table (the ones bench/pdf-real.ts prints through Word) is written as such a
 * page (documents/layouts/render/html-page.ts), printed by the product's Chromium (documents/pdf/render-pdf.ts),
 * read by the product's path (importFile + analyseDocument) and counted against the facts the family's own source
 * reads right. Needs Chromium (/usr/bin/chromium); the PDFs stay in $JIXIAO_PDFTOTEXT_DIR (default
 * /tmp/jixiao-pdftotext-real), made again only when a page changes.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { browserPageVariants, writeBlocksHtml } from '../documents/layouts/render/html-page.ts';
import { tabDumpBlocks } from '../documents/layouts/render/tab-dump-office.ts';
import { measureRewrittenFile, readSource } from '../documents/layouts/variation/measure.ts';
import { closePdfBrowser, findChromium, renderPdf } from '../documents/pdf/render-pdf.ts';
import { createFactTally, isPrintCurrent, pdfWorkDirectory, tabTableFamilies } from './family-pdfs.ts';

if (!findChromium()) {
  console.log('browser-pdf-real skipped: Chromium is not installed (/usr/bin/chromium or CHROMIUM_PATH)');
  process.exit(0);
}
const only = process.argv.slice(2);
const families = tabTableFamilies(only);
mkdirSync(pdfWorkDirectory, { recursive: true });

/** The family's print in one variant, made again only when its page changed. */
async function printed(family: string, variant: (typeof browserPageVariants)[number]): Promise<Buffer> {
  const html = writeBlocksHtml(tabDumpBlocks(readSource(family)), variant);
  // The page itself says what is printed: a change of the writer that leaves it as it was needs no new print.
  const key = createHash('sha256').update(html).digest('hex');
  const base = path.join(pdfWorkDirectory, `${family}.browser-${variant.id}`);
  if (isPrintCurrent(base, key)) return readFileSync(`${base}.pdf`);
  const pdf = await renderPdf(html);
  writeFileSync(`${base}.html`, html);
  writeFileSync(`${base}.pdf`, pdf);
  writeFileSync(`${base}.key`, key);
  return pdf;
}

const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`# our PDF reader over Chromium's prints of the families as web pages ${new Date().toISOString()} — load ${load}, ${families.length} tab-dump families`);
const { count, printTotals } = createFactTally();
try {
  for (const family of families) {
    const parts: string[] = [];
    for (const variant of browserPageVariants) {
      const { readRight, lost } = await measureRewrittenFile(family, { fileName: `${family}.pdf`, bytes: await printed(family, variant) });
      parts.push(count(`browser-${variant.id}`, readRight, lost));
    }
    console.log(`  ${family}:\n    ${parts.join('\n    ')}`);
  }
} finally {
  await closePdfBrowser();
}
const all = printTotals();
console.log(`all: ${all.kept} / ${all.families} PDFs keep every fact, ${all.readRight - all.lost} / ${all.readRight} facts kept`);
