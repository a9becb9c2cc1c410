import { sql } from 'kysely';
import type { MigrationDb } from './helpers.ts';

/**
 * Issue 11, one monitoring table per unit, year, project and round: the documents' identity
 * (unit, year, kind, project, revision; unique since 20261127120200) gives a unit one table per year
 * and project, the entries' key (round, unit, project) one entry per round, and now a table belongs
 * to one round entry only (unique document_id; entries without a table keep null, which both
 * databases let repeat). The code never linked a table twice; should an old database hold such
 * entries, the entry of the earliest round (then the first by
 * unit and project) keeps the table and the others are removed.
 */
export async function up(db: MigrationDb): Promise<void> {
  await sql`delete from monitoring_round_entries
    where document_id is not null and exists (
      select 1 from monitoring_round_entries other
        join monitoring_rounds other_round on other_round.id = other.round_id
        join monitoring_rounds own_round on own_round.id = monitoring_round_entries.round_id
      where other.document_id = monitoring_round_entries.document_id
        and (other_round.created_at < own_round.created_at
          or (other_round.created_at = own_round.created_at and other.round_id < monitoring_round_entries.round_id)
          or (other.round_id = monitoring_round_entries.round_id
            and (other.organisation_id < monitoring_round_entries.organisation_id
              or (other.organisation_id = monitoring_round_entries.organisation_id and other.project < monitoring_round_entries.project)))))`.execute(db);
  await db.schema.dropIndex('monitoring_round_entries_document_index').execute();
  await db.schema.createIndex('monitoring_round_entries_document_unique').on('monitoring_round_entries').column('document_id').unique().execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropIndex('monitoring_round_entries_document_unique').execute();
  await db.schema.createIndex('monitoring_round_entries_document_index').on('monitoring_round_entries').column('document_id').execute();
}
