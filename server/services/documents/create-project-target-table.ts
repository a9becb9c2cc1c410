/**
 * Issue 10 "Project tables (项目支出) created in the web app": a unit starts a 项目支出绩效目标表
 * with the project's name, 资金总额 and 资金来源 (万元). The sources must add up to the total
 * (exact decimals); the indicators are then filled in the target editor. One draft per unit,
 * year and project; scoring and checks run in a worker (deps.heavyWork).
 */
import { createEmptyDocument, type PerformanceDocument } from '../../../core/model.ts';
import {
  buildProjectBudget,
  describeFundingMismatch,
  type ProjectFundingInput,
} from '../../../core/project-budget.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { analyseForYear } from '../rule-packs/pack-for-year.ts';
import { createDocumentExistsError, createInvalidInputError } from './document-errors.ts';
import { toDocumentView, type DocumentView } from './document-view.ts';
import { ensureMayCreate } from './ensure-may-create.ts';
import { insertDraft } from './insert-draft.ts';

export interface ProjectTargetTableInput {
  actor: Actor;
  year: number;
  project: string;
  total: string;
  funding: Omit<ProjectFundingInput, 'total'>;
}

export async function createProjectTargetTable(
  deps: ServiceDeps,
  input: ProjectTargetTableInput,
): Promise<DocumentView> {
  const { actor, year } = input;
  ensureMayCreate(actor, 'target-table');
  const project = input.project.trim();
  const funding: ProjectFundingInput = { total: input.total, ...input.funding };
  if ([funding.currentYear, funding.carriedOver, funding.other].every((amount) => amount === null)) {
    throw createInvalidInputError(
      'project-funding-missing',
      '请填写资金来源（本年财政拨款、上年结转资金或其他资金），合计须等于资金总额。',
    );
  }
  const mismatch = describeFundingMismatch(funding);
  if (mismatch)
    throw createInvalidInputError('project-funding-mismatch', `${mismatch}，请核对资金来源或资金总额。`);
  const existing = await deps.repositories.documents.listRevisions({
    organisationId: actor.organisationId,
    year,
    kind: 'target-table',
    project,
  });
  if (existing.length > 0) throw createDocumentExistsError({ kind: 'target-table', year, project });
  const body = await analyseForYear(
    deps,
    buildProjectTargetTable({ unit: actor.organisationName, year, project, funding }),
  );
  const stored = await insertDraft(deps, {
    actor,
    body,
    action: 'create',
    reason: `新建项目支出绩效目标表：${project}`,
  });
  return toDocumentView(stored, actor);
}

/** A project table with its name and money only: the unit fills the goal and indicators in the editor. */
export function buildProjectTargetTable(input: {
  unit: string;
  year: number;
  project: string;
  funding: ProjectFundingInput;
}): PerformanceDocument {
  return {
    ...createEmptyDocument('target-table', 'project'),
    unit: input.unit,
    year: input.year,
    project: input.project,
    budget: buildProjectBudget(input.funding),
  };
}
