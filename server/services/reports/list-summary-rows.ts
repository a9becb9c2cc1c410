/**
 * The finance bureau's summary (issue 5 "A summary .xlsx for the finance bureau", issue 4
 * "Finance bureau overview"): one row per unit and document the actor may read, the latest
 * revision only, with state, execution rate, score, grade and findings counted by severity.
 * The read rule is core's (getReadScope), applied in the query as the document list does.
 */
import type { SummaryRow as SummaryRowView, SummaryUnit as SummaryUnitView } from '../../../contract/reports.ts';
import { documentKindNames, type DocumentKind, type Grade } from '../../../core/model.ts';
import { getReadScope, reviewStateNames, type ReviewActor, type ReviewState } from '../../../core/review/index.ts';
import type { DocumentSummary, SummaryFiguresRow } from '../../db/documents.repository.ts';
import type { Organisation } from '../../db/organisations.repository.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { listOrganisations } from '../organisations/list-organisations.ts';

/** One collator for every comparison: localeCompare(…, 'zh-CN') builds one per call (23,000 rows sorted). */
const chineseOrder = new Intl.Collator('zh-CN');

/**
 * Chinese order, then code units: the collator ties names it ignores characters of ("" and "\b"),
 * and without the second key their order would be the order the rows came in.
 */
export function compareNames(a: string, b: string): number {
  return chineseOrder.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Every document in the actor's read scope for the year, the latest revision the actor can see of
 * each unit × year × kind × project. The read rule is core's (getReadScope) in the query, since
 * whether a 主管部门 sits above a unit is a column (the summary from bodies, tested against this,
 * applies canActorRead to each document instead).
 */
async function listReadableFigures(
  deps: ServiceDeps,
  input: { actor: ReviewActor; year?: number; organisationIds?: readonly string[] },
): Promise<SummaryFiguresRow[]> {
  const within = input.actor.role === 'admin' ? {} : { withinOrganisationPath: [...input.actor.organisationPath] };
  const figures = await deps.repositories.documents.listSummaryFigures({
    ...(input.year !== undefined ? { year: input.year } : {}),
    ...(input.organisationIds ? { organisationIds: input.organisationIds } : {}),
    ...within,
    readScope: getReadScope(input.actor),
  });
  // The identity (unit, year, kind, project, revision) is unique: with no revision above 1 there is
  // nothing to drop (a province's year has a few revised tables at most), so no key is built.
  if (figures.every((row) => row.revision === 1)) return figures;
  const latest = new Map<string, SummaryFiguresRow>();
  for (const row of figures) {
    const key = `${row.organisation_id}\u0000${row.year}\u0000${row.kind}\u0000${row.project}`;
    const current = latest.get(key);
    if (!current || row.revision > current.revision) latest.set(key, row);
  }
  return [...latest.values()];
}

/** Keeps the highest revision of each unit × year × kind × project (a revised target table replaces the old one). */
export function keepLatestRevisions<Summary extends DocumentSummary>(summaries: Summary[]): Summary[] {
  const latest = new Map<string, Summary>();
  for (const summary of summaries) {
    const key = [summary.organisationId, summary.year, summary.kind, summary.project ?? ''].join('\u0000');
    const current = latest.get(key);
    if (!current || summary.revision > current.revision) latest.set(key, summary);
  }
  return [...latest.values()];
}

/** The 主管部门 name above each organisation (the nearest supervisor on its path). */
export function mapSupervisors(organisations: Organisation[]): Map<string, string | null> {
  const byId = new Map(organisations.map((organisation) => [organisation.id, organisation]));
  const supervisors = new Map<string, string | null>();
  for (const organisation of organisations) {
    // Up the path from the parent, without arrays per organisation (a province has 10,890).
    let supervisor: string | null = null;
    for (let index = organisation.path.length - 2; index >= 0 && supervisor === null; index -= 1) {
      const candidate = byId.get(organisation.path[index]!);
      if (candidate?.kind === 'supervisor') supervisor = candidate.name;
    }
    supervisors.set(organisation.id, supervisor);
  }
  return supervisors;
}

/**
 * The summary's order of two rows (sortRows sorts by the same keys, names as ranks): newest year
 * first, then unit and project in Chinese order, kind, newest change first, then the id.
 */
export function compareSummaryRows(a: SummaryRowView, b: SummaryRowView): number {
  return (
    b.year - a.year ||
    compareNames(a.unit, b.unit) ||
    (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) ||
    compareNames(a.project ?? '', b.project ?? '') ||
    (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0) ||
    (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0)
  );
}

/**
 * The rows in the summary's order: newest year first, then unit and project in Chinese order,
 * kind, newest change first. Each distinct unit and project name is ranked once with the collator
 * and rows compare ranks (a province's 23,000 rows sorted with the collator in every comparison
 * cost most of the sort).
 */
export function sortRows(rows: SummaryRowView[]): SummaryRowView[] {
  const rankNames = (names: Iterable<string>) => new Map([...new Set(names)].sort(compareNames).map((name, rank) => [name, rank]));
  const unitRank = rankNames(rows.map((row) => row.unit));
  const projectRank = rankNames(rows.map((row) => row.project ?? ''));
  const keyed = rows.map((row) => ({ row, unit: unitRank.get(row.unit)!, project: projectRank.get(row.project ?? '')! }));
  keyed.sort(
    (a, b) =>
      b.row.year - a.row.year ||
      a.unit - b.unit ||
      (a.row.kind < b.row.kind ? -1 : a.row.kind > b.row.kind ? 1 : 0) ||
      a.project - b.project ||
      // Two units of one name: newest first, as the document list orders them.
      (a.row.updatedAt < b.row.updatedAt ? 1 : a.row.updatedAt > b.row.updatedAt ? -1 : 0) ||
      (a.row.documentId < b.row.documentId ? -1 : a.row.documentId > b.row.documentId ? 1 : 0),
  );
  return keyed.map((entry) => entry.row);
}

/** A stored row as the summary shows it, with the 主管部门 above its unit. */
function toRowView(row: SummaryFiguresRow, supervisors: ReadonlyMap<string, string | null>): SummaryRowView {
  return {
    documentId: row.id,
    organisationId: row.organisation_id,
    unit: row.organisation_name,
    supervisor: supervisors.get(row.organisation_id) ?? null,
    year: row.year,
    kind: row.kind as DocumentKind,
    kindName: documentKindNames[row.kind as DocumentKind] ?? row.kind,
    project: row.project === '' ? null : row.project,
    revision: row.revision,
    state: row.state as ReviewState,
    stateName: reviewStateNames[row.state as ReviewState] ?? row.state,
    executionRate: row.execution_rate,
    score: row.summary_score,
    grade: row.summary_grade as Grade | null,
    findings: { error: Number(row.error_count), warning: Number(row.warning_count), info: Number(row.info_count) },
    updatedAt: row.updated_at,
  };
}

/** The summary with the 主管部门 of each organisation, kept to patch it later (read-kept-summary.ts). */
export interface SummaryBuild {
  rows: SummaryRowView[];
  units: SummaryUnitView[];
  supervisors: ReadonlyMap<string, string | null>;
}

/** The summary rows and the units they belong to, for the actor (finance reviewer, admin). */
export async function buildSummaryRows(deps: ServiceDeps, input: { actor: Actor; year?: number }): Promise<SummaryBuild> {
  // Side by side: on PostgreSQL two pool connections at once (SQLite runs them one after the other).
  const [organisations, figures] = await Promise.all([listOrganisations(deps, { actor: input.actor }), listReadableFigures(deps, input)]);
  const supervisors = mapSupervisors(organisations);
  // Execution rate, stated score and findings are columns kept with the body
  // (server/db/document-figures.ts): no body is read (a province's year is 23,000 documents).
  const rows = figures.map((row) => toRowView(row, supervisors));
  const units = organisations
    .filter((organisation) => organisation.kind === 'unit')
    .map((organisation) => ({
      id: organisation.id,
      name: organisation.name,
      supervisor: supervisors.get(organisation.id) ?? null,
    }));
  return { rows: sortRows(rows), units, supervisors };
}

/** The summary rows and the units they belong to, for the actor (finance reviewer, admin). */
export async function listSummaryRows(
  deps: ServiceDeps,
  input: { actor: Actor; year?: number },
): Promise<{ rows: SummaryRowView[]; units: SummaryUnitView[] }> {
  const { rows, units } = await buildSummaryRows(deps, input);
  return { rows, units };
}

/**
 * The rows of some units only, in the summary's order, as buildSummaryRows gives them (same read
 * scope, same latest revisions: every revision of a unit's year is read), with the 主管部门 known
 * from that build (organisations unchanged since).
 */
export async function listUnitsSummaryRows(
  deps: ServiceDeps,
  input: { actor: Actor; year: number },
  organisationIds: readonly string[],
  supervisors: ReadonlyMap<string, string | null>,
): Promise<SummaryRowView[]> {
  const figures = await listReadableFigures(deps, { ...input, organisationIds });
  return figures.map((row) => toRowView(row, supervisors)).sort(compareSummaryRows);
}

export type { SummaryRowView };
