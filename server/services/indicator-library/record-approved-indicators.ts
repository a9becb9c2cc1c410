/**
 * Every approved document adds its indicators to the library's history (issue 13 "built from the
 * data"): a target table when finance approves it (targets), a self-evaluation when finance has
 * reviewed it (targets and actuals). A later revision of the same document replaces the rows of
 * the earlier one. Runs inside the approval's transaction, so history and state change together.
 */
import { listRecordedIndicators } from '../../../core/indicator-library/document-indicators.ts';
import type { PerformanceDocument } from '../../../core/model.ts';
import type { IndicatorName } from '../../db/indicator-history.repository.ts';
import type { Repositories } from '../../db/repositories.ts';
import { readUnitSector } from './read-unit-sector.ts';
import { refreshStatistics } from './refresh-statistics.ts';

/** The state at which each kind's indicators count as settled. */
export const recordedStates: Readonly<Record<string, string>> = { 'target-table': 'approved', 'self-evaluation': 'finance-reviewed' };

/** Whether a transition into `state` records the document's indicators. */
export function isRecordedTransition(kind: string, state: string): boolean {
  return recordedStates[kind] === state;
}

export interface RecordableDocument {
  id: string;
  organisationId: string;
  year: number;
  kind: string;
  project: string | null;
  body: PerformanceDocument;
}

/** Records the document's indicators; returns how many. */
export async function recordApprovedIndicators(repositories: Repositories, document: RecordableDocument): Promise<number> {
  const project = document.project ?? '';
  const removed = await repositories.indicatorHistory.deleteByDocument({ organisationId: document.organisationId, year: document.year, kind: document.kind, project });
  const indicators = listRecordedIndicators(document.body);
  const sector = await readUnitSector(repositories, document.organisationId);
  await repositories.indicatorHistory.insertMany(
    indicators.map((indicator) => ({ ...indicator, documentId: document.id, organisationId: document.organisationId, year: document.year, kind: document.kind, project, sector })),
  );
  // Uses change by the difference, so re-recording a revision does not count its names twice.
  const changes = new Map<string, Omit<IndicatorName, 'entryId'>>();
  for (const { nameKey } of removed) {
    const change = changes.get(nameKey) ?? { nameKey, name: nameKey, level1: '', level2: '', unit: '', direction: 'qualitative', uses: 0 };
    change.uses -= 1;
    changes.set(nameKey, change);
  }
  for (const indicator of indicators) {
    const previous = changes.get(indicator.nameKey)?.uses ?? 0;
    const { nameKey, name, level1, level2, unit, direction } = indicator;
    changes.set(nameKey, { nameKey, name, level1, level2, unit, direction, uses: previous + 1 });
  }
  await repositories.indicatorHistory.addNameUses([...changes.values()]);
  await refreshStatistics(repositories, [
    ...removed,
    ...indicators.map((indicator) => ({ nameKey: indicator.nameKey, year: document.year, direction: indicator.direction })),
  ]);
  return indicators.length;
}
