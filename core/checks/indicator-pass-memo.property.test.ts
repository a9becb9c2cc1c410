/**
 * The saves' memo (indicator-pass-memo.ts) must not change what analysis gives: for a stored body
 * analysed with the memo, then edited (rows replaced by new objects, rows from another document,
 * a row moved, the same object twice), analysing the edit with the memo gives the JSON the
 * analysis without it gives, under any rule pack, also when the memo was filled under another.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Goal, Indicator, PerformanceDocument } from '../model.ts';
import { analyseChainedWithPack, analyseWithPack, policiesOfPack, rulePacks } from '../rule-packs/index.ts';
import { withPlainFindings } from './indicator-finding.ts';
import { IndicatorPassMemo } from './indicator-pass-memo.ts';
import { documentArbitrary } from '../../test-support/document-arbitrary.ts';

const packs = rulePacks;

/** What a save stores: the analysis with its findings and rows made (the objects the next save gets). */
function asStored(document: PerformanceDocument): PerformanceDocument {
  const plain = withPlainFindings(document);
  for (const goal of plain.goals) void goal.indicators;
  return plain;
}

type Edit =
  | { kind: 'change'; at: number; field: 'score' | 'weight' | 'name' | 'target'; pick: number }
  | { kind: 'donor'; at: number; pick: number }
  | { kind: 'move'; at: number; to: number }
  | { kind: 'repeat'; at: number; to: number };

const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('change' as const), at: fc.nat(), field: fc.constantFrom('score' as const, 'weight' as const, 'name' as const, 'target' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('donor' as const), at: fc.nat(), pick: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), to: fc.nat() }),
);

const scores = ['0', '1', '2.5', '12', '-1', null];
const names = ['巡逻次数', '办结率', '', '满意度', '新指标'];
const targets = ['≥100%', '有效提升', '无', '', '95分'];

/** `stored` with the edits applied, unchanged rows kept as the same objects (as saveIndicator builds it). */
function applyEdits(stored: PerformanceDocument, donor: PerformanceDocument, edits: Edit[]): PerformanceDocument {
  const goals: Goal[] = stored.goals.map((goal) => ({ ...goal, indicators: [...goal.indicators] }));
  const donorRows = donor.goals.flatMap((goal) => goal.indicators);
  const places = () => goals.flatMap((goal, goalIndex) => goal.indicators.map((_, indicatorIndex) => [goalIndex, indicatorIndex] as const));
  for (const edit of edits) {
    const all = places();
    if (all.length === 0) break;
    const [goalIndex, indicatorIndex] = all[edit.at % all.length]!;
    const rows = goals[goalIndex]!.indicators;
    const row = rows[indicatorIndex]!;
    if (edit.kind === 'change') {
      const changed: Indicator =
        edit.field === 'score' ? { ...row, score: scores[edit.pick % scores.length] ?? null }
        : edit.field === 'weight' ? { ...row, weight: scores[edit.pick % scores.length] ?? null }
        : edit.field === 'name' ? { ...row, name: names[edit.pick % names.length]! }
        : { ...row, target: row.target ? { ...row.target, text: targets[edit.pick % targets.length]! } : null };
      rows[indicatorIndex] = changed;
    } else if (edit.kind === 'donor') {
      if (donorRows.length > 0) rows[indicatorIndex] = donorRows[edit.pick % donorRows.length]!;
    } else {
      const [toGoal, toIndex] = all[edit.to % all.length]!;
      if (edit.kind === 'move') rows.splice(indicatorIndex, 1);
      const target = goals[toGoal]!.indicators;
      target.splice(Math.min(toIndex, target.length), 0, row);
    }
  }
  return { ...stored, goals };
}

describe('IndicatorPassMemo', () => {
  it('gives the analysis without it for edited versions of a stored body, under every rule pack', () => {
    fc.assert(
      fc.property(
        documentArbitrary,
        documentArbitrary,
        fc.array(editArbitrary, { maxLength: 6 }),
        fc.nat(packs.length - 1),
        fc.nat(packs.length - 1),
        (first, donor, edits, storedPack, savePack) => {
          const memo = new IndicatorPassMemo();
          // The donor's rows analysed first too: rows memoised at another place and in another document.
          asStored(analyseWithPack(donor, packs[savePack]!, memo));
          const stored = asStored(analyseWithPack(first, packs[storedPack]!, memo));
          const edited = applyEdits(stored, donor, edits);
          const pack = packs[savePack]!;
          const expected = JSON.stringify(asStored(analyseWithPack(edited, pack)));
          expect(JSON.stringify(asStored(analyseWithPack(edited, pack, memo)))).toBe(expected);
          // A second save of the same body, every row now memoised, chain findings added as a save does.
          expect(JSON.stringify(asStored(analyseChainedWithPack(edited, pack, {}, memo)))).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('works out a row again under another policy', () => {
    const document = fc.sample(documentArbitrary.filter((sample) => sample.goals.some((goal) => goal.indicators.length > 0)), { seed: 3, numRuns: 1 })[0]!;
    const memo = new IndicatorPassMemo();
    const row = document.goals.flatMap((goal) => goal.indicators)[0]!;
    analyseWithPack(document, packs[0]!, memo);
    expect(memo.get(row, analysePolicy(0))).toBeDefined();
    expect(packs.length).toBeGreaterThan(1);
    expect(memo.get(row, analysePolicy(1))).toBeUndefined();
  });
});

function analysePolicy(packIndex: number) {
  return policiesOfPack(packs[packIndex]!).scoring;
}
