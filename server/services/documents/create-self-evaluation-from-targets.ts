/**
 * Issue 3: a self-evaluation is "created from the approved targets of that year (indicators and
 * weights carried over)". The newest approved revision of the unit's target table is the source;
 * actuals, scores and deviation reasons start empty for the unit to fill in. Targets rarely carry
 * 分值, so missing ones are proposed from the policy's level weights (core/scoring/propose-weights).
 */
import { policiesOfPack } from '../../../core/rule-packs/index.ts';
import { analyseForYear, packForDocument } from '../rule-packs/pack-for-year.ts';
import { createEmptyDocument, type PerformanceDocument } from '../../../core/model.ts';
import { defaultScoringPolicy, proposeWeights, type ScoringPolicy } from '../../../core/scoring/index.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../service-error.ts';
import { toDocumentView, type DocumentView } from './document-view.ts';
import { insertDraft } from './insert-draft.ts';
import { ensureMayCreate } from './ensure-may-create.ts';

const approvedStates = ['approved', 'published'];

export async function createSelfEvaluationFromTargets(
  deps: ServiceDeps,
  input: { actor: Actor; year: number; project?: string | null },
): Promise<DocumentView> {
  const { actor } = input;
  ensureMayCreate(actor, 'self-evaluation');
  const revisions = await deps.repositories.documents.listRevisions({
    organisationId: actor.organisationId,
    year: input.year,
    kind: 'target-table',
    project: input.project ?? null,
  });
  const targets = revisions.find((revision) => approvedStates.includes(revision.state));
  if (!targets) {
    throw new ServiceError({
      code: 'no-approved-targets',
      message: `${input.year} 年度没有已批复的绩效目标表，无法生成自评表。请先完成目标表的审核批复。`,
      httpStatus: 409,
    });
  }
  // Missing 分值 are proposed from the level weights of the year's pack (issue 12).
  const pack = await packForDocument(deps.repositories, {
    year: input.year,
    organisationId: actor.organisationId,
  });
  const { document, proposedCount } = buildSelfEvaluation(targets.body, policiesOfPack(pack).scoring);
  const body = await analyseForYear(deps, document, input.year, actor.organisationId);
  const proposed = proposedCount > 0 ? `；${proposedCount} 个指标的分值按一级指标分值平均建议，请核对` : '';
  const stored = await insertDraft(deps, {
    actor,
    body,
    action: 'create-from-targets',
    reason: `由第 ${targets.revision} 版已批复的绩效目标表生成${proposed}`,
  });
  return toDocumentView(stored, actor);
}

/**
 * A self-evaluation skeleton carrying the targets' indicators, weights and budget; 分值 the targets
 * lack are proposed from `policy` (how many: `proposedCount`).
 */
export function buildSelfEvaluation(
  targets: PerformanceDocument,
  policy: ScoringPolicy = defaultScoringPolicy,
): { document: PerformanceDocument; proposedCount: number } {
  const empty = createEmptyDocument('self-evaluation', targets.scope);
  const total = targets.budget.total ?? null;
  const carried = targets.goals.map((goal) => ({
    name: goal.name,
    indicators: goal.indicators.map((indicator) => ({
      level1: indicator.level1,
      level2: indicator.level2,
      name: indicator.name,
      target: indicator.target,
      weight: indicator.weight ?? null,
      actual: null,
      score: null,
      deviation: null,
    })),
  }));
  const { goals, proposedCount } = proposeWeights(carried, policy);
  const document: PerformanceDocument = {
    ...empty,
    unit: targets.unit,
    year: targets.year,
    project: targets.project ?? null,
    supervisor: targets.supervisor ?? null,
    budget: {
      ...(targets.budget.bySource ? { bySource: targets.budget.bySource } : {}),
      ...(targets.budget.byNature ? { byNature: targets.budget.byNature } : {}),
      total,
      initial: total,
      adjusted: total,
      executed: null,
      weight: policy.executionWeight,
    },
    functions: targets.functions ?? null,
    overallGoal: targets.overallGoal ?? null,
    overallResult: null,
    goals,
  };
  return { document, proposedCount };
}
