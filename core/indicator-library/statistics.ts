/**
 * Statistics of one library entry from the indicators of past documents: how many units use it,
 * the distribution of targets (p10 / median / p90) and completion (actual ÷ target) by year.
 * Numbers here describe practice, they do not score anything, so plain numbers rounded to 4
 * significant digits are enough (scores and money stay exact decimals elsewhere).
 */
import type { Direction } from '../model.ts';

/** One past indicator: a unit's target and actual of a year (numbers read from 指标值/完成值). */
export interface IndicatorObservation {
  organisationId: string;
  year: number;
  target: number | null;
  actual: number | null;
}

export interface Distribution {
  count: number;
  p10: number | null;
  median: number | null;
  p90: number | null;
}

export interface YearStatistics {
  year: number;
  users: number;
  targets: Distribution;
  /** actual ÷ target (target ÷ actual for 反向 indicators), as a ratio: 1.05 is 105 %. */
  completion: Distribution;
}

export interface EntryStatistics {
  users: number;
  targets: Distribution;
  completion: Distribution;
  byYear: YearStatistics[];
}

const SIGNIFICANT_DIGITS = 4;

function round(value: number): number {
  return Number(value.toPrecision(SIGNIFICANT_DIGITS));
}

/**
 * The p-th percentile (0 … 100) of sorted values by linear interpolation between closest ranks
 * (the "R-7" definition spreadsheets use: PERCENTILE.INC); null for no values.
 */
export function readPercentile(sorted: readonly number[], percent: number): number | null {
  if (sorted.length === 0) return null;
  const position = ((sorted.length - 1) * percent) / 100;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower]!;
  return round(low + (sorted[upper]! - low) * (position - lower));
}

/** p10, median and p90 of values in any order. */
export function describeDistribution(values: readonly number[]): Distribution {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p10: readPercentile(sorted, 10),
    median: readPercentile(sorted, 50),
    p90: readPercentile(sorted, 90),
  };
}

/** actual ÷ target, inverted for 反向 indicators; null without two positive numbers or for 定性. */
export function computeCompletion(observation: Pick<IndicatorObservation, 'target' | 'actual'>, direction: Direction): number | null {
  const { target, actual } = observation;
  if (direction === 'qualitative' || target === null || actual === null) return null;
  if (direction === 'lower-better') return actual > 0 && target >= 0 ? target / actual : null;
  return target > 0 && actual >= 0 ? actual / target : null;
}

function summarise(observations: readonly IndicatorObservation[], direction: Direction) {
  const targets: number[] = [];
  const completions: number[] = [];
  for (const observation of observations) {
    if (observation.target !== null) targets.push(observation.target);
    const completion = computeCompletion(observation, direction);
    if (completion !== null) completions.push(completion);
  }
  return {
    users: new Set(observations.map((observation) => observation.organisationId)).size,
    targets: describeDistribution(targets),
    completion: describeDistribution(completions),
  };
}

/** The statistics of one entry over all its observations, and per year (ascending). */
export function computeEntryStatistics(observations: readonly IndicatorObservation[], direction: Direction): EntryStatistics {
  const years = new Map<number, IndicatorObservation[]>();
  for (const observation of observations) {
    const list = years.get(observation.year) ?? [];
    list.push(observation);
    years.set(observation.year, list);
  }
  const byYear = [...years.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, list]) => ({ year, ...summarise(list, direction) }));
  return { ...summarise(observations, direction), byYear };
}
