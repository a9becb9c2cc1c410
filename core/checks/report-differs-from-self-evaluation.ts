/**
 * report-differs-from-self-evaluation (a chain check over two documents of one unit and year): an
 * evaluation report must tell the figures of the self-evaluation it reports on — 年初预算数,
 * 全年预算数, 全年执行数, 执行率, how many indicators were set and met, 总分 and 等级. Pure: the
 * caller picks the self-evaluation (same unit, year and project).
 */
import { Dec, formatDecimal, toDecimal } from '../decimal.ts';
import { eachIndicator, type Budget, type Finding, type PerformanceDocument } from '../model.ts';
import { defaultScoringPolicy, evaluateIndicator, type ScoringPolicy } from '../scoring/index.ts';
import { createFinding } from './finding.ts';
import { doesRateAgree } from './stated-rate.ts';

const CODE = 'report-differs-from-self-evaluation';

/** Attainment does not depend on the weight, but the rules refuse to run without one. */
const weightForJudging = '100';

const amountFields = [
  ['initial', '年初预算数'],
  ['adjusted', '全年预算数'],
  ['executed', '全年执行数'],
] as const satisfies ReadonlyArray<readonly [keyof Budget, string]>;

function finding(path: string, message: string, line?: number): Finding {
  return createFinding({ severity: 'warning', code: CODE, path, line, message });
}

/** The self-evaluation's 执行率 in percent: as stated, else 全年执行数 ÷ 全年预算数. */
function selfEvaluationRate(budget: Budget): Dec | null {
  const stated = toDecimal(budget.executionRate);
  if (stated) return stated;
  const executed = toDecimal(budget.executed);
  const adjusted = toDecimal(budget.adjusted);
  if (!executed || !adjusted || adjusted.lessThanOrEqualTo(0)) return null;
  return executed.times(100).dividedBy(adjusted);
}

/** How many indicators the rules judge met, and how many they cannot judge. */
export function countMetIndicators(
  document: Pick<PerformanceDocument, 'goals'>,
  policy: ScoringPolicy = defaultScoringPolicy,
): { total: number; met: number; unknown: number } {
  let total = 0;
  let met = 0;
  let unknown = 0;
  for (const { indicator } of eachIndicator(document)) {
    total += 1;
    const judged = (indicator.weight ?? '').trim() === '' ? { ...indicator, weight: weightForJudging } : indicator;
    const attainment = evaluateIndicator(judged, policy).attainment;
    if (attainment === 'met') met += 1;
    else if (attainment === null) unknown += 1;
  }
  return { total, met, unknown };
}

function compareAmounts(report: Budget, selfEvaluation: Budget): Finding[] {
  const findings: Finding[] = [];
  for (const [field, label] of amountFields) {
    const stated = toDecimal(report[field]);
    const source = toDecimal(selfEvaluation[field]);
    if (!stated || !source || stated.equals(source)) continue;
    findings.push(
      finding(
        `budget.${field}`,
        `报告中的${label}为${formatDecimal(stated)}万元，自评表为${formatDecimal(source)}万元（相差${formatDecimal(stated.minus(source).abs())}万元），请按自评表核对报告金额`,
      ),
    );
  }
  const statedRate = report.executionRate;
  const sourceRate = selfEvaluationRate(selfEvaluation);
  if (statedRate && sourceRate && !doesRateAgree(statedRate, sourceRate)) {
    findings.push(
      finding(
        'budget.executionRate',
        `报告中的预算执行率为${statedRate}%，自评表为${formatDecimal(sourceRate.toDecimalPlaces(2, Dec.ROUND_HALF_UP))}%，请按自评表核对执行率`,
      ),
    );
  }
  return findings;
}

function compareCounts(report: PerformanceDocument, selfEvaluation: PerformanceDocument, policy: ScoringPolicy): Finding[] {
  const counts = report.report?.completionCounts ?? [];
  if (counts.length === 0) return [];
  const judged = countMetIndicators(selfEvaluation, policy);
  if (judged.total === 0) return [];
  const findings: Finding[] = [];
  for (const [index, count] of counts.entries()) {
    const path = `report.completionCounts.${index}`;
    if (count.total !== judged.total) {
      findings.push(
        finding(path, `报告称设置绩效指标${count.total}个，自评表共有${judged.total}个指标，请按自评表核对指标个数`, count.line),
      );
    }
    // Indicators the rules cannot judge may have been met or not: the stated count must lie between.
    const notMet = count.total - count.completed;
    if (count.completed < judged.met || count.completed > judged.met + judged.unknown) {
      const expected = judged.unknown === 0 ? `${judged.met}个` : `${judged.met}–${judged.met + judged.unknown}个`;
      findings.push(
        finding(
          path,
          `报告称完成指标${count.completed}个（未完成${Math.max(notMet, 0)}个），按自评表的指标值与实际完成值应完成${expected}，请核对完成情况`,
          count.line,
        ),
      );
    }
  }
  return findings;
}

function compareTotals(report: PerformanceDocument, selfEvaluation: PerformanceDocument): Finding[] {
  const findings: Finding[] = [];
  const stated = toDecimal(report.totals.score);
  const source = toDecimal(selfEvaluation.totals.score ?? selfEvaluation.totals.suggestedScore);
  if (stated && source && !stated.equals(source)) {
    findings.push(
      finding('totals.score', `报告中的自评得分为${formatDecimal(stated)}分，自评表为${formatDecimal(source)}分，请按自评表核对得分`),
    );
  }
  const statedGrade = report.totals.grade ?? null;
  const sourceGrade = selfEvaluation.totals.grade ?? selfEvaluation.totals.enteredGrade ?? selfEvaluation.totals.suggestedGrade ?? null;
  if (statedGrade && sourceGrade && statedGrade !== sourceGrade) {
    findings.push(finding('totals.grade', `报告中的评价等级为“${statedGrade}”，自评表为“${sourceGrade}”，请按自评表核对等级`));
  }
  return findings;
}

/**
 * Findings where the evaluation report `report` tells other figures than `selfEvaluation`.
 * Empty when the two are not a report and a self-evaluation of the same project.
 */
export function checkReportAgainstSelfEvaluation(input: {
  report: PerformanceDocument;
  selfEvaluation: PerformanceDocument;
  policy?: ScoringPolicy;
}): Finding[] {
  const { report, selfEvaluation } = input;
  if (report.kind !== 'evaluation-report' || selfEvaluation.kind !== 'self-evaluation') return [];
  if ((report.project ?? null) !== (selfEvaluation.project ?? null)) return [];
  return [
    ...compareAmounts(report.budget, selfEvaluation.budget),
    ...compareCounts(report, selfEvaluation, input.policy ?? defaultScoringPolicy),
    ...compareTotals(report, selfEvaluation),
  ];
}
