import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../core/analyse.ts';
import { sumDecimals } from '../../../core/decimal.ts';
import { documentSchema, eachIndicator, type PerformanceDocument } from '../../../core/model.ts';
import { createDemoApprovalTable } from './approval-table.ts';
import { createDemoEvaluationReport } from './evaluation-report.ts';
import { createDemoSelfEvaluation } from './self-evaluation.ts';
import { createDemoTargetTable } from './target-table.ts';

const unit = '演示县公安局';
const bodies: Array<[string, PerformanceDocument]> = [
  ['target table', createDemoTargetTable({ unit, year: 2025 })],
  ['approval table', createDemoApprovalTable({ unit: '演示县教育局', year: 2025 })],
  ['self-evaluation', createDemoSelfEvaluation({ unit, year: 2025 })],
  ['education target table', createDemoTargetTable({ unit: '示范县第一中学', year: 2025, theme: 'education' })],
  ['justice target table', createDemoTargetTable({ unit: '示范县司法局', year: 2025, theme: 'justice' })],
  ['justice self-evaluation', createDemoSelfEvaluation({ unit: '示范县司法局', year: 2025, theme: 'justice' })],
  ['education self-evaluation', createDemoSelfEvaluation({ unit: '示范县第一中学', year: 2025, theme: 'education' })],
  ['evaluation report', createDemoEvaluationReport({ unit, year: 2025 })],
  ['justice evaluation report', createDemoEvaluationReport({ unit: '示范县司法局', year: 2025, theme: 'justice' })],
];

describe('demo document bodies', () => {
  it.each(bodies)('the demo %s is a valid document of the model', (_label, body) => {
    expect(documentSchema.parse(body)).toEqual(body);
    expect(body.unit).not.toBe('');
  });

  it.each(bodies)('the demo %s has budget parts that add up to their totals', (_label, body) => {
    const { bySource, byNature } = body.budget;
    if (bySource) expect(sumDecimals([bySource.generalPublic, bySource.governmentFund, bySource.specialAccount, bySource.other]).toFixed(2)).toBe(bySource.total);
    if (byNature) expect(sumDecimals([byNature.basic, byNature.project]).toFixed(2)).toBe(byNature.total);
    for (const list of body.report?.moneyLists ?? []) {
      expect(sumDecimals(list.items.map((item) => item.amount)).toFixed(2)).toBe(list.amount);
    }
  });

  it('reads every demo target value as a measured target (no vague or unparsed value)', () => {
    for (const [, body] of bodies) {
      for (const { indicator } of eachIndicator(body)) expect(indicator.target?.value, indicator.name).not.toBeNull();
    }
  });

  it.each(['public-security', 'justice', 'education'] as const)('states a %s self-evaluation total that the scoring rules confirm', (theme) => {
    const analysed = analyseDocument(createDemoSelfEvaluation({ unit, year: 2025, theme }));
    expect(analysed.totals.score).not.toBeNull();
    expect(analysed.totals.suggestedScore).toBe(analysed.totals.score);
    expect(analysed.budget.suggestedScore).toBe(analysed.budget.score);
  });

  it.each(['public-security', 'justice', 'education'] as const)('leaves the missed %s indicator without a deviation reason only in the incomplete variant', (theme) => {
    const missed = (body: PerformanceDocument) => body.goals[0]?.indicators.find((indicator) => indicator.deviation !== undefined);
    expect(missed(createDemoSelfEvaluation({ unit, year: 2025, theme }))?.deviation).toMatch(/下一步/);
    expect(missed(createDemoSelfEvaluation({ unit, year: 2025, theme, hasDeviationReasons: false }))?.deviation).toBe('');
  });
});
