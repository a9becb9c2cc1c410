/**
 * The overview of one level computed in memory from the summary rows (the way the web's
 * overview-data.ts computed it from /api/reports/summary), so a test can hold the SQL counts of
 * get-report-overview.ts to it.
 */
import { trackedKinds, type OverviewFigures, type ReportOverview } from '../../../contract/report-overview.ts';
import type { Summary, SummaryRow } from '../../../contract/reports.ts';
import { Dec, toDecimal } from '../../../core/decimal.ts';
import { grades } from '../../../core/model.ts';
import type { Organisation } from '../../db/organisations.repository.ts';

const pendingStates = ['draft', 'returned'];

function average(values: ReadonlyArray<string | null>): string | null {
  const present = values.map((value) => toDecimal(value)).filter((value): value is Dec => value !== null);
  return present.length === 0 ? null : present.reduce((sum, value) => sum.plus(value), new Dec(0)).div(present.length).toFixed(2);
}

function band(value: string | null, edges: readonly number[]): number | null {
  const decimal = toDecimal(value);
  return decimal === null ? null : edges.filter((edge) => decimal.gte(edge)).length;
}

function unitDocuments(rows: readonly SummaryRow[], unitId: string) {
  const documents: Record<string, SummaryRow | null> = { 'target-table': null, 'self-evaluation': null, 'evaluation-report': null };
  for (const row of rows) if (row.organisationId === unitId && row.project === null && row.kind in documents) documents[row.kind] = row;
  return documents;
}

function isBehind(rows: readonly SummaryRow[], unitId: string): boolean {
  const documents = unitDocuments(rows, unitId);
  return trackedKinds.some((kind) => documents[kind] === null || pendingStates.includes(documents[kind]!.state));
}

function figures(rows: readonly SummaryRow[], unitIds: readonly string[]): OverviewFigures {
  const selfEvaluations = rows.filter((row) => row.kind === 'self-evaluation');
  return {
    units: unitIds.length,
    behindUnits: unitIds.filter((id) => isBehind(rows, id)).length,
    selfEvaluations: selfEvaluations.length,
    averageExecutionRate: average(selfEvaluations.map((row) => row.executionRate)),
    averageScore: average(selfEvaluations.map((row) => row.score)),
  };
}

/** The counts of the level `viewedPath` ([] for everything) for the summary of one year. */
export function computeOverviewFromRows(input: {
  summary: Summary;
  organisations: readonly Organisation[];
  viewedPath: readonly string[];
}): Pick<ReportOverview, 'totals' | 'children' | 'units'> {
  const byId = new Map(input.organisations.map((organisation) => [organisation.id, organisation]));
  const isBelow = (path: readonly string[]) => input.viewedPath.every((id, index) => path[index] === id);
  const childOf = (path: readonly string[]) => path[input.viewedPath.length] ?? '';
  const rows = input.summary.rows.filter((row) => isBelow(byId.get(row.organisationId)!.path));
  const units = input.summary.units.map((unit) => byId.get(unit.id)!).filter((unit) => isBelow(unit.path));
  const selfEvaluations = rows.filter((row) => row.kind === 'self-evaluation');
  const states = new Map<string, { kind: SummaryRow['kind']; state: SummaryRow['state']; count: number }>();
  for (const row of rows) {
    const key = `${row.kind} ${row.state}`;
    states.set(key, { kind: row.kind, state: row.state, count: (states.get(key)?.count ?? 0) + 1 });
  }
  const countBands = (values: Array<number | null>) => [0, 1, 2, 3, 4].map((index) => values.filter((value) => value === index).length);
  const gradeCounts = Object.fromEntries(grades.map((grade) => [grade, selfEvaluations.filter((row) => row.grade === grade).length]));
  const viewedId = input.viewedPath.at(-1) ?? null;
  // Finance bureaus directly below get a row each; the level's own units (not below one of them) are listed.
  const financeChildren = input.organisations.filter((organisation) => organisation.parentId === viewedId && organisation.kind === 'finance-bureau');
  const ownUnits = units.filter((unit) => !financeChildren.some((child) => unit.path.includes(child.id)));
  return {
    totals: {
      ...figures(rows, units.map((unit) => unit.id)),
      states: [...states.values()],
      executionRateBands: countBands(selfEvaluations.map((row) => band(row.executionRate, [60, 80, 90, 100]))),
      scoreBands: countBands(selfEvaluations.map((row) => band(row.score, [60, 70, 80, 90]))),
      grades: { ...(gradeCounts as Record<(typeof grades)[number], number>), none: selfEvaluations.filter((row) => row.grade === null).length },
    },
    children: financeChildren
      .map((child) => ({
        organisationId: child.id,
        name: child.name,
        kind: child.kind,
        ...figures(
          rows.filter((row) => childOf(byId.get(row.organisationId)!.path) === child.id),
          units.filter((unit) => childOf(unit.path) === child.id).map((unit) => unit.id),
        ),
      })),
    units: ownUnits
      .map((unit) => {
        const documents = unitDocuments(rows, unit.id);
        const selfEvaluation = documents['self-evaluation'];
        return {
          unitId: unit.id,
          unit: unit.name,
          supervisor: input.summary.units.find((candidate) => candidate.id === unit.id)?.supervisor ?? null,
          documents: Object.fromEntries(trackedKinds.map((kind) => [kind, documents[kind] ? { documentId: documents[kind].documentId, state: documents[kind].state } : null])) as ReportOverview['units'][number]['documents'],
          pendingKinds: trackedKinds.filter((kind) => documents[kind] === null || pendingStates.includes(documents[kind]!.state)),
          executionRate: selfEvaluation?.executionRate ?? null,
          score: selfEvaluation?.score ?? null,
          grade: selfEvaluation?.grade ?? null,
        };
      }),
  };
}
