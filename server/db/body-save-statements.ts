/**
 * The versioned update of a saved body, built and compiled once (issue 14 item 3). Every autosave
 * wrote it through Kysely's builder: on PostgreSQL building and compiling the UPDATE … WITH INSERT
 * of its audit entry took ≈ 240 µs of the server thread per save (CPU profile of
 * bench/api-request-cost.ts), more than PostgreSQL took to plan it once named. Its shape never
 * depends on the values when a save sets the body, score and grade (store-edited-body.ts,
 * rescoring): the body's summary columns and figures are always the same columns. Other writes
 * (a state change, a body without score) keep the built statement (documents.repository.ts).
 */
import { sql, type ExpressionBuilder } from 'kysely';
import type { PerformanceDocument } from '../../core/model.ts';
import { toBodyColumns } from './body-columns.ts';
import type { DocumentFiguresColumns } from './document-figures.ts';
import type { DocumentMonitoringSummaryColumns } from './monitoring-schema.ts';
import { prepareStatement, type Placeholders } from './prepared-statement.ts';
import type { Database, DocumentRow } from './schema.ts';

/** Columns written from the body besides the body itself (its summary columns and figures). */
export const bodyDerivedColumns = [
  'execution_rate',
  'stated_score',
  'stated_grade',
  'error_count',
  'warning_count',
  'info_count',
  'monitoring_budget_light',
  'monitoring_target_light',
  'monitoring_worst_light',
  'monitoring_red_count',
  'monitoring_yellow_count',
  'monitoring_executed',
  'monitoring_budget_base',
  'monitoring_execution_rate',
  'monitoring_time_progress',
] as const satisfies readonly (keyof DocumentFiguresColumns | keyof DocumentMonitoringSummaryColumns)[];

/** What a versioned update returns of the row: every documents column but the body and the kept figures. */
export const returnedColumns = ['id', 'organisation_id', 'year', 'kind', 'project', 'revision', 'state', 'version', 'score', 'grade', 'created_at', 'updated_at', 'updated_by'] as const;
export type ReturnedRow = Pick<DocumentRow, (typeof returnedColumns)[number]>;

const auditColumns = ['actor_id', 'at', 'action', 'from_state', 'to_state', 'reason', 'changes'] as const;
type AuditColumn = (typeof auditColumns)[number];

const updateNames = ['id', 'expectedVersion', 'updated_at', 'updated_by', 'body', 'score', 'grade', ...bodyDerivedColumns] as const;
type UpdateName = (typeof updateNames)[number];
export type BodySaveValues = Record<UpdateName, unknown>;

/** The values of a save of `body` (its text written once: `bodyText`). */
export function toBodySaveValues(input: {
  id: string;
  expectedVersion: number;
  body: PerformanceDocument;
  bodyText: string;
  score: string | null;
  grade: string | null;
  updatedAt: string;
  updatedBy: string | null;
}): BodySaveValues {
  return {
    id: input.id,
    expectedVersion: input.expectedVersion,
    updated_at: input.updatedAt,
    updated_by: input.updatedBy,
    score: input.score,
    grade: input.grade,
    ...toBodyColumns(input.body, input.bodyText),
  };
}

function toSet(values: Placeholders<UpdateName>) {
  return (eb: ExpressionBuilder<Database, 'documents'>) => ({
    version: eb('version', '+', 1),
    updated_at: values.updated_at,
    updated_by: values.updated_by,
    body: values.body,
    score: values.score,
    grade: values.grade,
    ...Object.fromEntries(bodyDerivedColumns.map((column) => [column, values[column]])),
  });
}

/** SQLite: the update alone (its audit entry is a second statement in the same transaction). */
export const updateBodyAtVersion = prepareStatement(updateNames, (db, values) =>
  db.updateTable('documents').set(toSet(values)).where('id', '=', values.id).where('version', '=', values.expectedVersion).returning(returnedColumns),
);

/** SQLite: the save's audit entry. */
export const insertAuditEntry = prepareStatement(['document_id', ...auditColumns], (db, values) =>
  db.insertInto('audit_entries').values({
    document_id: values.document_id,
    actor_id: values.actor_id,
    at: values.at,
    action: values.action,
    from_state: values.from_state,
    to_state: values.to_state,
    reason: values.reason,
    changes: values.changes,
  }),
);

/** PostgreSQL: the update and its audit entry, written only when the update is, in one statement. */
export const updateBodyAtVersionWithAudit = prepareStatement([...updateNames, ...auditColumns], (db, values) => {
  const text = (name: AuditColumn) => sql<string | null>`${values[name]}::text`.as(name);
  return db
    .with('updated', (query) =>
      query.updateTable('documents').set(toSet(values)).where('id', '=', values.id).where('version', '=', values.expectedVersion).returning(returnedColumns),
    )
    .with('audit', (query) =>
      query
        .insertInto('audit_entries')
        .columns(['document_id', ...auditColumns])
        .expression((eb) => eb.selectFrom('updated').select(['updated.id', ...auditColumns.map(text)])),
    )
    .selectFrom('updated')
    .selectAll();
});
