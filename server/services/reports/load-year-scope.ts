/**
 * The units and documents a year view covers (issue 10): the units under the chosen organisation
 * (default: the actor's own; a 主管部门 only its own units, finance any subtree of its tree, the
 * administrator anything), each with its department-scope 目标表, 自评表 and 评价报告 of the year
 * (every revision, state only: no body is read), and when each unit began (core/unit-deadlines.ts:
 * the year's deadlines that passed before it are not its own). An organisation the actor cannot see: 404.
 */
import { canSeeOrganisation } from '../../../core/review/index.ts';
import type { FiscalYearDeadlines } from '../../../core/fiscal-year-deadlines.ts';
import type { UnitStart } from '../../../core/unit-deadlines.ts';
import type { DocumentFiguresSummary } from '../../db/documents.repository.ts';
import type { Organisation } from '../../db/organisations.repository.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { listOrganisations } from '../organisations/list-organisations.ts';
import { createNotFoundError } from '../service-error.ts';
import { mapSupervisors } from './list-summary-rows.ts';
import { remindedKinds } from './year-outstanding.ts';

export interface YearScope {
  root: Organisation | null;
  units: Organisation[];
  /** The 主管部门 name above each organisation. */
  supervisors: Map<string, string | null>;
  documentsByUnit: Map<string, DocumentFiguresSummary[]>;
  deadlines: FiscalYearDeadlines | null;
  /** When each unit was set up and the first year it has documents of. */
  startOf: (unit: Organisation) => UnitStart;
}

export async function loadYearScope(
  deps: ServiceDeps,
  input: { actor: Actor; year: number; organisationId?: string | undefined },
): Promise<YearScope> {
  const { actor, year } = input;
  const rootId = input.organisationId ?? (actor.role === 'admin' ? null : actor.organisationId);
  const root = rootId ? await deps.repositories.organisations.getById(rootId) : null;
  if (rootId && (!root || !canSeeOrganisation(actor, root.path))) throw createNotFoundError('找不到该组织，或您无权查看。');
  const visible = await listOrganisations(deps, { actor });
  const organisations = visible.filter((organisation) => !root || organisation.path.includes(root.id));
  const units = organisations.filter((organisation) => organisation.kind === 'unit');
  const unitIds = new Set(units.map((unit) => unit.id));
  // Department scope and the reminded kinds only, chosen in SQL (a province's year is 26,000 documents).
  const figures = await deps.repositories.documents.listFigures({
    year,
    kinds: remindedKinds,
    project: null,
    ...(root ? { withinOrganisationPath: root.path } : {}),
  });
  const documentsByUnit = new Map<string, DocumentFiguresSummary[]>();
  for (const document of figures) {
    if (!unitIds.has(document.organisationId)) continue;
    const list = documentsByUnit.get(document.organisationId) ?? [];
    list.push(document);
    documentsByUnit.set(document.organisationId, list);
  }
  const deadlines = (await deps.repositories.fiscalYears.getByYear(year))?.deadlines ?? null;
  // The 主管部门 above a unit may lie above the chosen root: name it from the whole visible tree.
  const supervisors = mapSupervisors(visible);
  const firstDocumentYears = await deps.repositories.yearStatus.listFirstDocumentYears({ withinPath: root?.path ?? null });
  const startOf = (unit: Organisation): UnitStart => ({ createdAt: unit.createdAt, firstDocumentYear: firstDocumentYears.get(unit.id) ?? null });
  return { root, units, supervisors, documentsByUnit, deadlines, startOf };
}
