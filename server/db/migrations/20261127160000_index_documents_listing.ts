import { sql } from 'kysely';
import type { MigrationDb } from './helpers.ts';

/**
 * Lists show the newest first (documents.repository list: updated_at desc, id). Without an index
 * in that order every matching row is read to sort it, and on SQLite updated_at sits after the
 * body (tens of KB in overflow pages), so a unit's list read every body (bench/api.bench.ts).
 * One index for a unit's own list, one for reviewers' lists across units of a year.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createIndex('documents_organisation_listing_index')
    .on('documents')
    .expression(sql`organisation_id, year, updated_at desc, id`)
    .execute();
  await db.schema.createIndex('documents_year_listing_index').on('documents').expression(sql`year, updated_at desc, id`).execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropIndex('documents_year_listing_index').execute();
  await db.schema.dropIndex('documents_organisation_listing_index').execute();
}
