/**
 * Suggestions while a unit types an indicator name (issue 13): the names found by trigram search,
 * each with its library entry, the target spread of every unit, the unit's own latest value and
 * actual, and the peers' (same sector) median, all from earlier years than the table's.
 * A few indexed reads whatever the size of the history (bench/indicator-suggestions.bench.ts).
 */
import type { Suggestion, SuggestionList } from '../../../contract/indicator-library.ts';
import type { Direction } from '../../../core/model.ts';
import type { HistoryRow, StatisticsRow } from '../../db/indicator-history.repository.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { readUnitSector } from './read-unit-sector.ts';

function toDistribution(row: StatisticsRow | undefined) {
  if (!row) return null;
  return {
    year: row.year,
    users: row.users,
    count: row.target_count,
    p10: row.target_p10,
    median: row.target_median,
    p90: row.target_p90,
    completionMedian: row.completion_median,
  };
}

/** The unit's latest year: the target (of the target table) and the actual (of the self-evaluation) of that year. */
function readOwnValues(rows: readonly HistoryRow[]): Suggestion['own'] {
  const year = rows[0]?.year;
  if (year === undefined) return null;
  const ofYear = rows.filter((row) => row.year === year);
  const target = ofYear.find((row) => row.targetText !== null);
  const actual = ofYear.find((row) => row.actualText !== null);
  return { year, targetText: target?.targetText ?? null, targetValue: target?.targetValue ?? null, actualText: actual?.actualText ?? null, actualValue: actual?.actualValue ?? null };
}

export async function suggestIndicators(
  deps: ServiceDeps,
  input: { actor: Pick<Actor, 'organisationId'>; q: string; year?: number | undefined; limit: number },
): Promise<SuggestionList> {
  const { indicatorHistory, indicatorLibrary } = deps.repositories;
  const year = input.year ?? deps.now().getUTCFullYear();
  const [names, sector] = await Promise.all([
    indicatorHistory.searchNames({ q: input.q, limit: input.limit }),
    readUnitSector(deps.repositories, input.actor.organisationId),
  ]);
  const nameKeys = names.map((name) => name.nameKey);
  const [statistics, ownRows, entries] = await Promise.all([
    indicatorHistory.listStatistics({ nameKeys, sectors: sector === '' ? [''] : ['', sector], beforeYear: year }),
    indicatorHistory.listUnitRows({ organisationId: input.actor.organisationId, nameKeys, beforeYear: year }),
    indicatorLibrary.listByIds(names.flatMap((name) => (name.entryId ? [name.entryId] : []))),
  ]);
  const entryById = new Map(entries.map((entry) => [entry.id, entry]));
  // Rows come newest first: the first per key is the latest year.
  const latest = (rows: readonly StatisticsRow[], key: string, rowSector: string) => rows.find((row) => row.name_key === key && row.sector === rowSector);
  const items = names.map((name): Suggestion => {
    const entry = name.entryId ? entryById.get(name.entryId) : undefined;
    const live = entry && entry.status !== 'retired' ? entry : undefined;
    const own = readOwnValues(ownRows.filter((row) => row.nameKey === name.nameKey));
    const peers = sector === '' ? undefined : latest(statistics, name.nameKey, sector);
    const peerDistribution = toDistribution(peers);
    return {
      nameKey: name.nameKey,
      name: live?.name ?? name.name,
      level1: name.level1,
      level2: name.level2,
      unit: live?.unit ?? name.unit,
      direction: (live?.direction ?? name.direction) as Direction,
      uses: name.uses,
      entry: live
        ? { id: live.id, status: live.status, kind: live.kind, definition: live.definition, formula: live.formula, scoringMethod: live.scoringMethod, referenceValues: live.referenceValues }
        : null,
      targets: toDistribution(latest(statistics, name.nameKey, '')),
      own,
      peers: peerDistribution ? { ...peerDistribution, sector } : null,
    };
  });
  return { items, sector };
}
