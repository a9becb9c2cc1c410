/**
 * 绩效总览 by level (issue 14 item 2): what the finance overview shows, for one year and one level
 * of the organisation tree, counted in the database (report-overview.repository.ts): per child
 * organisation the units, the units behind and the self-evaluations' average 执行率 and 得分; for
 * the level the documents by kind × state, the bands and the grades; and one row per unit directly
 * at the level. The numbers are those the summary rows give (get-report-overview.db.test.ts).
 */
import {
  trackedKinds,
  type OverviewChild,
  type OverviewFigures,
  type OverviewTotals,
  type OverviewUnit,
  type ReportOverview,
} from '../../../contract/report-overview.ts';
import { Dec } from '../../../core/decimal.ts';
import { grades, type DocumentKind, type Grade } from '../../../core/model.ts';
import { getReadScope, type ReviewState } from '../../../core/review/index.ts';
import type { OverviewSectionRow } from '../../db/report-overview.repository.ts';
import { formatOrganisationPath } from '../../db/organisations.repository.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { createNotFoundError } from '../service-error.ts';

const chineseOrder = new Intl.Collator('zh-CN');
const pendingStates: readonly string[] = ['draft', 'returned'];
const notFound = '找不到该机构，或您无权查看。';

/** Sums of the 'self' and 'units' sections of one child (or all), as the figures the contract names. */
function sumFigures(rows: readonly OverviewSectionRow[]): OverviewFigures {
  let units = 0;
  let behindUnits = 0;
  let selfEvaluations = 0;
  let rateSum = new Dec(0);
  let rateCount = 0;
  let scoreSum = new Dec(0);
  let scoreCount = 0;
  for (const row of rows) {
    if (row.section === 'units') {
      units += row.count;
      behindUnits += row.behind;
    } else if (row.section === 'self') {
      selfEvaluations += row.count;
      rateSum = rateSum.plus(row.rateSum ?? 0);
      rateCount += row.rateCount;
      scoreSum = scoreSum.plus(row.scoreSum ?? 0);
      scoreCount += row.scoreCount;
    }
  }
  // averageOf in the web's overview-data.ts: the exact mean, two decimals, half up.
  const average = (sum: Dec, count: number) => (count === 0 ? null : sum.div(count).toFixed(2));
  return {
    units,
    behindUnits,
    selfEvaluations,
    averageExecutionRate: average(rateSum, rateCount),
    averageScore: average(scoreSum, scoreCount),
  };
}

function countBands(rows: readonly OverviewSectionRow[], section: 'rate-band' | 'score-band'): number[] {
  const counts = [0, 0, 0, 0, 0];
  for (const row of rows) if (row.section === section && row.band !== null) counts[row.band]! += row.count;
  return counts;
}

function sumTotals(rows: readonly OverviewSectionRow[]): OverviewTotals {
  const gradeCounts = { 优: 0, 良: 0, 中: 0, 差: 0, none: 0 };
  for (const row of rows.filter((candidate) => candidate.section === 'grade')) {
    if (row.grade === null) gradeCounts.none += row.count;
    else if ((grades as readonly string[]).includes(row.grade)) gradeCounts[row.grade as Grade] += row.count;
  }
  return {
    ...sumFigures(rows),
    states: rows
      .filter((row) => row.section === 'states')
      .map((row) => ({ kind: row.kind as DocumentKind, state: row.state as ReviewState, count: row.count })),
    executionRateBands: countBands(rows, 'rate-band'),
    scoreBands: countBands(rows, 'score-band'),
    grades: gradeCounts,
  };
}

function toUnitRow(unit: { id: string; name: string }, supervisor: string | null, rows: readonly OverviewSectionRow[]): OverviewUnit {
  const documents: OverviewUnit['documents'] = { 'target-table': null, 'self-evaluation': null, 'evaluation-report': null };
  let selfEvaluation: OverviewSectionRow | null = null;
  for (const row of rows) {
    documents[row.kind as keyof typeof documents] = { documentId: row.documentId!, state: row.state as ReviewState };
    if (row.kind === 'self-evaluation') selfEvaluation = row;
  }
  const grade = selfEvaluation?.grade ?? null;
  return {
    unitId: unit.id,
    unit: unit.name,
    supervisor,
    documents,
    pendingKinds: trackedKinds.filter((kind) => documents[kind] === null || pendingStates.includes(documents[kind].state)),
    executionRate: selfEvaluation?.executionRate ?? null,
    score: selfEvaluation?.score ?? null,
    grade: grade !== null && (grades as readonly string[]).includes(grade) ? (grade as Grade) : null,
  };
}

/** The overview of one level for the finance bureau or the administrator. */
export async function getReportOverview(
  deps: ServiceDeps,
  input: { actor: Actor; year?: number; organisationId?: string },
): Promise<ReportOverview> {
  const { actor } = input;
  const repository = deps.repositories.reportOverview;
  const isAdmin = actor.role === 'admin';
  // A finance reviewer outside any organisation reads nothing (getReadScope): no tree to show either.
  if (!isAdmin && actor.organisationId === null) throw createNotFoundError(notFound);
  const rootPath = isAdmin ? [] : [...actor.organisationPath];
  const viewedId = input.organisationId ?? (isAdmin ? null : actor.organisationId);
  const viewed = viewedId === null ? null : await deps.repositories.organisations.getById(viewedId);
  if (viewedId !== null && (!viewed || !rootPath.every((id, index) => viewed.path[index] === id))) throw createNotFoundError(notFound);
  const viewedPath = viewed?.path ?? [];
  const prefix = viewed ? formatOrganisationPath(viewed.path) : '/';
  const level = await repository.listLevelOrganisations({ path: viewedPath, prefix, parentId: viewedId });
  const known = new Map([...level.ancestors, ...level.members].map((organisation) => [organisation.id, organisation]));
  const trail = [
    ...(isAdmin ? [{ organisationId: null, name: '全部' }] : []),
    ...viewedPath.slice(Math.max(rootPath.length - 1, 0)).map((id) => ({ organisationId: id, name: known.get(id)?.name ?? id })),
  ];
  // The 主管部门 of a unit: the nearest supervisor on its path (mapSupervisors in list-summary-rows.ts).
  const findSupervisor = (path: readonly string[]) =>
    path.slice(0, -1).map((id) => known.get(id)).filter((organisation) => organisation?.kind === 'supervisor').at(-1)?.name ?? null;
  const readScope = getReadScope(actor);
  const years = await repository.listYears({ withinOrganisationPath: isAdmin ? null : rootPath, readScope });
  // The latest year with self-evaluations (the cycle being reviewed), else the latest year.
  const year = input.year ?? years.find((candidate) => candidate.hasSelfEvaluations)?.year ?? years[0]?.year ?? null;
  const financeChildIds = level.financeChildren.map((child) => child.id);
  const rows = year === null ? [] : await repository.countLevel({ year, prefix, financeChildIds, readScope });
  const rowsByChild = new Map<string, OverviewSectionRow[]>();
  for (const row of rows) {
    const key = row.child ?? '';
    if (!rowsByChild.has(key)) rowsByChild.set(key, []);
    rowsByChild.get(key)!.push(row);
  }
  const unitDocuments = new Map<string, OverviewSectionRow[]>();
  for (const row of rows.filter((candidate) => candidate.section === 'unit-document')) {
    if (!unitDocuments.has(row.child!)) unitDocuments.set(row.child!, []);
    unitDocuments.get(row.child!)!.push(row);
  }
  const childRows: OverviewChild[] = level.financeChildren
    .map((child) => ({ organisationId: child.id, name: child.name, kind: child.kind, ...sumFigures(rowsByChild.get(child.id) ?? []) }))
    .sort((a, b) => chineseOrder.compare(a.name, b.name));
  const unitRows = level.members
    .filter((member) => member.kind === 'unit')
    .map((unit) => toUnitRow(unit, findSupervisor(unit.path), unitDocuments.get(unit.id) ?? []))
    .sort((a, b) => b.pendingKinds.length - a.pendingKinds.length || a.unit.localeCompare(b.unit, 'zh-CN'));
  return {
    year,
    years: years.map((candidate) => candidate.year),
    trail,
    totals: sumTotals(rows),
    children: childRows,
    units: unitRows,
  };
}
