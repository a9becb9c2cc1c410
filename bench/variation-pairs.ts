/**
 * `npx tsx bench/variation-pairs.ts [edit…]`: every pair of the edits of
 * documents/layouts/variation/edits.ts on every text family where both apply (the test,
 * documents/layouts/variation-pairs.test.ts, tries a fixed sample). Prints the pairs kept per edit
 * pair that loses any, the families and facts lost, and the total. With edit ids, only pairs that
 * hold one of them. A family one edit alone does not keep yet (variation/open-edits.ts) is left out
 * of the pairs holding that edit, as in the test. BENCHMARKS.md records the results.
 */
import { readFileSync } from 'node:fs';
import { textEdits } from '../documents/layouts/variation/edits.ts';
import { listTextFamilies, measureEdit, readSource } from '../documents/layouts/variation/measure.ts';
import { openEdits } from '../documents/layouts/variation/open-edits.ts';
import { bothApply, composeEdits } from '../documents/layouts/variation/pairs.ts';

const only = process.argv.slice(2);
const families = listTextFamilies();
const started = performance.now();
let tested = 0;
let kept = 0;
const losing: string[] = [];

for (const [place, first] of textEdits.entries()) {
  for (const second of textEdits.slice(place + 1)) {
    if (only.length > 0 && !only.includes(first.id) && !only.includes(second.id)) continue;
    const pair = composeEdits(first, second);
    let pairTested = 0;
    const lostHere: string[] = [];
    for (const family of families) {
      // A family one edit alone does not keep yet (openEdits) is counted there, not here.
      if (openEdits.has(`${first.id}/${family}`) || openEdits.has(`${second.id}/${family}`)) continue;
      if (!bothApply(first, second, readSource(family))) continue;
      pairTested += 1;
      const { lost } = await measureEdit(family, pair);
      if (lost.length === 0) continue;
      lostHere.push(`    ${family}: ${lost.length} lost (${lost.slice(0, 3).join('; ')})`);
    }
    tested += pairTested;
    kept += pairTested - lostHere.length;
    if (lostHere.length > 0) losing.push(`  ${pair.id}: ${pairTested - lostHere.length} / ${pairTested}`, ...lostHere);
  }
}

const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`# 成对编辑 (pairs of edits) ${new Date().toISOString()} — load ${load}, ${textEdits.length} edits, ${families.length} text families`);
console.log(losing.length > 0 ? losing.join('\n') : '  every pair keeps every fact');
console.log(`合计 total: ${kept} / ${tested} pair × family reads keep every fact, ${((performance.now() - started) / 1000).toFixed(1)} s`);
