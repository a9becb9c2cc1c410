import { sql } from 'kysely';
import type { MigrationDb } from './helpers.ts';

/**
 * Province scale (bench/province.bench.ts, 10,000 units × 5 years): whether a 主管部门 sits on a
 * unit's path was a correlated subquery over every supervisor per document row (a LIKE with a
 * leading wildcard, no index can serve it), so a finance bureau's list of a year read 20,000
 * rows × 700 supervisors. It becomes a column, kept by organisations.repository insert.
 * Review queues filter year, kind and state and show the newest first: one index in that order.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .alterTable('organisations')
    .addColumn('has_supervisor', 'integer', (column) => column.notNull().defaultTo(0))
    .execute();
  await sql`update organisations set has_supervisor = 1 where exists (select 1 from organisations as supervisors where supervisors.kind = 'supervisor' and supervisors.id <> organisations.id and organisations.path like '%/' || supervisors.id || '/%')`.execute(db);
  await db.schema
    .createIndex('documents_queue_index')
    .on('documents')
    .expression(sql`year, kind, state, updated_at desc, id`)
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropIndex('documents_queue_index').execute();
  await db.schema.alterTable('organisations').dropColumn('has_supervisor').execute();
}
