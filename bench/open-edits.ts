/**
 * `npx tsx bench/open-edits.ts`: the facts each open `<edit>/<family>` pair of
 * documents/layouts/variation/open-edits.ts still loses (variation.test.ts holds them as it.fails).
 * Prints the pairs with the facts lost and the total; BENCHMARKS.md records the results.
 */
import { readFileSync } from 'node:fs';
import { textEdits } from '../documents/layouts/variation/edits.ts';
import { measureEdit } from '../documents/layouts/variation/measure.ts';
import { openEdits } from '../documents/layouts/variation/open-edits.ts';

const started = performance.now();
let lostTotal = 0;
for (const pair of openEdits.keys()) {
  const [editId, family = ''] = pair.split('/');
  const edit = textEdits.find((candidate) => candidate.id === editId);
  if (edit === undefined) throw new Error(`no edit ${editId}`);
  const { lost } = await measureEdit(family, edit);
  lostTotal += lost.length;
  console.log(`  ${pair}: ${lost.length} lost${lost.length > 0 ? ` (${lost.slice(0, 4).join('; ')})` : ''}`);
}
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`合计 total: ${openEdits.size} open pairs, ${lostTotal} facts lost — load ${load}, ${((performance.now() - started) / 1000).toFixed(1)} s`);
