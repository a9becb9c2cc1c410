/**
 * Issue 4 "Unit workspace: create a target table (blank, from last year's approved one, …)".
 * A blank table carries only the unit and year. From last year: the newest approved (or
 * published) revision of last year's table gives functions, goal and every indicator with its
 * 指标值 and weight; the budget starts empty because each year's 年度预算申请 is new. Either way
 * the result is a 草稿 of the unit's, revision 1, for the given year.
 */
import { createEmptyDocument, type PerformanceDocument } from '../../../core/model.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../service-error.ts';
import { createDocumentExistsError } from './document-errors.ts';
import { toDocumentView, type DocumentView } from './document-view.ts';
import { insertDraft } from './insert-draft.ts';
import { ensureMayCreate } from './ensure-may-create.ts';
import { analyseForYear } from '../rule-packs/pack-for-year.ts';

export type TargetTableSource = 'blank' | 'last-year';

const approvedStates = ['approved', 'published'];

export async function createTargetTable(
  deps: ServiceDeps,
  input: { actor: Actor; year: number; from: TargetTableSource },
): Promise<DocumentView> {
  const { actor, year } = input;
  ensureMayCreate(actor, 'target-table');
  const existing = await deps.repositories.documents.listRevisions({
    organisationId: actor.organisationId,
    year,
    kind: 'target-table',
    project: null,
  });
  if (existing.length > 0) throw createDocumentExistsError({ kind: 'target-table', year });
  if (input.from === 'blank') {
    const body = await analyseForYear(
      deps,
      buildBlankTargetTable({ unit: actor.organisationName, year }),
      year,
      actor.organisationId,
    );
    const stored = await insertDraft(deps, { actor, body, action: 'create', reason: '新建空白绩效目标表' });
    return toDocumentView(stored, actor);
  }
  const lastYear = await deps.repositories.documents.listRevisions({
    organisationId: actor.organisationId,
    year: year - 1,
    kind: 'target-table',
    project: null,
  });
  const source = lastYear.find((revision) => approvedStates.includes(revision.state));
  if (!source) {
    throw new ServiceError({
      code: 'no-approved-targets-last-year',
      message: `${year - 1} 年度没有已批复的绩效目标表，无法按上年复制。请新建空白目标表或上传文档。`,
      httpStatus: 404,
    });
  }
  const body = await analyseForYear(
    deps,
    copyTargetTableToYear({ source: source.body, year, unit: actor.organisationName }),
    year,
    actor.organisationId,
  );
  const stored = await insertDraft(deps, {
    actor,
    body,
    action: 'create-from-last-year',
    reason: `由 ${year - 1} 年度第 ${source.revision} 版已批复的绩效目标表复制`,
  });
  return toDocumentView(stored, actor);
}

export function buildBlankTargetTable(input: { unit: string; year: number }): PerformanceDocument {
  return { ...createEmptyDocument('target-table'), unit: input.unit, year: input.year };
}

/** Last year's approved targets as this year's draft: indicators and weights kept, budget, scores and findings cleared. */
export function copyTargetTableToYear(input: {
  source: PerformanceDocument;
  year: number;
  unit: string;
}): PerformanceDocument {
  const { source } = input;
  return {
    ...createEmptyDocument('target-table', source.scope),
    unit: source.unit || input.unit,
    year: input.year,
    project: source.project ?? null,
    supervisor: source.supervisor ?? null,
    functions: source.functions ?? null,
    overallGoal: source.overallGoal ?? null,
    goals: source.goals.map((goal) => ({
      name: goal.name,
      indicators: goal.indicators.map((indicator) => ({
        level1: indicator.level1,
        level2: indicator.level2,
        name: indicator.name,
        target: indicator.target,
        weight: indicator.weight ?? null,
      })),
    })),
  };
}
