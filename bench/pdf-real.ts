/**
 * `npx tsx bench/pdf-real.ts [family…]`: our own PDF reader over real LibreOffice PDFs of the families.
 * The tab-dump families that hold an indicator table printed as Word documents (bench/family-pdfs.ts, the
 * same PDFs bench/pdftotext-real.ts extracts: cells at the top, centred) and once more without borders
 * (many published PDFs draw none), and the .xlsx/.docx families (their build.ts) printed by Calc / Writer;
 * each PDF read by the product's path (importFile + analyseDocument, as documents/layouts/facts.ts
 * compares) and counted against the facts the family's own source reads right. Needs soffice; the PDFs
 * stay in $JIXIAO_PDFTOTEXT_DIR (default /tmp/jixiao-pdftotext-real) and are made again only when a
 * family or the writers change. BENCHMARKS.md records the results.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fixturesDirectory, listFamilies, loadFixtureFile } from '../documents/layouts/run-fixtures.ts';
import { measureRewrittenFile } from '../documents/layouts/variation/measure.ts';
import { createFactTally, printToPdf, tabDumpJob, tabTableFamilies, wordAlignments, type PrintJob, type WordVariant } from './family-pdfs.ts';

const only = process.argv.slice(2);
const variants: readonly WordVariant[] = [...wordAlignments, { id: 'borderless', isCentredVertically: false, isBorderless: true }];
const textFamilies = tabTableFamilies(only);

// The families whose build.ts writes an .xlsx or a .docx, printed as they are (Calc prints no grid lines: borderless).
const renderDirectory = path.join(fixturesDirectory, '../render');
const renderSources = readdirSync(renderDirectory)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => readFileSync(path.join(renderDirectory, file), 'utf8'));
const officeJobs: Array<PrintJob & { family: string }> = [];
for (const family of listFamilies()) {
  if (only.length > 0 && !only.includes(family)) continue;
  const builder = path.join(fixturesDirectory, family, 'build.ts');
  let built;
  try {
    built = await loadFixtureFile(family);
  } catch {
    continue;
  }
  const extension = /\.(xlsx|docx)$/.exec(built.fileName)?.[1];
  if (extension !== 'xlsx' && extension !== 'docx') continue;
  const bytes = built.bytes;
  officeJobs.push({
    family,
    name: `${family}.office`,
    extension,
    key: createHash('sha256').update(JSON.stringify([readFileSync(builder, 'utf8'), renderSources])).digest('hex'),
    write: () => Promise.resolve(bytes),
  });
}

const pdfs = await printToPdf([
  ...textFamilies.flatMap((family) => variants.map((variant) => tabDumpJob(family, variant))),
  ...officeJobs,
]);

const { count, printTotals } = createFactTally();
async function measurePdf(family: string, name: string): Promise<{ readRight: number; lost: string[] }> {
  const bytes = readFileSync(pdfs.get(name)!);
  return measureRewrittenFile(family, { fileName: `${family}.pdf`, bytes });
}

const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(
  `# our PDF reader over LibreOffice PDFs ${new Date().toISOString()} — load ${load}, ${textFamilies.length} Word tab-dump families, ${officeJobs.length} Office families`,
);
for (const family of textFamilies) {
  const parts: string[] = [];
  for (const variant of variants) {
    const { readRight, lost } = await measurePdf(family, `${family}.${variant.id}`);
    parts.push(count(variant.id, readRight, lost));
  }
  console.log(`  ${family}:\n    ${parts.join('\n    ')}`);
}
for (const job of officeJobs) {
  const { readRight, lost } = await measurePdf(job.family, job.name);
  console.log(`  ${job.family}:\n    ${count(`${job.extension} printed`, readRight, lost)}`);
}
const all = printTotals();
console.log(`all: ${all.kept} / ${all.families} PDFs keep every fact, ${all.readRight - all.lost} / ${all.readRight} facts kept`);
