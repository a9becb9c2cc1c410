/**
 * What regions change in self-evaluation scoring (DOMAIN.md "Self-evaluation scoring"). The
 * default follows 财预〔2020〕10号; a region overrides parts of it with `mergePolicy`.
 */
import type { DecimalString } from '../decimal.ts';
import type { Level1Key } from '../levels/index.ts';
import type { Grade, GradeLetter } from '../model.ts';

/** A qualitative band as percentages of the indicator's weight, e.g. 达成 80–100. */
export interface PercentBand {
  min: DecimalString;
  max: DecimalString;
}

/**
 * Which edge of a qualitative band is closed where two bands meet: 'lower' puts 80% into 达成
 * and 60% into 部分达成 ([80,100], [60,80), [0,60)); 'upper' puts them into the band below
 * ([0,60], (60,80], (80,100]). Sources differ, so it is a setting.
 */
export type ClosedEdge = 'lower' | 'upper';

/**
 * 偏离度 (actual far above target: the target was set too low). 'deduct' takes `points` off the
 * total for every indicator whose B ≥ threshold × A; 'explain' asks for a written explanation.
 */
export type DeviationDegreePolicy =
  | { mode: 'none' }
  | { mode: 'deduct'; threshold: DecimalString; points: DecimalString }
  | { mode: 'explain'; threshold: DecimalString };

/** An execution-linked cap: when 执行率 (percent) is below `below`, the total is at most `max`. */
export interface TotalCap {
  below: DecimalString;
  max: DecimalString;
}

export interface ScoringPolicy {
  /** Shown in reasons and docs, e.g. "财预〔2020〕10号". */
  name: string;
  /** 预算执行率 分值. */
  executionWeight: DecimalString;
  /**
   * 一级指标 weights by stable key (core/levels); null means the level has no fixed weight
   * (checked only through the total).
   */
  levelWeights: Record<Level1Key, DecimalString | null>;
  /**
   * Levels whose indicators count towards another level's weight, e.g. { satisfaction: 'outcome' }
   * where 效益 30 includes 满意度 (docs/rule-packs.md); empty means every level stands alone.
   */
  levelsCountedWithin: Partial<Record<Level1Key, Level1Key>>;
  /**
   * How an indicator's suggested score is found: 'rules' (正向/反向/等于/定性, 财预〔2020〕10号) or
   * 'coefficient' (得分系数 × 分值 where the row carries a 得分系数, the rules elsewhere).
   */
  indicatorScoring: 'rules' | 'coefficient';
  /** 执行率 = 全年执行数 / 全年预算数 ('adjusted') or / 年初预算数 ('initial'). */
  executionRateDenominator: 'adjusted' | 'initial';
  /** Upper limit of the execution score; null for none. */
  executionCap: DecimalString | null;
  qualitativeBands: { achieved: PercentBand; partial: PercentBand; notAchieved: PercentBand };
  qualitativeClosedEdge: ClosedEdge;
  deviationDegree: DeviationDegreePolicy;
  /** Execution-linked caps on the total; empty means off. */
  totalCaps: TotalCap[];
  /** Lower edges of the grades: 优 ≥ excellent, 良 ≥ good, 中 ≥ fair, else 差. */
  gradeEdges: { excellent: DecimalString; good: DecimalString; fair: DecimalString };
  /** Decimal places of every score (half-up). */
  roundingPlaces: number;
  /**
   * A region's letter grades (A/B/C/D) as 优/良/中/差, for a report that states a letter and no scale of its own:
   * each letter with its grade, or with its lowest score (graded by gradeEdges). Empty: no letter is mapped.
   */
  letterScale: LetterScaleEntry[];
}

/** One letter of a region's scale: its grade, or its lowest score ("A：90分及以上"). */
export interface LetterScaleEntry {
  letter: GradeLetter;
  grade?: Grade;
  minScore?: DecimalString;
}

/** The regional table that caps the total by execution rate: 70–80% → ≤ 89 … < 50% → ≤ 59. */
export const executionLinkedTotalCaps: TotalCap[] = [
  { below: '80', max: '89' },
  { below: '70', max: '79' },
  { below: '60', max: '69' },
  { below: '50', max: '59' },
];

/** 财预〔2020〕10号: 执行率 10, 产出 50, 效益 30, 满意度 10; grades 优 ≥ 90, 良 ≥ 80, 中 ≥ 60. */
export const defaultScoringPolicy: ScoringPolicy = {
  name: '财预〔2020〕10号',
  executionWeight: '10',
  levelWeights: { output: '50', outcome: '30', satisfaction: '10', cost: null, decision: null, process: null, input: null, planning: null, execution: null },
  levelsCountedWithin: {},
  indicatorScoring: 'rules',
  executionRateDenominator: 'adjusted',
  executionCap: '10',
  qualitativeBands: {
    achieved: { min: '80', max: '100' },
    partial: { min: '60', max: '80' },
    notAchieved: { min: '0', max: '60' },
  },
  qualitativeClosedEdge: 'lower',
  deviationDegree: { mode: 'none' },
  totalCaps: [],
  gradeEdges: { excellent: '90', good: '80', fair: '60' },
  roundingPlaces: 2,
  // 财预〔2020〕10号 grades 优/良/中/差 only: a letter is mapped only by a region's pack.
  letterScale: [],
};

/** Overrides for a region: any top-level field, with levelWeights, bands and grade edges merged per key. */
export interface ScoringPolicyOverrides extends Partial<
  Omit<ScoringPolicy, 'levelWeights' | 'qualitativeBands' | 'gradeEdges'>
> {
  levelWeights?: Partial<Record<Level1Key, DecimalString | null>>;
  qualitativeBands?: Partial<ScoringPolicy['qualitativeBands']>;
  gradeEdges?: Partial<ScoringPolicy['gradeEdges']>;
}

/** A new policy: `base` with a region's `overrides` applied (nested settings merged per key). */
export function mergePolicy(base: ScoringPolicy, overrides: ScoringPolicyOverrides): ScoringPolicy {
  return {
    ...base,
    ...overrides,
    levelWeights: { ...base.levelWeights, ...overrides.levelWeights },
    qualitativeBands: { ...base.qualitativeBands, ...overrides.qualitativeBands },
    gradeEdges: { ...base.gradeEdges, ...overrides.gradeEdges },
    totalCaps: [...(overrides.totalCaps ?? base.totalCaps)],
    letterScale: [...(overrides.letterScale ?? base.letterScale)],
    levelsCountedWithin: { ...(overrides.levelsCountedWithin ?? base.levelsCountedWithin) },
  };
}
