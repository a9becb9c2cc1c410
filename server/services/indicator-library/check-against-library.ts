/**
 * The library findings of one document (target-below-history, target-below-peers,
 * missing-common-indicator, unknown-level): the server loads the unit's own history and its
 * peers' statistics for the document's indicators and hands them to core's checkAgainstLibrary.
 * The required 共性指标 are the document's rule pack's (pack-for-year.ts).
 * Shown beside the analysis findings in the editor and to reviewers; not stored in the body.
 */
import type { LibraryContextResponse } from '../../../contract/indicator-library.ts';
import { checkAgainstLibrary } from '../../../core/checks/library-checks.ts';
import type { IndicatorReference } from '../../../core/checks/library-context.ts';
import { policiesOfPack } from '../../../core/rule-packs/index.ts';
import { listRecordedIndicators } from '../../../core/indicator-library/document-indicators.ts';
import { describePeers } from '../../../core/indicator-library/peer-statistics.ts';
import { directionSchema, type Finding, type PerformanceDocument } from '../../../core/model.ts';
import type { HistoryRow, StatisticsRow } from '../../db/indicator-history.repository.ts';
import type { Repositories } from '../../db/repositories.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { loadDocumentFor } from '../documents/load-document.ts';
import { packForDocument } from '../rule-packs/pack-for-year.ts';
import { levelVocabulary } from './level-vocabulary.ts';
import { readUnitSector } from './read-unit-sector.ts';

/** The peers' median target without the unit's own rows of that year (core/indicator-library/peer-statistics.ts). */
function readPeerMedian(input: { statistics: StatisticsRow | undefined; ownRows: readonly HistoryRow[]; sector: string; direction: string | undefined }): number | null {
  const { statistics } = input;
  if (!statistics) return null;
  const own = input.ownRows.filter((row) => row.year === statistics.year && row.sector === input.sector).map((row) => ({ target: row.targetValue, actual: row.actualValue }));
  const values = { users: statistics.users, targetValues: parseValues(statistics.target_values), completionValues: parseValues(statistics.completion_values) };
  return describePeers(values, own, directionSchema.safeParse(input.direction).data ?? 'higher-better')?.targets.median ?? null;
}

function parseValues(text: string | null): number[] {
  return text === null ? [] : (JSON.parse(text) as number[]);
}

/** References per name key for a unit's document of a year. */
export async function loadReferences(
  repositories: Repositories,
  input: { organisationId: string; year: number; body: PerformanceDocument },
): Promise<Map<string, IndicatorReference>> {
  const nameKeys = [...new Set(listRecordedIndicators(input.body).map((indicator) => indicator.nameKey))];
  const sector = await readUnitSector(repositories, input.organisationId);
  const [names, ownRows, statistics] = await Promise.all([
    repositories.indicatorHistory.listNamesByKeys(nameKeys),
    repositories.indicatorHistory.listUnitRows({ organisationId: input.organisationId, nameKeys, beforeYear: input.year }),
    repositories.indicatorHistory.listStatistics({ nameKeys, sectors: sector === '' ? [''] : ['', sector], beforeYear: input.year }),
  ]);
  const references = new Map<string, IndicatorReference>();
  for (const nameKey of nameKeys) {
    // Newest first: the unit's latest row with an actual, the peers' and all units' latest year.
    const own = ownRows.find((row) => row.nameKey === nameKey && row.actualValue !== null);
    const typical = statistics.find((row) => row.name_key === nameKey && row.sector === '')?.target_median ?? null;
    const peerRow = sector === '' ? undefined : statistics.find((row) => row.name_key === nameKey && row.sector === sector);
    const peers = readPeerMedian({ statistics: peerRow, ownRows: ownRows.filter((row) => row.nameKey === nameKey), sector, direction: names.find((name) => name.nameKey === nameKey)?.direction });
    if (!own && peers === null && typical === null) continue;
    const unit = own?.unit ?? names.find((name) => name.nameKey === nameKey)?.unit ?? '';
    references.set(nameKey, {
      lastYear: own?.year ?? null,
      lastTarget: own?.targetValue ?? null,
      lastActual: own?.actualValue ?? null,
      peerMedian: peers,
      typicalTarget: typical,
      unit,
    });
  }
  return references;
}

export async function checkDocumentAgainstLibrary(deps: ServiceDeps, input: { actor: Actor; id: string }): Promise<Finding[]> {
  const stored = await loadDocumentFor(deps.repositories, { actor: input.actor, id: input.id, action: 'read' });
  const references = await loadReferences(deps.repositories, { organisationId: stored.organisationId, year: stored.year, body: stored.body });
  const { library } = policiesOfPack(await packForDocument(deps.repositories, stored));
  return checkAgainstLibrary(stored.body, { references, levels: levelVocabulary, policy: library });
}

/** The references, levels and policy of a document, for the editor to check an unsaved body live. */
export async function loadLibraryContext(deps: ServiceDeps, input: { actor: Actor; id: string }): Promise<LibraryContextResponse> {
  const stored = await loadDocumentFor(deps.repositories, { actor: input.actor, id: input.id, action: 'read' });
  const references = await loadReferences(deps.repositories, { organisationId: stored.organisationId, year: stored.year, body: stored.body });
  const { library } = policiesOfPack(await packForDocument(deps.repositories, stored));
  return {
    references: Object.fromEntries(references),
    levels: { level1: [...levelVocabulary.level1], level2: [...levelVocabulary.level2] },
    policy: { ...library, requiredCommonIndicators: [...library.requiredCommonIndicators] },
  };
}
