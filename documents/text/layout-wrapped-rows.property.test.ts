/**
 * The same table in fixed-width with and without wrapping reads the same: documents generated from the
 * model (documents/layouts/render/arbitrary-document.ts), written as the text of a PDF in layout mode
 * whose cells wrap in their columns and centre in their rows, merged levels centred over their rows
 * (layout-wrapped-testing.ts), read back through the real import path: every fact must come back, as
 * it does from the unwrapped fixed-width family (documents/layouts/round-trip.property.test.ts).
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { departmentSelfEvaluation, departmentTargetTable, projectApprovalTable, projectMonitoringTable, projectSelfEvaluation, projectTargetTable } from '../layouts/render/arbitrary-document.ts';
import { assertReadsBack } from '../layouts/reads-back.ts';
import { layoutWrappedFamily } from './layout-wrapped-testing.ts';

const seed = Number(process.env.JIXIAO_PROPERTY_SEED ?? 7);
const numRuns = 10;

const kinds = [
  { name: '项目支出绩效目标表', arbitrary: projectTargetTable, readsToday: true },
  { name: '项目支出绩效目标批复表', arbitrary: projectApprovalTable, readsToday: true },
  { name: '项目支出绩效自评表', arbitrary: projectSelfEvaluation, readsToday: true },
  { name: '项目支出绩效运行监控表', arbitrary: projectMonitoringTable, readsToday: true },
  { name: '部门整体支出绩效目标表 (2–5 goals)', arbitrary: departmentTargetTable, readsToday: true },
  { name: '部门整体支出绩效自评表', arbitrary: departmentSelfEvaluation, readsToday: true },
];

describe('a table whose cells wrapped in a PDF’s layout text reads as the unwrapped one', () => {
  for (const kind of kinds) {
    const property = () =>
      fc.assert(
        fc.asyncProperty(kind.arbitrary, (document) => assertReadsBack(layoutWrappedFamily, document)),
        { seed, numRuns, endOnFailure: !kind.readsToday },
      );
    if (kind.readsToday) it(`reads back every fact of a ${kind.name}`, property, 60_000);
    else it.fails(`does not yet read back every fact of a ${kind.name} (flip once it does)`, property, 60_000);
  }
});
