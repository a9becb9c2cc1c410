/**
 * The four real samples under every pack, against the numbers documented in docs/rule-packs.md
 * (table "The samples under each pack"), and each total re-added from its parts with decimal.js.
 */
import { describe, expect, it } from 'vitest';
import { Dec, toDecimal } from '../decimal.ts';
import { eachIndicator, type PerformanceDocument } from '../model.ts';
import { readText } from '../../documents/text/read-text.ts';
import { hasSeeds, readSeed } from '../../test-support/seeds.ts';
import { analyseWithPack, getRulePack, rulePacks } from './index.ts';

type Documented = [seed: '000' | '001' | '002' | '003', pack: string, total: string | null, grade: string | null, weightFindings: number];

const documented: Documented[] = [
  ['001', 'national', '97.87', '优', 0],
  ['001', 'execution-20', '97.87', '优', 1],
  ['001', 'sichuan-60-30', '97.87', '优', 2],
  ['001', 'chongqing-coefficient', '97.87', '优', 0],
  ['001', 'grades-80-70-60', '97.9', '优', 0],
  ...rulePacks.flatMap((pack) => (['000', '002', '003'] as const).map((seed): Documented => [seed, pack.name, null, null, 0])),
];

function read(seed: Documented[0]): PerformanceDocument {
  const document = readText(readSeed(seed));
  if (!document) throw new Error(`seed ${seed} did not read`);
  return document;
}

describe.skipIf(!hasSeeds)('the samples under every pack', () => {
  it.each(documented)('sample %s under %s: total %s (%s), %i weight finding(s)', (seed, packName, total, grade, weightFindings) => {
    const scored = analyseWithPack(read(seed), getRulePack(packName));
    expect([scored.totals.suggestedScore ?? null, scored.totals.suggestedGrade ?? null]).toEqual([total, grade]);
    expect(scored.findings.filter((finding) => finding.code === 'weight-sum-mismatch')).toHaveLength(weightFindings);
    expect(scored.rulePack).toBe(`${packName}@1`);
  });

  it.each(rulePacks.map((pack) => [pack.name]))('adds up sample 001’s total from its parts under %s', (packName) => {
    const scored = analyseWithPack(read('001'), getRulePack(packName));
    let sum = toDecimal(scored.budget.suggestedScore) ?? new Dec(0);
    for (const { indicator } of eachIndicator(scored)) sum = sum.plus(toDecimal(indicator.suggestedScore ?? indicator.score) ?? 0);
    // No pack here deducts or caps at 100% execution with these actuals: the total is the plain sum.
    expect(sum.toFixed()).toBe(new Dec(scored.totals.suggestedScore ?? '0').toFixed());
  });
});
