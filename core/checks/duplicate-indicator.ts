/**
 * duplicate-indicator: the same indicator twice in one goal, or copied into another goal with
 * the same 指标值 (DOMAIN.md: "copy-paste rows from another function"). Names are compared
 * without the spaces extraction puts inside them. Linear: one map lookup per indicator, however
 * often a name repeats.
 */
import type { Finding, Goal, Indicator, PerformanceDocument } from '../model.ts';
import { compactText, createFinding, describeGoal, indicatorPath, quoteIndicator } from './finding.ts';
import { findRepeatedNames, hashName } from './repeated-names.ts';

/** Where a name occurred first, per goal and per 指标值, as far as the findings need it. */
interface NameRecord {
  /** Goal index → index of the name's first indicator in that goal. */
  firstInGoal: Map<number, number>;
  /** 指标值 → goal of its first occurrence, and of its first occurrence in any other goal. */
  goalsByTarget: Map<string, { first: number; second: number | null }>;
}

function compactTarget(indicator: Indicator): string {
  return compactText(indicator.target?.text ?? '');
}

/** The goal whose indicators hold `position`: the last goal starting at or before it (empty goals skipped). */
export function findGoalOf(goalStarts: readonly number[], position: number): number {
  let low = 0;
  let high = goalStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((goalStarts[middle] as number) <= position) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Findings for every repeated indicator, pointing at the later copy. */
export function checkDuplicateIndicators(document: PerformanceDocument): Finding[] {
  const findings: Finding[] = [];
  // Most names occur once: only repeats get a record, and the 指标值 is compacted only for them.
  // Where each goal's indicators start in the one list of positions (a goal of a repeated name is
  // found again by binary search, so the million unique names need no per-position arrays).
  const goalStarts = new Array<number>(document.goals.length);
  let count = 0;
  for (let goalIndex = 0; goalIndex < document.goals.length; goalIndex++) {
    goalStarts[goalIndex] = count;
    count += (document.goals[goalIndex] as Goal).indicators.length;
  }
  // Names hashed in one sequential pass; which of them repeat is found group by group
  // (core/checks/repeated-names.ts), and only the repeats are visited again, in order.
  const hashes = new Int32Array(count);
  const isNamed = new Uint8Array(count);
  let position = 0;
  for (const goal of document.goals) {
    for (const indicator of goal.indicators) {
      const name = compactText(indicator.name);
      if (name !== '') {
        hashes[position] = hashName(name);
        isNamed[position] = 1;
      }
      position++;
    }
  }
  const nameAt = (at: number): string => {
    const goalIndex = findGoalOf(goalStarts, at);
    return compactText((document.goals[goalIndex] as Goal).indicators[at - (goalStarts[goalIndex] as number)]?.name ?? '');
  };
  const repeats = findRepeatedNames({ hashes, isNamed, nameAt });
  /** Repeated names only, by the position of their first occurrence. */
  const records = new Map<number, NameRecord>();
  for (let repeat = 0; repeat < repeats.positions.length; repeat++) {
    const at = repeats.positions[repeat] as number;
    const earlier = repeats.firstPositions[repeat] as number;
    const goalIndex = findGoalOf(goalStarts, at);
    const indicatorIndex = at - (goalStarts[goalIndex] as number);
    const goal = document.goals[goalIndex] as Goal;
    const indicator = goal.indicators[indicatorIndex] as Indicator;
    const target = compactTarget(indicator);
    let record = records.get(earlier);
    if (record === undefined) {
      const firstGoal = findGoalOf(goalStarts, earlier);
      const firstIndex = earlier - (goalStarts[firstGoal] as number);
      const first = document.goals[firstGoal]?.indicators[firstIndex] as Indicator;
      record = {
        firstInGoal: new Map([[firstGoal, firstIndex]]),
        goalsByTarget: new Map([[compactTarget(first), { first: firstGoal, second: null }]]),
      };
      records.set(earlier, record);
    }
    const base = {
      severity: 'warning' as const,
      code: 'duplicate-indicator',
      path: indicatorPath(goalIndex, indicatorIndex),
      line: indicator.line,
    };
    // The earliest copy in this goal wins; else the earliest with the same 指标值 in another goal.
    const sameGoal = record.firstInGoal.get(goalIndex);
    const goals = record.goalsByTarget.get(target);
    const otherGoal = goals === undefined ? null : goals.first !== goalIndex ? goals.first : goals.second;
    if (sameGoal !== undefined) {
      findings.push(
        createFinding({
          ...base,
          message: `${quoteIndicator(indicator)}在${describeGoal(goal, goalIndex)}中重复出现（第${sameGoal + 1}个与第${indicatorIndex + 1}个指标），请删除重复的指标或改为不同的指标`,
        }),
      );
    } else if (otherGoal !== null) {
      const otherName = describeGoal(document.goals[otherGoal] ?? { name: '', indicators: [] }, otherGoal);
      findings.push(
        createFinding({
          ...base,
          message: `${quoteIndicator(indicator)}与${otherName}中的同名指标指标值相同，疑似复制粘贴，请改为本目标自己的指标`,
        }),
      );
    }
    if (sameGoal === undefined) record.firstInGoal.set(goalIndex, indicatorIndex);
    if (goals === undefined) record.goalsByTarget.set(target, { first: goalIndex, second: null });
    else if (goals.second === null && goals.first !== goalIndex) goals.second = goalIndex;
  }
  return findings;
}
