/**
 * Issue #8 item 10: the same table in another shape reads the same. Documents generated from the
 * model are rendered in every layout family (documents/layouts/render) and read back through the
 * real import path; their facts must come back unchanged. Families the reader cannot read back
 * yet are `it.fails`: the day a reader fix makes one pass, its test turns red and must be moved
 * to `readsToday`. The seed is fixed so that both lists are deterministic
 * (JIXIAO_PROPERTY_SEED=<n> explores other documents).
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { departmentSelfEvaluation, departmentTargetTable, projectApprovalTable, projectMonitoringTable, projectSelfEvaluation, projectTargetTable } from './render/arbitrary-document.ts';
import { roundTripFamilies } from './render/round-trip-families.ts';
import { assertReadsBack } from './reads-back.ts';

const seed = Number(process.env.JIXIAO_PROPERTY_SEED ?? 7);
const numRuns = 10;

const kinds = [
  {
    name: '部门整体支出绩效目标表 (2–5 goals)',
    arbitrary: departmentTargetTable,
    readsToday: new Set(['one-line', 'tabs', 'pipes', 'runs-of-spaces', 'cell-per-line', 'fixed-width', 'variant-wordings', 'variant-wordings-cell-per-line', 'serial-column', 'two-header-rows-serial', 'two-header-rows', 'three-header-rows', 'xlsx-merged-cells', 'docx-merged-cells', 'product-xlsx-writer', 'product-docx-writer', 'amounts-in-yuan', 'traditional-characters']),
  },
  {
    name: '项目支出绩效目标表',
    arbitrary: projectTargetTable,
    readsToday: new Set(['one-line', 'tabs', 'pipes', 'runs-of-spaces', 'cell-per-line', 'fixed-width', 'variant-wordings', 'variant-wordings-cell-per-line', 'two-header-rows', 'three-header-rows', 'serial-column', 'two-header-rows-serial', 'xlsx-merged-cells', 'docx-merged-cells', 'product-xlsx-writer', 'product-docx-writer', 'amounts-in-yuan', 'traditional-characters']),
  },
  {
    name: '项目支出绩效自评表',
    arbitrary: projectSelfEvaluation,
    readsToday: new Set(['one-line', 'tabs', 'pipes', 'runs-of-spaces', 'cell-per-line', 'fixed-width', 'variant-wordings', 'variant-wordings-cell-per-line', 'serial-column', 'two-header-rows-serial', 'reordered-columns', 'level-weights', 'level-weights-fixed-width', 'two-header-rows', 'three-header-rows', 'xlsx-merged-cells', 'docx-merged-cells', 'product-xlsx-writer', 'product-docx-writer', 'amounts-in-yuan', 'traditional-characters']),
  },
  {
    name: '部门整体支出绩效自评表',
    arbitrary: departmentSelfEvaluation,
    readsToday: new Set(['one-line', 'tabs', 'pipes', 'runs-of-spaces', 'cell-per-line', 'fixed-width', 'variant-wordings', 'variant-wordings-cell-per-line', 'serial-column', 'two-header-rows-serial', 'reordered-columns', 'level-weights', 'level-weights-fixed-width', 'two-header-rows', 'three-header-rows', 'xlsx-merged-cells', 'docx-merged-cells', 'product-xlsx-writer', 'product-docx-writer', 'amounts-in-yuan', 'traditional-characters']),
  },
  {
    name: '项目支出绩效目标批复表',
    arbitrary: projectApprovalTable,
    readsToday: new Set(['one-line', 'tabs', 'pipes', 'runs-of-spaces', 'cell-per-line', 'fixed-width', 'variant-wordings', 'variant-wordings-cell-per-line', 'serial-column', 'two-header-rows-serial', 'two-header-rows', 'three-header-rows', 'xlsx-merged-cells', 'docx-merged-cells', 'product-xlsx-writer', 'product-docx-writer', 'amounts-in-yuan', 'traditional-characters']),
  },
  {
    name: '项目支出绩效运行监控表',
    arbitrary: projectMonitoringTable,
    readsToday: new Set(['one-line', 'tabs', 'pipes', 'runs-of-spaces', 'cell-per-line', 'fixed-width', 'variant-wordings', 'variant-wordings-cell-per-line', 'serial-column', 'two-header-rows-serial', 'two-header-rows', 'three-header-rows', 'xlsx-merged-cells', 'docx-merged-cells', 'product-xlsx-writer', 'product-docx-writer', 'amounts-in-yuan', 'traditional-characters']),
  },
];

for (const kind of kinds) {
  describe(`round trip of a ${kind.name}`, () => {
    for (const family of roundTripFamilies) {
      const sample = fc.sample(kind.arbitrary, { seed, numRuns: 1 })[0];
      if (!sample || !family.appliesTo(sample)) continue;
      const readsToday = kind.readsToday.has(family.id);
      // An expected failure needs no shrinking: the first failing document is enough.
      const property = () =>
        fc.assert(
          fc.asyncProperty(kind.arbitrary, (document) => assertReadsBack(family, document)),
          { seed, numRuns, endOnFailure: !readsToday },
        );
      if (readsToday) {
        it(`reads back every fact when written as ${family.id}`, property, 60_000);
      } else {
        it.fails(`does not yet read back every fact when written as ${family.id} (flip to readsToday once it does)`, property, 60_000);
      }
    }
  });
}
