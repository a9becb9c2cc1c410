/**
 * `npx tsx bench/converter-edits.ts [edit…]`: each edit of documents/layouts/variation/edits.ts (by
 * default the converter edits of variation/converter-edits.ts) on every text family it changes; prints
 * the families kept, and for each that loses, how many facts and which. BENCHMARKS.md records the results.
 */
import { readFileSync } from 'node:fs';
import { textEdits } from '../documents/layouts/variation/edits.ts';
import { listTextFamilies, measureEdit } from '../documents/layouts/variation/measure.ts';

const CONVERTER_EDITS = ['merged-cells-repeated', 'docx2txt-cells', 'cell-per-line', 'markdown-pipes'];
const only = process.argv.slice(2).length > 0 ? process.argv.slice(2) : CONVERTER_EDITS;
const families = listTextFamilies();
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`# converter edits ${new Date().toISOString()} — load ${load}, ${families.length} text families`);
for (const edit of textEdits.filter((candidate) => only.includes(candidate.id))) {
  let changed = 0;
  let lostFacts = 0;
  const losing: string[] = [];
  for (const family of families) {
    const { unchanged, lost } = await measureEdit(family, edit);
    if (unchanged) continue;
    changed += 1;
    if (lost.length === 0) continue;
    lostFacts += lost.length;
    losing.push(`    ${family}: ${lost.length} lost (${lost.slice(0, 4).join('; ')})`);
  }
  console.log(`  ${edit.id}: ${changed - losing.length} / ${changed} families keep every fact, ${lostFacts} facts lost`);
  if (losing.length > 0) console.log(losing.join('\n'));
}
