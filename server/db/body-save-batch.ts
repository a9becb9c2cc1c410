/**
 * PostgreSQL: several saves of bodies and their audit entries in ONE statement (the group commit of
 * services/documents/save-queue.ts): the saves' values as rows of a VALUES list, one UPDATE … FROM
 * them with each row's own version check, and the audit entries of the rows it updated. One round
 * trip and one commit for the batch, where each save took its own. node-postgres sends one statement
 * at a time per connection (no pipelining), so several statements would each cost a round trip.
 *
 * Built once per batch size (prepared-statement.ts; named, so each pooled connection plans it once).
 * Every value is cast to its column's type: a VALUES list gives PostgreSQL no column to infer from.
 *
 * The input is NOT MATERIALIZED: named twice (the update and the audit entries), a CTE is by default
 * computed once into a tuplestore, and the update's hash of those 16 rows of 40 KB then took 3–10 ms
 * a batch (auto_explain, 2026-12-06 18:58), where hashing the VALUES list itself takes 0.1–0.3 ms: half
 * of PostgreSQL's time for a batch. Evaluated twice instead, the list costs nothing more (parameters).
 */
import { sql, type RawBuilder } from 'kysely';
import { bodyDerivedColumns, returnedColumns, type BodySaveValues, type ReturnedRow } from './body-save-statements.ts';
import { prepareStatement, type PreparedStatement } from './prepared-statement.ts';

/** The audit entry's columns as toAuditRow writes them, but the document's id (the updated row's). */
export const batchAuditColumns = ['actor_id', 'at', 'action', 'from_state', 'to_state', 'reason', 'changes'] as const;
type AuditColumn = (typeof batchAuditColumns)[number];
export type BatchAuditValues = Record<AuditColumn, unknown>;

/** The input columns in VALUES order, with their types (migrations: documents, figures, monitoring summary). */
const inputColumns: ReadonlyArray<readonly [string, 'text' | 'integer']> = [
  ['id', 'text'],
  ['expectedVersion', 'integer'],
  ['updated_at', 'text'],
  ['updated_by', 'text'],
  ['body', 'text'],
  ['score', 'text'],
  ['grade', 'text'],
  ...bodyDerivedColumns.map((column) => [column, /_count$/.test(column) ? 'integer' : 'text'] as const),
  ...batchAuditColumns.map((column) => [column, 'text'] as const),
];

/** The set columns of the update (the version moves on from the stored one): what a save may change of a row. */
export const setColumns = ['updated_at', 'updated_by', 'body', 'score', 'grade', ...bodyDerivedColumns] as const;

export type BatchRow = ReturnedRow & { ordinal: number };

const statements = new Map<number, PreparedStatement<string, BatchRow>>();

const nameOf = (column: string, ordinal: number) => `${column}_${ordinal}`;

function buildStatement(count: number): PreparedStatement<string, BatchRow> {
  const names = Array.from({ length: count }, (_, ordinal) => inputColumns.map(([column]) => nameOf(column, ordinal))).flat();
  return prepareStatement(names, (_db, values) => {
    const value = (column: string, ordinal: number, type: string): RawBuilder<unknown> =>
      sql`cast(${(values as Record<string, never>)[nameOf(column, ordinal)]} as ${sql.raw(type)})`;
    const rows = Array.from(
      { length: count },
      (_, ordinal) => sql`(${sql.join([sql.lit(ordinal), ...inputColumns.map(([column, type]) => value(column, ordinal, type))])})`,
    );
    const columnList = sql.raw(['ordinal', ...inputColumns.map(([column]) => (column === 'expectedVersion' ? 'expected_version' : column))].join(', '));
    const assignments = sql.raw(['version = documents.version + 1', ...setColumns.map((column) => `${column} = input.${column}`)].join(', '));
    const returning = sql.raw(['input.ordinal', ...returnedColumns.map((column) => `documents.${column}`)].join(', '));
    const audit = sql.raw(batchAuditColumns.join(', '));
    const auditValues = sql.raw(batchAuditColumns.map((column) => `input.${column}`).join(', '));
    return sql<BatchRow>`with input (${columnList}) as not materialized (values ${sql.join(rows)}),
      updated as (
        update documents set ${assignments} from input
        where documents.id = input.id and documents.version = input.expected_version
        returning ${returning}),
      audit as (
        insert into audit_entries (document_id, ${audit})
        select updated.id, ${auditValues} from updated join input on input.ordinal = updated.ordinal order by updated.ordinal)
      select * from updated`;
  });
}

/** The statement for `count` saves (each a different document). */
export function updateBodiesAtVersionWithAudit(count: number): PreparedStatement<string, BatchRow> {
  let statement = statements.get(count);
  if (!statement) statements.set(count, (statement = buildStatement(count)));
  return statement;
}

/** The statement's values for the saves in order. */
export function toBatchValues(saves: ReadonlyArray<{ values: BodySaveValues; audit: BatchAuditValues }>): Record<string, unknown> {
  const batch: Record<string, unknown> = {};
  saves.forEach(({ values, audit }, ordinal) => {
    for (const [column] of inputColumns) {
      batch[nameOf(column, ordinal)] = column in audit ? audit[column as AuditColumn] : values[column as keyof BodySaveValues];
    }
  });
  return batch;
}
