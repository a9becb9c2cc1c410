/**
 * Which 一级 weight an indicator counts towards under a policy: its own level's (by stable key,
 * core/levels), or the level a pack folds it into (levelsCountedWithin, e.g. 满意度 within 效益).
 * The weight-sum check and the weight proposal group indicators through this one function.
 */
import { level1KeyOf, level1Keys, level1NameOf, readHeadingWeight, type Level1Key } from '../levels/index.ts';
import type { DecimalString } from '../decimal.ts';
import type { ScoringPolicy } from './policy.ts';

export interface WeightLevel {
  /** The group's id: a level key, or the written text of an unknown level. */
  id: string;
  /** The group's name for messages: "效益指标", "效益指标（含满意度指标）". */
  name: string;
  /** The policy's weight of the group; null when it has none. */
  policyWeight: DecimalString | null;
  /** The weight the level heading states, only when the heading is the group's own level. */
  headingWeight: string | null;
}

function describeGroup(target: Level1Key, policy: ScoringPolicy): string {
  const folded = level1Keys.filter((key) => policy.levelsCountedWithin[key] === target);
  const name = level1NameOf(target);
  return folded.length === 0 ? name : `${name}（含${folded.map(level1NameOf).join('、')}）`;
}

/** The weight group of a written 一级 under `policy`. */
export function weightLevelOf(level1: string, policy: ScoringPolicy): WeightLevel {
  const key = level1KeyOf(level1);
  if (key === null) {
    const text = level1.replace(/\s+/g, '');
    return { id: text, name: text, policyWeight: null, headingWeight: null };
  }
  const target = policy.levelsCountedWithin[key] ?? key;
  return {
    id: target,
    name: describeGroup(target, policy),
    policyWeight: policy.levelWeights[target],
    headingWeight: target === key ? readHeadingWeight(level1) : null,
  };
}
