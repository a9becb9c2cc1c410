/**
 * `npx tsx bench/pdftotext-real.ts [family…]`: the tab-dump families that hold an indicator table
 * written as the Word document they came from (render/tab-dump-office.ts: runs of tab rows as tables,
 * goal and level columns merged down, columns set by their text to fill the page), once with cells at
 * the top (Word's default) and once centred vertically (many templates), saved as PDF by LibreOffice,
 * then extracted by real poppler `pdftotext -layout` and plain `pdftotext`; prints per family the facts
 * the source reads right that each text keeps. Needs soffice and pdftotext; the PDFs (bench/family-pdfs.ts)
 * and texts stay in a temporary folder ($JIXIAO_PDFTOTEXT_DIR, default /tmp/jixiao-pdftotext-real), made
 * again only when a family's table or the writers change. BENCHMARKS.md records the results.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { measureRewrittenText } from '../documents/layouts/variation/measure.ts';
import { createFactTally, pdfWorkDirectory as work, printToPdf, tabDumpJob, tabTableFamilies, wordAlignments as alignments } from './family-pdfs.ts';

const families = tabTableFamilies(process.argv.slice(2));
const modes = [
  { id: 'layout', arguments: ['-layout'] },
  { id: 'plain', arguments: [] },
] as const;

// Word documents whose blocks (or writers) changed since the last run, converted by one LibreOffice call (family-pdfs.ts).
await printToPdf(families.flatMap((family) => alignments.map((alignment) => tabDumpJob(family, alignment))));

const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`# real pdftotext of LibreOffice PDFs ${new Date().toISOString()} — load ${load}, ${families.length} families`);
const { count, printTotals } = createFactTally();
for (const family of families) {
  const parts: string[] = [];
  for (const alignment of alignments) {
    for (const mode of modes) {
      const name = `${family}.${alignment.id}`;
      const textPath = path.join(work, `${name}.${mode.id}.txt`);
      execFileSync('pdftotext', [...mode.arguments, '-enc', 'UTF-8', path.join(work, `${name}.pdf`), textPath]);
      const { readRight, lost } = await measureRewrittenText(family, readFileSync(textPath, 'utf8'));
      parts.push(count(`${alignment.id} ${mode.id}`, readRight, lost));
    }
  }
  console.log(`  ${family}:\n    ${parts.join('\n    ')}`);
}
printTotals();
