import { sql } from 'kysely';
import type { MigrationDb } from './helpers.ts';

/**
 * Lists without a year (the public list, a finance bureau's 全部年度) scanned the whole documents
 * table to sort it: on SQLite every row shares pages with its body, so 116,000 documents meant
 * reading 600 MB (bench/province.bench.ts; EXPLAIN: SCAN documents + USE TEMP B-TREE FOR ORDER BY).
 * With this index the newest rows are walked in order and the walk stops at the page asked for.
 * (An index led by state was tried too: the planner then sorted every finance-visible row.)
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema.createIndex('documents_listing_index').on('documents').expression(sql`updated_at desc, id`).execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropIndex('documents_listing_index').execute();
}
