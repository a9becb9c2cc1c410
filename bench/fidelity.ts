/**
 * `npm run fidelity [-- --json] [-- --update-floors] [-- family…]`: reads every layout fixture
 * (documents/layouts/fixtures) through the real import path and prints, per family, the facts
 * read right out of the facts expected, with the first missing and wrong facts, then the total.
 * --update-floors raises documents/layouts/floors.json to today's matched counts (the ratchet that
 * documents/layouts/fidelity.test.ts holds; a regression keeps its floor); --reset-floors writes
 * today's counts even where lower (after correcting a fixture). BENCHMARKS.md records the results.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { measureAllFamilies, measureFamily, type FamilyResult } from '../documents/layouts/run-fixtures.ts';
import { floorsFile, writeFloors } from '../documents/layouts/floors.ts';

const SHOWN_PROBLEMS = 4;

function percent(matched: number, expected: number): string {
  return expected === 0 ? '—' : `${((matched / expected) * 100).toFixed(1)}%`;
}

function describe(result: FamilyResult): string {
  const head = `${result.family.padEnd(44)} ${String(result.matched).padStart(4)} / ${String(result.expected).padEnd(4)} ${percent(result.matched, result.expected).padStart(7)}`;
  const notes: string[] = [];
  if (result.refusal) notes.push(`    拒绝/出错: ${result.refusal.slice(0, 160)}`);
  if (result.missing.length > 0) notes.push(`    缺失(${result.missing.length}): ${result.missing.slice(0, SHOWN_PROBLEMS).join('; ')}`);
  if (result.wrong.length > 0) notes.push(`    错误(${result.wrong.length}): ${result.wrong.slice(0, SHOWN_PROBLEMS).join('; ')}`);
  return [head, ...notes].join('\n');
}

const args = process.argv.slice(2);
const families = args.filter((arg) => !arg.startsWith('-'));
const results = families.length > 0 ? await Promise.all(families.map((family) => measureFamily(family))) : await measureAllFamilies();
const matched = results.reduce((sum, result) => sum + result.matched, 0);
const expected = results.reduce((sum, result) => sum + result.expected, 0);

if (args.includes('--json')) {
  console.log(JSON.stringify({ date: new Date().toISOString(), matched, expected, families: results }, null, 2));
} else {
  console.log(`# 版式保真度 (layout fidelity) ${new Date().toISOString()} — load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}, ${os.cpus().length} cores`);
  for (const result of results) console.log(describe(result));
  console.log(`\n合计 total: ${matched} / ${expected} facts read right (${percent(matched, expected)}) over ${results.length} families`);
}
const isReset = args.includes('--reset-floors');
if (args.includes('--update-floors') || isReset) {
  if (families.length > 0) {
    console.log('更新下限需要全部版式族：请不带版式名运行');
    process.exitCode = 2;
  } else {
    const kept = writeFloors(results, isReset);
    console.log(`已更新 ${floorsFile}`);
    if (kept.length > 0) {
      console.log(`以下版式族读对的事实少于下限，下限未降低（确需降低请用 --reset-floors）：\n  ${kept.join('\n  ')}`);
      process.exitCode = 1;
    }
  }
}
