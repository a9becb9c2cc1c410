import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../../../core/analyse.ts';
import { documentSchema, type PerformanceDocument } from '../../../core/model.ts';
import { createDemoSelfEvaluation } from '../../demo/documents/self-evaluation.ts';
import { draftReport } from '../../../documents/report-draft/draft-report.ts';

// What createEvaluationReport runs in a worker thread (deps.heavyWork.draftReport), before the final analysis.
const draftEvaluationReport = (selfEvaluation: PerformanceDocument) => draftReport({ selfEvaluation });
const selfEvaluation = analyseDocument(createDemoSelfEvaluation({ unit: '示范县公安局', year: 2025 }));

function sectionText(title: string, document = draftEvaluationReport(selfEvaluation)): string | undefined {
  return document.report?.sections.find((section) => section.title === title)?.text;
}

describe('draftEvaluationReport', () => {
  it('drafts a valid evaluation report of the same unit and year', () => {
    const report = draftEvaluationReport(selfEvaluation);
    expect(documentSchema.parse(report)).toEqual(report);
    expect(report).toMatchObject({
      kind: 'evaluation-report',
      unit: '示范县公安局',
      year: 2025,
      budget: { total: '6820.40', executed: '6695.12' },
    });
  });

  it('states the score, grade and execution the self-evaluation gives', () => {
    expect(sectionText('绩效情况')).toContain(
      '单位自评得分 99.07 分，等级为“优”。全年预算数 6820.40 万元，全年执行数 6695.12 万元，预算执行率 98.16%。',
    );
  });

  it('computes the execution rate when the self-evaluation states none', () => {
    const withoutRate = { ...selfEvaluation, budget: { ...selfEvaluation.budget, executionRate: null } };
    expect(sectionText('绩效情况', draftEvaluationReport(withoutRate))).toContain('预算执行率 98.16%');
  });

  it('lists each indicator whose actual falls short of its target as a problem, or says all were met', () => {
    expect(sectionText('存在的问题及原因分析')?.split('\n')).toHaveLength(1);
    const allMet = {
      ...selfEvaluation,
      goals: selfEvaluation.goals.map((goal) => ({
        ...goal,
        indicators: goal.indicators.map((indicator) => ({ ...indicator, actual: indicator.target })),
      })),
    };
    expect(sectionText('存在的问题及原因分析', draftEvaluationReport(allMet))).toBe('年度绩效指标均已完成。');
  });

  it('leaves the improvement measures for the unit to write', () => {
    expect(sectionText('下一步改进措施')).toBe('');
  });
});
