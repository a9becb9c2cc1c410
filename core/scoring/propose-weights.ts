/**
 * 分值 for a self-evaluation created from targets that carry none (or only some): the policy's
 * 一级 weight (财预〔2020〕10号: 产出 50, 效益 30, 满意度 10; or the weight written in the level
 * heading, "产出指标（50分）") less the weights the targets already give, split evenly over the
 * level's indicators without one — exact to two decimals, the leftover 0.01s going to the first
 * rows, so each level adds up to its weight. A proposal only: the unit changes it in the editor.
 */
import { weightLevelOf } from './weight-level.ts';
import { toDecimal } from '../decimal.ts';
import type { Goal } from '../model.ts';
import type { ScoringPolicy } from './policy.ts';
import { formatUnits, toUnits } from './scaled.ts';

/** Proposed weights are hundredths of a point, as the forms print them. */
const places = 2;

export interface ProposedWeights {
  goals: Goal[];
  /** How many indicators received a proposed weight. */
  proposedCount: number;
}

/** `goals` with every missing 分值 proposed from the level weights of `policy` (where the level has one). */
export function proposeWeights(goals: readonly Goal[], policy: ScoringPolicy): ProposedWeights {
  const levels = new Map<string, { weight: number | null; given: number; missing: number }>();
  for (const goal of goals) {
    for (const indicator of goal.indicators) {
      const group = weightLevelOf(indicator.level1, policy);
      const level = group.id;
      const entry = levels.get(level) ?? {
        weight: toUnits(group.headingWeight ?? group.policyWeight, places),
        given: 0,
        missing: 0,
      };
      const given = hasWeight(indicator.weight) ? toUnits(indicator.weight, places) : null;
      if (given === null) entry.missing++;
      else entry.given += given;
      levels.set(level, entry);
    }
  }
  const handedOut = new Map<string, number>();
  let proposedCount = 0;
  const proposed = goals.map((goal) => ({
    ...goal,
    indicators: goal.indicators.map((indicator) => {
      if (hasWeight(indicator.weight) && toUnits(indicator.weight, places) !== null) return indicator;
      const level = weightLevelOf(indicator.level1, policy).id;
      const entry = levels.get(level)!;
      const remainder = entry.weight === null ? 0 : entry.weight - entry.given;
      if (remainder <= 0) return indicator;
      const index = handedOut.get(level) ?? 0;
      handedOut.set(level, index + 1);
      const share = Math.floor(remainder / entry.missing) + (index < remainder % entry.missing ? 1 : 0);
      proposedCount++;
      return { ...indicator, weight: formatUnits(share, places) };
    }),
  }));
  return { goals: proposed, proposedCount };
}

function hasWeight(weight: string | null | undefined): boolean {
  return toDecimal(weight) !== null;
}
