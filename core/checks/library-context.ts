/**
 * What the library checks need from outside the document: the unit's own history and its peers'
 * results per indicator, the 共性指标 the policy requires, and the level vocabulary. The server
 * loads them and passes them in, so core stays pure (docs/indicator-library.md).
 */
import { defaultRequiredCommonIndicators, type CommonIndicatorRequirement } from '../indicator-library/common-indicators.ts';

/** References for one indicator name key (normaliseIndicatorName). */
export interface IndicatorReference {
  /** The year the unit's own values come from (usually the previous year). */
  lastYear: number | null;
  /** The unit's own 指标值 and 实际完成值 that year, as numbers, with their unit. */
  lastTarget: number | null;
  lastActual: number | null;
  /** Median target of the peers (same sector, the unit itself left out) in the latest year they have. */
  peerMedian: number | null;
  /** Median target of every unit in the latest earlier year (the typical target; shown to reviewers). */
  typicalTarget?: number | null;
  /** The unit of the values above ('' when none); compared only with targets in the same unit. */
  unit: string;
}

export interface LevelVocabulary {
  /** Every accepted written form of a 一级 (names and variants, spaces removed). */
  level1: readonly string[];
  level2: readonly string[];
}

export interface LibraryCheckPolicy {
  /** target-below-peers: a target more than this share below the peers' median (0.2 = 20 %). */
  peerShortfall: number;
  /** 共性指标 a target table must carry: the year's rule pack's (core/rule-packs), by table scope. */
  requiredCommonIndicators: readonly CommonIndicatorRequirement[];
}

export const defaultLibraryCheckPolicy: LibraryCheckPolicy = {
  peerShortfall: 0.2,
  requiredCommonIndicators: defaultRequiredCommonIndicators,
};

export interface LibraryContext {
  references: ReadonlyMap<string, IndicatorReference>;
  levels: LevelVocabulary;
  policy: LibraryCheckPolicy;
}
