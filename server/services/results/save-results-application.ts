/**
 * Finance records its 结果应用 decision for one evaluated unit or project (issue 11): the budget
 * suggestion for the next year, a share and a note. The grade is taken from the year's
 * self-evaluation, never from the request.
 */
import type { ApplicationRecordView, SaveApplicationBody } from '../../../contract/results.ts';
import { mergeApplications } from '../../../core/results/index.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { ensureFinanceOver } from '../monitoring/ensure-finance-over.ts';
import { createNotFoundError } from '../service-error.ts';
import { loadResultsEntries } from './load-results-entries.ts';

export async function saveResultsApplication(
  deps: ServiceDeps,
  input: { actor: Actor; organisationId: string; year: number; body: SaveApplicationBody },
): Promise<ApplicationRecordView> {
  const organisation = await deps.repositories.organisations.getById(input.organisationId);
  if (!organisation) throw createNotFoundError('找不到该单位，或您无权查看。');
  ensureFinanceOver(input.actor, organisation.path, { notFound: '找不到该单位，或您无权查看。', forbidden: '只有该单位所属的财政部门可以确定结果应用。' });
  const project = input.body.project === '' ? null : input.body.project;
  const { entries } = await loadResultsEntries(deps, { actor: input.actor, year: input.year, organisationId: organisation.id });
  const entry = entries.find((candidate) => (candidate.project ?? null) === project);
  if (!entry) {
    throw createNotFoundError(`${input.year}年度没有${organisation.name}${project ? `“${project}”项目` : '部门整体'}已提交的绩效自评，无法确定结果应用。`);
  }
  const decided = {
    organisationId: organisation.id,
    year: input.year,
    project,
    grade: entry.grade,
    suggestion: input.body.suggestion,
    changePercent: input.body.changePercent,
    note: input.body.note === '' ? null : input.body.note,
    updatedBy: input.actor.userId,
    updatedAt: deps.now().toISOString(),
  };
  await deps.repositories.results.saveApplication(decided);
  const [record] = mergeApplications({ year: input.year, entries: [entry], decided: [decided] });
  return record!;
}
