import { defineSerialKey, type MigrationDb } from './helpers.ts';

export async function up(db: MigrationDb): Promise<void> {
  // One document per unit, year, kind and project; a 调整 after 批复 adds a revision.
  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('organisation_id', 'text', (column) => column.notNull().references('organisations.id'))
    .addColumn('year', 'integer', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('project', 'text', (column) => column.notNull().defaultTo(''))
    .addColumn('revision', 'integer', (column) => column.notNull().defaultTo(1))
    .addColumn('state', 'text', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull().defaultTo(1))
    .addColumn('body', 'text', (column) => column.notNull())
    .addColumn('score', 'text')
    .addColumn('grade', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addColumn('updated_by', 'text', (column) => column.references('users.id'))
    .addUniqueConstraint('documents_identity_unique', ['organisation_id', 'year', 'kind', 'project', 'revision'])
    .execute();
  await db.schema.createIndex('documents_year_state_index').on('documents').columns(['year', 'state']).execute();

  await db.schema
    .createTable('audit_entries')
    .addColumn('id', 'integer', defineSerialKey(db))
    .addColumn('document_id', 'text', (column) => column.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('actor_id', 'text', (column) => column.references('users.id'))
    .addColumn('at', 'text', (column) => column.notNull())
    .addColumn('action', 'text', (column) => column.notNull())
    .addColumn('from_state', 'text')
    .addColumn('to_state', 'text')
    .addColumn('reason', 'text')
    .addColumn('changes', 'text')
    .execute();
  await db.schema.createIndex('audit_entries_document_id_index').on('audit_entries').column('document_id').execute();

  await db.schema
    .createTable('review_opinions')
    .addColumn('id', 'integer', defineSerialKey(db))
    .addColumn('document_id', 'text', (column) => column.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('revision', 'integer', (column) => column.notNull())
    .addColumn('path', 'text', (column) => column.notNull().defaultTo(''))
    .addColumn('text', 'text', (column) => column.notNull())
    .addColumn('actor_id', 'text', (column) => column.notNull().references('users.id'))
    .addColumn('at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('review_opinions_document_index').on('review_opinions').columns(['document_id', 'revision']).execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable('review_opinions').execute();
  await db.schema.dropTable('audit_entries').execute();
  await db.schema.dropTable('documents').execute();
}
