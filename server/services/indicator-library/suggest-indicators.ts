/**
 * Suggestions while a unit types an indicator name (issue 13): the names found by trigram search,
 * each with its library entry, the target spread of every unit, the unit's own latest value and
 * actual, and the peers' (same sector, the unit itself left out) spread, all from earlier years
 * than the table's. One SQL statement whatever the size of the history
 * (server/db/indicator-suggestions.repository.ts, bench/indicator-suggestions.bench.ts).
 */
import type { Suggestion, SuggestionList } from '../../../contract/indicator-library.ts';
import { entryKindSchema, entryStatusSchema, referenceValueSchema } from '../../../core/indicator-library/entry.ts';
import { describePeers } from '../../../core/indicator-library/peer-statistics.ts';
import type { Direction } from '../../../core/model.ts';
import type { SuggestionRow, SuggestionStatistics } from '../../db/indicator-suggestions.repository.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { readActorSector } from './read-unit-sector.ts';

type Distribution = NonNullable<Suggestion['targets']>;

function toDistribution(statistics: SuggestionStatistics | null): Distribution | null {
  if (!statistics) return null;
  const { year, users, targetCount: count, p10, median, p90, completionMedian } = statistics;
  return { year, users, count, p10, median, p90, completionMedian };
}

/** The unit's latest year: the target (of the target table) and the actual (of the self-evaluation) of that year. */
function readOwnValues(rows: SuggestionRow['own']): Suggestion['own'] {
  const year = rows[0]?.year;
  if (year === undefined) return null;
  const ofYear = rows.filter((row) => row.year === year);
  const target = ofYear.find((row) => row.targetText !== null);
  const actual = ofYear.find((row) => row.actualText !== null);
  return { year, targetText: target?.targetText ?? null, targetValue: target?.targetValue ?? null, actualText: actual?.actualText ?? null, actualValue: actual?.actualValue ?? null };
}

/** The sector's spread of the latest earlier year without the unit's own rows of that year. */
function readPeers(row: SuggestionRow, sector: string, direction: Direction): Suggestion['peers'] {
  if (!row.peers || sector === '') return null;
  const { year, targetValues, completionValues, users } = row.peers;
  const own = row.own.filter((ownRow) => ownRow.year === year && ownRow.sector === sector).map((ownRow) => ({ target: ownRow.targetValue, actual: ownRow.actualValue }));
  const peers = describePeers({ users, targetValues, completionValues }, own, direction);
  if (!peers) return null;
  return { year, sector, users: peers.users, ...peers.targets, completionMedian: peers.completion.median };
}

function toSuggestion(row: SuggestionRow, sector: string): Suggestion {
  const live = row.entry && row.entry.status !== 'retired' ? row.entry : null;
  const direction = (live?.direction ?? row.direction) as Direction;
  return {
    nameKey: row.nameKey,
    name: live?.name ?? row.name,
    level1: row.level1,
    level2: row.level2,
    unit: live?.unit ?? row.unit,
    direction,
    uses: row.uses,
    entry: live
      ? {
          id: live.id,
          status: entryStatusSchema.parse(live.status),
          kind: entryKindSchema.parse(live.kind),
          definition: live.definition,
          formula: live.formula,
          scoringMethod: live.scoringMethod,
          referenceValues: referenceValueSchema.array().parse(live.referenceValues),
        }
      : null,
    targets: toDistribution(row.all),
    own: readOwnValues(row.own),
    peers: readPeers(row, sector, direction),
  };
}

export async function suggestIndicators(
  deps: ServiceDeps,
  input: { actor: Pick<Actor, 'organisationId'> & Partial<Pick<Actor, 'organisationName' | 'organisationPath'>>; q: string; year?: number | undefined; limit: number },
): Promise<SuggestionList> {
  const year = input.year ?? deps.now().getUTCFullYear();
  const sector = await readActorSector(deps.repositories, input.actor);
  const rows = await deps.repositories.indicatorHistory.suggest({ q: input.q, limit: input.limit, organisationId: input.actor.organisationId, sector, year });
  return { items: rows.map((row) => toSuggestion(row, sector)), sector };
}
