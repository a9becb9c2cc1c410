/**
 * Issue 3: the evaluation report is "drafted from the data, edited, submitted with the
 * self-evaluation". The draft takes the sections of sample 003 and fills what the unit's
 * self-evaluation of the same year already says: functions, goal, results, score and grade,
 * execution, and every indicator that was not fully met with its deviation reason. The unit
 * edits the rest before submitting.
 */
import { analyseDocument } from '../../../core/analyse.ts';
import { Dec, roundDecimal, toDecimal } from '../../../core/decimal.ts';
import { createEmptyDocument, eachIndicator, type PerformanceDocument } from '../../../core/model.ts';
import { decideAccess } from '../../../core/review/index.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError, toServiceError } from '../service-error.ts';
import { toDocumentView, type DocumentView } from './document-view.ts';
import { insertDraft } from './insert-draft.ts';

export async function createEvaluationReport(
  deps: ServiceDeps,
  input: { actor: Actor; year: number; project?: string | null },
): Promise<DocumentView> {
  const { actor } = input;
  const decision = decideAccess({
    actor,
    document: { kind: 'evaluation-report', state: 'draft', organisationId: actor.organisationId, organisationPath: actor.organisationPath, hasSupervisor: false },
    action: 'create',
  });
  if (!decision.ok) throw toServiceError(decision);
  const [selfEvaluation] = await deps.repositories.documents.listRevisions({
    organisationId: actor.organisationId,
    year: input.year,
    kind: 'self-evaluation',
    project: input.project ?? null,
  });
  if (!selfEvaluation) {
    throw new ServiceError({
      code: 'no-self-evaluation',
      message: `${input.year} 年度还没有自评表，请先填写自评表，再生成评价报告。`,
      httpStatus: 409,
    });
  }
  const body = analyseDocument(draftEvaluationReport(analyseDocument(selfEvaluation.body)));
  const stored = await insertDraft(deps, { actor, body, action: 'create-from-self-evaluation', reason: '由本年度自评表生成' });
  return toDocumentView(stored, actor);
}

/** A report draft from a (scored) self-evaluation; sections the data cannot fill are left for the unit. */
export function draftEvaluationReport(selfEvaluation: PerformanceDocument): PerformanceDocument {
  const document = createEmptyDocument('evaluation-report', selfEvaluation.scope);
  const { budget, totals } = selfEvaluation;
  const rate = budget.executionRate ?? computeExecutionRate(budget.executed, budget.adjusted);
  const execution = [
    budget.adjusted ? `全年预算数 ${budget.adjusted} 万元` : null,
    budget.executed ? `全年执行数 ${budget.executed} 万元` : null,
    rate ? `预算执行率 ${rate}%` : null,
  ].filter(Boolean);
  const score = totals.suggestedScore ?? totals.score;
  const grade = totals.suggestedGrade ?? totals.grade;
  const performance = [
    selfEvaluation.overallResult ?? '',
    score ? `单位自评得分 ${score} 分${grade ? `，等级为“${grade}”` : ''}。` : '',
    execution.length > 0 ? `${execution.join('，')}。` : '',
  ].join('');
  const problems = [...eachIndicator(selfEvaluation)]
    .filter(({ indicator }) => (indicator.deviation ?? '').trim() !== '')
    .map(({ indicator }) => `${indicator.name}：目标${indicator.target?.text ?? '未填'}，实际完成${indicator.actual?.text ?? '未填'}。${indicator.deviation!.trim()}`);
  return {
    ...document,
    unit: selfEvaluation.unit,
    year: selfEvaluation.year,
    project: selfEvaluation.project ?? null,
    supervisor: selfEvaluation.supervisor ?? null,
    budget: { total: budget.adjusted ?? budget.total ?? null, executed: budget.executed ?? null },
    functions: selfEvaluation.functions ?? null,
    overallGoal: selfEvaluation.overallGoal ?? null,
    overallResult: selfEvaluation.overallResult ?? null,
    report: {
      sections: [
        { title: '部门基本情况', text: selfEvaluation.functions ?? '' },
        { title: '绩效目标', text: selfEvaluation.overallGoal ?? '' },
        { title: '绩效情况', text: performance },
        { title: '存在的问题及原因分析', text: problems.length > 0 ? problems.join('\n') : '年度绩效指标均已完成。' },
        { title: '下一步改进措施', text: '' },
        { title: '自评结果拟应用和公开情况', text: '自评结果作为下年度预算安排的参考，并按规定随部门决算公开。' },
        { title: '其他需要说明的情况', text: '' },
      ],
      moneyLists: [],
    },
  };
}

function computeExecutionRate(executed: string | null | undefined, adjusted: string | null | undefined): string | null {
  const numerator = toDecimal(executed);
  const denominator = toDecimal(adjusted);
  if (!numerator || !denominator || denominator.isZero()) return null;
  return roundDecimal(numerator.dividedBy(denominator).times(new Dec(100)));
}
