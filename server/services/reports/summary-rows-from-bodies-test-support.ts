/**
 * The finance summary as it was computed before the figures became columns (commit d2c5110):
 * every body parsed, 执行率 and findings read from it. Kept for tests only, to show the summary
 * from columns (list-summary-rows.ts) answers the same on a generated province.
 */
import type { SummaryRow as SummaryRowView, SummaryUnit as SummaryUnitView } from '../../../contract/reports.ts';
import { roundDecimal, toDecimal } from '../../../core/decimal.ts';
import { documentKindNames, type Budget, type Grade } from '../../../core/model.ts';
import { reviewStateNames, type ReviewActor } from '../../../core/review/index.ts';
import type { DocumentSummary } from '../../db/documents.repository.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { canActorReadSummary } from '../documents/can-read.ts';
import { listOrganisations } from '../organisations/list-organisations.ts';
import { keepLatestRevisions, mapSupervisors } from './list-summary-rows.ts';

/** Documents fetched per list query and bodies loaded at once; bounded so memory stays flat. */
const pageSize = 5000;
const bodyBatchSize = 500;

const grades: readonly string[] = ['优', '良', '中', '差'];

/** Every document summary in the actor's read scope for the year (all pages). */
async function listReadableSummaries(
  deps: ServiceDeps,
  input: { actor: ReviewActor; year?: number },
): Promise<DocumentSummary[]> {
  // The subtree narrows the query; core's read rule (canActorRead) then decides each document.
  // Filtering with the read scope in SQL gives the same set but costs a correlated subquery per
  // row in the WHERE clause and again in the count: 4 s instead of 1 s for 2,000 units.
  const within =
    input.actor.role === 'admin' ? {} : { withinOrganisationPath: [...input.actor.organisationPath] };
  const summaries: DocumentSummary[] = [];
  for (let offset = 0; ; offset += pageSize) {
    const page = await deps.repositories.documents.list({
      ...(input.year !== undefined ? { year: input.year } : {}),
      ...within,
      limit: pageSize,
      offset,
    });
    summaries.push(...page.items.filter((summary) => canActorReadSummary(input.actor, summary)));
    if (page.items.length < pageSize || offset + pageSize >= page.total) return summaries;
  }
}

/** 执行率 as stated, else 全年执行数 / 全年预算数 (财预〔2020〕10号), in percent with two decimals. */
function readExecutionRate(budget: Budget): string | null {
  if (budget.executionRate) return budget.executionRate;
  const executed = toDecimal(budget.executed);
  const adjusted = toDecimal(budget.adjusted ?? budget.total);
  if (!executed || !adjusted || adjusted.isZero()) return null;
  return roundDecimal(executed.div(adjusted).times(100));
}

function compareRows(a: SummaryRowView, b: SummaryRowView): number {
  return (
    b.year - a.year ||
    a.unit.localeCompare(b.unit, 'zh-CN') ||
    a.kind.localeCompare(b.kind) ||
    (a.project ?? '').localeCompare(b.project ?? '', 'zh-CN')
  );
}

/** The summary rows and the units they belong to, for the actor, read from the bodies. */
export async function listSummaryRowsFromBodies(
  deps: ServiceDeps,
  input: { actor: Actor; year?: number },
): Promise<{ rows: SummaryRowView[]; units: SummaryUnitView[] }> {
  const organisations = await listOrganisations(deps, { actor: input.actor });
  const supervisors = mapSupervisors(organisations);
  const summaries = keepLatestRevisions(await listReadableSummaries(deps, input));
  const rows: SummaryRowView[] = [];
  // Execution rate and findings live in the body: one query per batch of bodies, not one per
  // document (a province's year is 20,000 documents; bench/province.bench.ts).
  for (let start = 0; start < summaries.length; start += bodyBatchSize) {
    const batch = summaries.slice(start, start + bodyBatchSize);
    const bodies = await deps.repositories.documents.listBodies(batch.map((summary) => summary.id));
    for (const document of batch) {
      const body = bodies.get(document.id);
      if (!body) continue;
      const kind = document.kind;
      const state = document.state;
      const count = (severity: 'error' | 'warning' | 'info') =>
        body.findings.filter((finding) => finding.severity === severity).length;
      rows.push({
        documentId: document.id,
        organisationId: document.organisationId,
        unit: document.organisationName,
        supervisor: supervisors.get(document.organisationId) ?? null,
        year: document.year,
        kind,
        kindName: documentKindNames[kind] ?? document.kind,
        project: document.project,
        revision: document.revision,
        state,
        stateName: reviewStateNames[state] ?? document.state,
        executionRate: readExecutionRate(body.budget),
        score: document.score ?? body.totals.score ?? null,
        grade: (grades.includes(document.grade ?? '')
          ? document.grade
          : (body.totals.grade ?? null)) as Grade | null,
        findings: { error: count('error'), warning: count('warning'), info: count('info') },
        updatedAt: document.updatedAt,
      });
    }
  }
  const units = organisations
    .filter((organisation) => organisation.kind === 'unit')
    .map((organisation) => ({
      id: organisation.id,
      name: organisation.name,
      supervisor: supervisors.get(organisation.id) ?? null,
    }));
  return { rows: rows.sort(compareRows), units };
}

