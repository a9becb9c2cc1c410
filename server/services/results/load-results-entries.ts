/**
 * The entries of a year's 评价结果通报: the newest revision of every self-evaluation submitted in
 * the actor's subtree (a finance bureau: its region; the administrator: everything), with its
 * money, 总分 and 等级. Drafts and returned tables are counted as pending, not reported.
 */
import { grades, type Grade } from '../../../core/model.ts';
import type { ResultsNoticeEntry } from '../../../core/results/index.ts';
import type { ReviewState } from '../../../core/review/index.ts';
import type { DocumentSummary } from '../../db/documents.repository.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { canActorReadSummary } from '../documents/can-read.ts';
import { listOrganisations } from '../organisations/list-organisations.ts';
import { keepLatestRevisions, mapSupervisors } from '../reports/list-summary-rows.ts';

const pageSize = 5000;
const bodyBatchSize = 500;
const pendingStates: readonly ReviewState[] = ['draft', 'returned'];

function toGrade(text: string | null | undefined): Grade | null {
  return (grades as readonly string[]).includes(text ?? '') ? (text as Grade) : null;
}

async function listSelfEvaluations(deps: ServiceDeps, input: { actor: Actor; year: number; organisationId?: string }): Promise<DocumentSummary[]> {
  const within = input.actor.role === 'admin' ? {} : { withinOrganisationPath: [...input.actor.organisationPath] };
  const summaries: DocumentSummary[] = [];
  for (let offset = 0; ; offset += pageSize) {
    const only = input.organisationId ? { organisationId: input.organisationId } : {};
    const page = await deps.repositories.documents.list({ year: input.year, kind: 'self-evaluation', ...within, ...only, limit: pageSize, offset });
    summaries.push(...page.items.filter((summary) => canActorReadSummary(input.actor, summary)));
    if (page.items.length < pageSize || offset + pageSize >= page.total) return keepLatestRevisions(summaries);
  }
}

/** The entries (of one unit when `organisationId` is given), and how many self-evaluations of the year are still drafts or returned. */
export async function loadResultsEntries(
  deps: ServiceDeps,
  input: { actor: Actor; year: number; organisationId?: string },
): Promise<{ entries: ResultsNoticeEntry[]; pending: number }> {
  const supervisors = mapSupervisors(await listOrganisations(deps, { actor: input.actor }));
  const all = await listSelfEvaluations(deps, input);
  const submitted = all.filter((summary) => !pendingStates.includes(summary.state));
  const entries: ResultsNoticeEntry[] = [];
  // Money lives in the body: one query per batch of bodies, as the summary does.
  for (let start = 0; start < submitted.length; start += bodyBatchSize) {
    const batch = submitted.slice(start, start + bodyBatchSize);
    const bodies = await deps.repositories.documents.listBodies(batch.map((summary) => summary.id));
    for (const summary of batch) {
      const body = bodies.get(summary.id);
      if (!body) continue;
      entries.push({
        organisationId: summary.organisationId,
        unit: summary.organisationName,
        supervisor: supervisors.get(summary.organisationId) ?? null,
        scope: body.scope,
        project: summary.project,
        adjusted: body.budget.adjusted ?? body.budget.total ?? null,
        executed: body.budget.executed ?? null,
        executionRate: body.budget.executionRate ?? null,
        score: summary.score ?? body.totals.score ?? body.totals.suggestedScore ?? null,
        grade: toGrade(summary.grade) ?? body.totals.grade ?? body.totals.enteredGrade ?? body.totals.suggestedGrade ?? null,
      });
    }
  }
  return { entries, pending: all.length - submitted.length };
}
