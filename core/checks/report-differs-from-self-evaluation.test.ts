import { describe, expect, it } from 'vitest';
import { parseIndicatorValue } from '../indicator-value/index.ts';
import { createEmptyDocument, type Indicator, type PerformanceDocument } from '../model.ts';
import { withChainFindings } from './chain-checks.ts';
import { checkReportAgainstSelfEvaluation, countMetIndicators } from './report-differs-from-self-evaluation.ts';

function indicator(name: string, target: string, actual: string | null): Indicator {
  return {
    level1: '产出指标',
    level2: '数量指标',
    name,
    target: parseIndicatorValue(target, { name }),
    actual: actual === null ? null : parseIndicatorValue(actual, { name }),
    weight: '10',
  };
}

/** A self-evaluation of 河道保洁 2025: 4 indicators, 2 met, 1 not met, 1 without an actual value. */
function buildSelfEvaluation(): PerformanceDocument {
  const document = createEmptyDocument('self-evaluation', 'project');
  document.project = '河道保洁';
  document.year = 2025;
  document.budget = { initial: '80', adjusted: '80', executed: '60', executionRate: '75' };
  document.totals = { score: '86.5', grade: '良' };
  document.goals = [
    {
      name: '',
      indicators: [
        indicator('保洁河道长度', '≥40公里', '42公里'),
        indicator('保洁频次', '≥2次/周', '2次/周'),
        indicator('垃圾清运量', '≥500吨', '300吨'),
        indicator('群众满意度', '≥90%', null),
      ],
    },
  ];
  return document;
}

/** The report telling exactly the self-evaluation's figures; tests change one thing each. */
function buildReport(change: (report: PerformanceDocument) => void = () => {}): PerformanceDocument {
  const report = createEmptyDocument('evaluation-report', 'project');
  report.project = '河道保洁';
  report.year = 2025;
  report.budget = { initial: '80.00', adjusted: '80', executed: '60', executionRate: '75.0' };
  report.totals = { score: '86.50', grade: '良' };
  report.report = { sections: [], moneyLists: [], completionCounts: [{ total: 4, completed: 2, rate: '50' }] };
  change(report);
  return report;
}

const selfEvaluation = buildSelfEvaluation();

function check(report: PerformanceDocument) {
  return checkReportAgainstSelfEvaluation({ report, selfEvaluation }).map((finding) => finding.path);
}

describe('checkReportAgainstSelfEvaluation', () => {
  it('stays silent when the report tells the self-evaluation’s figures (number forms and rounding aside)', () => {
    expect(check(buildReport())).toEqual([]);
  });

  it.each([
    ['年初预算数', 'initial', '85', 'budget.initial'],
    ['全年预算数', 'adjusted', '79.99', 'budget.adjusted'],
    ['全年执行数', 'executed', '61', 'budget.executed'],
  ] as const)('reports a %s that differs by any amount', (_label, field, value, path) => {
    expect(check(buildReport((report) => (report.budget[field] = value)))).toEqual([path]);
  });

  it.each([
    ['75', true],
    ['75.00', true],
    ['74', false],
    ['76', false],
  ])('compares the execution rate %s at its stated precision (agrees: %s)', (rate, agrees) => {
    const paths = check(buildReport((report) => (report.budget.executionRate = rate)));
    expect(paths).toEqual(agrees ? [] : ['budget.executionRate']);
  });

  it('computes the self-evaluation’s rate from its figures when it states none (60 ÷ 80 = 75%)', () => {
    const withoutRate = { ...selfEvaluation, budget: { ...selfEvaluation.budget, executionRate: null } };
    const report = buildReport((report) => (report.budget.executionRate = '80'));
    const findings = checkReportAgainstSelfEvaluation({ report, selfEvaluation: withoutRate });
    expect(findings.map((finding) => finding.message)).toEqual(['报告中的预算执行率为80%，自评表为75%，请按自评表核对执行率']);
  });

  it.each([
    [4, 2, []],
    [4, 3, []], // 群众满意度 has no actual value: it may have been met
    [4, 1, ['report.completionCounts.0']],
    [4, 4, ['report.completionCounts.0']],
    [5, 2, ['report.completionCounts.0']],
  ])('checks a stated count of %i indicators set and %i met against the judged indicators', (total, completed, paths) => {
    expect(check(buildReport((report) => (report.report!.completionCounts = [{ total, completed, rate: null }])))).toEqual(paths);
  });

  it('reports a differing score and grade', () => {
    const findings = checkReportAgainstSelfEvaluation({
      report: buildReport((report) => (report.totals = { score: '91', grade: '优' })),
      selfEvaluation,
    });
    expect(findings.map((finding) => finding.message)).toEqual([
      '报告中的自评得分为91分，自评表为86.5分，请按自评表核对得分',
      '报告中的评价等级为“优”，自评表为“良”，请按自评表核对等级',
    ]);
  });

  it('compares nothing across projects or kinds, nor what either document leaves out', () => {
    expect(check(buildReport((report) => (report.project = '另一项目')))).toEqual([]);
    expect(checkReportAgainstSelfEvaluation({ report: selfEvaluation, selfEvaluation })).toEqual([]);
    expect(check(buildReport((report) => (report.budget = {})))).toEqual([]);
  });
});

describe('countMetIndicators', () => {
  it('counts met, and those the rules cannot judge, apart', () => {
    expect(countMetIndicators(selfEvaluation)).toEqual({ total: 4, met: 2, unknown: 1 });
  });
});

describe('withChainFindings', () => {
  it('replaces earlier chain findings, so checking twice gives the same findings', () => {
    const report = buildReport((report) => (report.budget.executed = '61'));
    const once = withChainFindings(report, { selfEvaluation });
    const twice = withChainFindings(once, { selfEvaluation });
    expect(twice.findings).toEqual(once.findings);
    expect(once.findings.map((finding) => finding.code)).toEqual(['report-differs-from-self-evaluation']);
    expect(withChainFindings(once, {}).findings).toEqual([]);
  });
});
