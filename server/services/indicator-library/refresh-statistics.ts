/**
 * Recomputes indicator_statistics for the (name key, year) pairs an approval touched: one row for
 * all sectors ('') and one per sector, so a suggestion reads a few rows instead of the history.
 * A sector's row also keeps its sorted targets and completions, so the peers' spread can leave
 * the asking unit out (core/indicator-library/peer-statistics.ts).
 */
import type { Direction } from '../../../core/model.ts';
import { computeCompletion, computeEntryStatistics, type IndicatorObservation } from '../../../core/indicator-library/statistics.ts';
import type { ObservationRow, StatisticsRow } from '../../db/indicator-history.repository.ts';
import type { Repositories } from '../../db/repositories.ts';

function sortValues(values: ReadonlyArray<number | null>): number[] {
  return values.filter((value): value is number => value !== null).sort((a, b) => a - b);
}

/** Statistics rows of one name key and year from its observations ('' = every sector). */
export function buildStatisticsRows(input: { nameKey: string; year: number; direction: Direction; observations: readonly ObservationRow[] }): StatisticsRow[] {
  const groups = new Map<string, IndicatorObservation[]>([['', []]]);
  for (const observation of input.observations) {
    const row = { organisationId: observation.organisationId, year: input.year, target: observation.target, actual: observation.actual };
    groups.get('')!.push(row);
    if (observation.sector === '') continue;
    const group = groups.get(observation.sector) ?? [];
    group.push(row);
    groups.set(observation.sector, group);
  }
  const rows: StatisticsRow[] = [];
  for (const [sector, observations] of groups) {
    if (observations.length === 0) continue;
    const statistics = computeEntryStatistics(observations, input.direction);
    const keepsValues = sector !== '';
    rows.push({
      name_key: input.nameKey,
      year: input.year,
      sector,
      users: statistics.users,
      target_count: statistics.targets.count,
      target_p10: statistics.targets.p10,
      target_median: statistics.targets.median,
      target_p90: statistics.targets.p90,
      completion_median: statistics.completion.median,
      target_values: keepsValues ? JSON.stringify(sortValues(observations.map((observation) => observation.target))) : null,
      completion_values: keepsValues ? JSON.stringify(sortValues(observations.map((observation) => computeCompletion(observation, input.direction)))) : null,
    });
  }
  return rows;
}

/** Recomputes the statistics of each distinct (name key, year). */
export async function refreshStatistics(
  repositories: Repositories,
  touched: ReadonlyArray<{ nameKey: string; year: number; direction?: Direction }>,
): Promise<void> {
  const seen = new Set<string>();
  const pairs = touched.filter((pair) => {
    const key = `${pair.nameKey}\u0000${pair.year}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const names = new Map((await repositories.indicatorHistory.listNamesByKeys(pairs.map((pair) => pair.nameKey))).map((name) => [name.nameKey, name]));
  for (const pair of pairs) {
    const direction = pair.direction ?? ((names.get(pair.nameKey)?.direction ?? 'higher-better') as Direction);
    const observations = await repositories.indicatorHistory.listObservations(pair);
    await repositories.indicatorHistory.replaceStatistics({ nameKey: pair.nameKey, year: pair.year, rows: buildStatisticsRows({ ...pair, direction, observations }) });
  }
}
