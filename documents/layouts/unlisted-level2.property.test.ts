/**
 * The same table in another shape reads the same, with 二级 names no vocabulary lists (工作质量类,
 * 办件时效, 群众评价): in layouts without cell separators (runs of spaces, fixed width, one cell per
 * line) only the row around such a word tells it from an indicator's name (docs/layouts.md, "Fourth
 * study"). Generated documents are renamed, rendered in every round-trip family and read back.
 * Families the reader cannot read back are `it.fails`, as in round-trip.property.test.ts.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { PerformanceDocument } from '../../core/model.ts';
import {
  departmentSelfEvaluation,
  departmentTargetTable,
  projectApprovalTable,
  projectMonitoringTable,
  projectSelfEvaluation,
  projectTargetTable,
  withUnlistedLevel2Names,
} from './render/arbitrary-document.ts';
import { roundTripFamilies } from './render/round-trip-families.ts';
import { assertReadsBack } from './reads-back.ts';

const seed = Number(process.env.JIXIAO_PROPERTY_SEED ?? 7);
const numRuns = 6;

/**
 * Shapes where the lines cannot tell an unknown 二级 from the cell before it, `it.fails` here. None with
 * this seed since readers-18: a 监控表 one cell per line or on one line (its empty 偏差原因 left no line)
 * reads the word after a row on track (确定能) as the next row's 二级 in a table that names 二级 of its own.
 * After a row not on track (有可能) the word stays its 偏差原因 (grid/detectors/own-level2-words.test.ts),
 * which some seeds generate: add the family here if a seed's sample shows it.
 */
const ambiguous: Readonly<Record<string, ReadonlySet<string>>> = {};

const kinds: ReadonlyArray<{ name: string; arbitrary: fc.Arbitrary<PerformanceDocument> }> = [
  { name: '部门整体支出绩效目标表', arbitrary: departmentTargetTable },
  { name: '项目支出绩效目标表', arbitrary: projectTargetTable },
  { name: '项目支出绩效自评表', arbitrary: projectSelfEvaluation },
  { name: '部门整体支出绩效自评表', arbitrary: departmentSelfEvaluation },
  { name: '项目支出绩效目标批复表', arbitrary: projectApprovalTable },
  { name: '项目支出绩效运行监控表', arbitrary: projectMonitoringTable },
];

for (const kind of kinds) {
  describe(`a ${kind.name} whose 二级 names are outside the vocabulary`, () => {
    const renamed = kind.arbitrary.map(withUnlistedLevel2Names);
    for (const family of roundTripFamilies) {
      const sample = fc.sample(renamed, { seed, numRuns: 1 })[0];
      if (!sample || !family.appliesTo(sample)) continue;
      const isAmbiguous = ambiguous[kind.name]?.has(family.id) ?? false;
      const property = () => fc.assert(fc.asyncProperty(renamed, (document) => assertReadsBack(family, document)), { seed, numRuns, endOnFailure: isAmbiguous });
      if (isAmbiguous) it.fails(`does not read back every 二级 when written as ${family.id} (the lines are ambiguous)`, property, 60_000);
      else it(`reads back every fact when written as ${family.id}`, property, 60_000);
    }
  });
}
