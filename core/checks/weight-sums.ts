/**
 * weight-sum-mismatch: 分值 that do not add up (财预〔2020〕10号: 执行率 10 + 产出 50 + 效益 30 +
 * 满意度 10 = 100; regions change the level weights through the policy). Each 一级 is checked
 * against the weight in its heading ("产出指标（50分）") or else the policy's, and the whole
 * against 100. Runs whenever the document gives weights.
 */
import type { Finding, Goal, Indicator, PerformanceDocument } from '../model.ts';
import { Dec, formatDecimal, toDecimal } from '../decimal.ts';
import type { ScoringPolicy } from '../scoring/index.ts';
import { weightLevelOf } from '../scoring/weight-level.ts';
import { isFrameworkLevel, level1KeyOf } from '../levels/index.ts';
import { createFinding, indicatorPath } from './finding.ts';
import { DecimalTextSum } from '../decimal-text-sum.ts';

interface LevelSum {
  name: string;
  policyWeight: string | null;
  sum: Dec;
  headingWeight: string | null;
  firstPath: string;
  firstLine: number | undefined;
}

interface LevelCount {
  name: string;
  policyWeight: string | null;
  /** Σ of the level's weights as written. */
  sum: DecimalTextSum;
  headingWeight: string | null;
  firstPath: string;
  firstLine: number | undefined;
}

const HUNDRED = new Dec(100);

/** True when an indicator sits under a scoring framework's level (决策/过程, 投入, 规划/执行: core/levels). */
export function hasScoringFrameworkLevels(document: PerformanceDocument): boolean {
  // Rows come in runs of one heading: only a heading unlike the row before's is looked up.
  let previous: string | null = null;
  for (const goal of document.goals) {
    for (const indicator of goal.indicators) {
      if (indicator.level1 === previous) continue;
      previous = indicator.level1;
      if (isFrameworkLevel(level1KeyOf(indicator.level1))) return true;
    }
  }
  return false;
}

/**
 * Σ 分值 per 一级 and overall. A million rows share a few 一级 headings, mostly in runs: the
 * heading of the row before is asked first; weights are summed exactly without a Decimal per row.
 */
function sumByLevel(document: PerformanceDocument, policy: ScoringPolicy): {
  levels: Map<string, LevelSum>;
  total: Dec;
  hasWeights: boolean;
} {
  const counts = new Map<string, LevelCount>();
  const headings = new Map<string, ReturnType<typeof weightLevelOf>>();
  // An evaluation scoring table (决策/过程 beside 产出/效益) sets its level weights in its own
  // headings (财预〔2020〕10号 附件: the framework's weights are set per evaluation); the policy's
  // self-evaluation weights (产出 50, 效益 30, 满意度 10) do not apply to it.
  const isScoringFramework = hasScoringFrameworkLevels(document);
  let lastLevel1: string | null = null;
  let heading: ReturnType<typeof weightLevelOf> | undefined;
  for (let goalIndex = 0; goalIndex < document.goals.length; goalIndex++) {
    const indicators = (document.goals[goalIndex] as Goal).indicators;
    for (let indicatorIndex = 0; indicatorIndex < indicators.length; indicatorIndex++) {
      const indicator = indicators[indicatorIndex] as Indicator;
      const weight = indicator.weight;
      if (weight === null || weight === undefined) continue;
      if (indicator.level1 !== lastLevel1 || heading === undefined) {
        lastLevel1 = indicator.level1;
        heading = headings.get(indicator.level1);
        if (!heading) {
          heading = weightLevelOf(indicator.level1, policy);
          if (isScoringFramework) heading = { ...heading, policyWeight: null };
          headings.set(indicator.level1, heading);
        }
      }
      const entry = counts.get(heading.id);
      if (entry) {
        if (entry.sum.add(weight)) entry.headingWeight ??= heading.headingWeight;
      } else if (toDecimal(weight) !== null) {
        const sum = new DecimalTextSum();
        sum.add(weight);
        counts.set(heading.id, {
          name: heading.name,
          policyWeight: heading.policyWeight,
          sum,
          headingWeight: heading.headingWeight,
          firstPath: `${indicatorPath(goalIndex, indicatorIndex)}.weight`,
          firstLine: indicator.line,
        });
      }
    }
  }
  const levels = new Map<string, LevelSum>();
  let total = new Dec(0);
  for (const [level, entry] of counts) {
    const sum = entry.sum.total();
    total = total.plus(sum);
    const { name, policyWeight, headingWeight, firstPath, firstLine } = entry;
    levels.set(level, { name, policyWeight, sum, headingWeight, firstPath, firstLine });
  }
  return { levels, total, hasWeights: counts.size > 0 };
}

/** Findings for level weights and the whole that do not add up. */
export function checkWeightSums(document: PerformanceDocument, policy: ScoringPolicy): Finding[] {
  const { levels, total, hasWeights } = sumByLevel(document, policy);
  if (!hasWeights) return [];
  const findings: Finding[] = [];
  for (const entry of levels.values()) {
    const level = entry.name;
    const expected = toDecimal(entry.headingWeight ?? entry.policyWeight);
    if (!expected || expected.equals(entry.sum)) continue;
    const source = entry.headingWeight ? '表头所列' : '规定的';
    findings.push(
      createFinding({
        severity: 'error',
        code: 'weight-sum-mismatch',
        path: entry.firstPath,
        line: entry.firstLine,
        message: `${level}下各指标分值合计为${formatDecimal(entry.sum)}分，与${source}${level}分值${formatDecimal(expected)}分不一致，请调整各指标分值`,
      }),
    );
  }
  const isSelfEvaluation = document.kind === 'self-evaluation';
  // A scoring framework counts 预算执行率 among 过程's indicators: no policy execution weight beside it.
  const executionWeight = toDecimal(
    document.budget.weight ?? (isSelfEvaluation && !hasScoringFrameworkLevels(document) ? policy.executionWeight : null),
  );
  const whole = executionWeight ? total.plus(executionWeight) : total;
  // Without a stated execution weight a target table's indicators may carry 100 or 100 − 执行率 (e.g. 90).
  const alternative =
    !isSelfEvaluation && !document.budget.weight
      ? HUNDRED.minus(toDecimal(policy.executionWeight) ?? 0)
      : null;
  const stated = toDecimal(document.totals.weight);
  if (!whole.equals(HUNDRED) && !(alternative && whole.equals(alternative))) {
    const parts = executionWeight
      ? `预算执行率${formatDecimal(executionWeight)}分与各指标分值之和`
      : '各指标分值之和';
    findings.push(
      createFinding({
        severity: 'error',
        code: 'weight-sum-mismatch',
        path: 'totals.weight',
        message: `${parts}为${formatDecimal(whole)}分，应为100分，请调整分值`,
      }),
    );
  } else if (stated && !stated.equals(whole)) {
    findings.push(
      createFinding({
        severity: 'error',
        code: 'weight-sum-mismatch',
        path: 'totals.weight',
        message: `表中总分栏分值为${formatDecimal(stated)}分，而各项分值之和为${formatDecimal(whole)}分，请核对总分栏`,
      }),
    );
  }
  return findings;
}
