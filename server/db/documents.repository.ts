/**
 * Stored documents. Writes carry the version they read (optimistic locking): the update and the
 * version check are one statement, so two writers can never both win the same version.
 */
import type { Kysely } from 'kysely';
import type { PerformanceDocument } from '../../core/model.ts';
import { formatOrganisationPath } from './organisations.repository.ts';
import type { Database, DocumentRow } from './schema.ts';

export interface StoredDocument {
  id: string;
  organisationId: string;
  year: number;
  kind: string;
  /** null for department scope (stored as ''). */
  project: string | null;
  revision: number;
  state: string;
  version: number;
  body: PerformanceDocument;
  score: string | null;
  grade: string | null;
  createdAt: string;
  updatedAt: string;
  updatedBy: string | null;
}

export type DocumentSummary = Omit<StoredDocument, 'body'> & { organisationName: string };

export interface DocumentFilter {
  year?: number;
  organisationId?: string;
  /** Only documents of organisations at or below this path (a reviewer's subtree). */
  withinOrganisationPath?: string[];
  kind?: string;
  state?: string;
  states?: string[];
  project?: string | null;
  limit?: number;
  offset?: number;
}

export interface DocumentChanges {
  state?: string;
  body?: PerformanceDocument;
  score?: string | null;
  grade?: string | null;
  updatedAt: string;
  updatedBy: string | null;
}

export type VersionedUpdateResult =
  | { status: 'updated'; document: StoredDocument }
  | { status: 'stale'; currentVersion: number }
  | { status: 'not-found' };

function toStoredDocument(row: DocumentRow): StoredDocument {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    year: row.year,
    kind: row.kind,
    project: row.project === '' ? null : row.project,
    revision: row.revision,
    state: row.state,
    version: row.version,
    body: JSON.parse(row.body) as PerformanceDocument,
    score: row.score,
    grade: row.grade,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

const summaryColumns = [
  'documents.id as id',
  'documents.organisation_id as organisationId',
  'organisations.name as organisationName',
  'documents.year as year',
  'documents.kind as kind',
  'documents.project as project',
  'documents.revision as revision',
  'documents.state as state',
  'documents.version as version',
  'documents.score as score',
  'documents.grade as grade',
  'documents.created_at as createdAt',
  'documents.updated_at as updatedAt',
  'documents.updated_by as updatedBy',
] as const;

export function createDocumentsRepository(db: Kysely<Database>) {
  function selectFiltered(filter: DocumentFilter) {
    let query = db.selectFrom('documents').innerJoin('organisations', 'organisations.id', 'documents.organisation_id');
    if (filter.year !== undefined) query = query.where('documents.year', '=', filter.year);
    if (filter.organisationId) query = query.where('documents.organisation_id', '=', filter.organisationId);
    if (filter.withinOrganisationPath) query = query.where('organisations.path', 'like', `${formatOrganisationPath(filter.withinOrganisationPath)}%`);
    if (filter.kind) query = query.where('documents.kind', '=', filter.kind);
    if (filter.state) query = query.where('documents.state', '=', filter.state);
    if (filter.states) query = filter.states.length ? query.where('documents.state', 'in', filter.states) : query.where((eb) => eb.lit(false));
    if (filter.project !== undefined) query = query.where('documents.project', '=', filter.project ?? '');
    return query;
  }

  return {
    async getById(id: string): Promise<StoredDocument | null> {
      const row = await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toStoredDocument(row) : null;
    },

    /** Newest first; `total` counts every match, ignoring limit/offset. */
    async list(filter: DocumentFilter = {}): Promise<{ items: DocumentSummary[]; total: number }> {
      const rows = await selectFiltered(filter)
        .select(summaryColumns)
        .orderBy('documents.updated_at', 'desc')
        .orderBy('documents.id')
        .limit(filter.limit ?? 50)
        .offset(filter.offset ?? 0)
        .execute();
      const counted = await selectFiltered(filter).select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
      return {
        items: rows.map((row) => ({ ...row, project: row.project === '' ? null : row.project })),
        total: Number(counted.count),
      };
    },

    async insert(document: Omit<StoredDocument, 'version'> & { version?: number }): Promise<StoredDocument> {
      const row = await db
        .insertInto('documents')
        .values({
          id: document.id,
          organisation_id: document.organisationId,
          year: document.year,
          kind: document.kind,
          project: document.project ?? '',
          revision: document.revision,
          state: document.state,
          version: document.version ?? 1,
          body: JSON.stringify(document.body),
          score: document.score,
          grade: document.grade,
          created_at: document.createdAt,
          updated_at: document.updatedAt,
          updated_by: document.updatedBy,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toStoredDocument(row);
    },

    /** Applies `changes` and bumps the version only if the stored version is `expectedVersion`. */
    async updateWithVersion(options: { id: string; expectedVersion: number; changes: DocumentChanges }): Promise<VersionedUpdateResult> {
      const { changes } = options;
      const row = await db
        .updateTable('documents')
        .set((eb) => ({
          version: eb('version', '+', 1),
          updated_at: changes.updatedAt,
          updated_by: changes.updatedBy,
          ...(changes.state !== undefined ? { state: changes.state } : {}),
          ...(changes.body !== undefined ? { body: JSON.stringify(changes.body) } : {}),
          ...(changes.score !== undefined ? { score: changes.score } : {}),
          ...(changes.grade !== undefined ? { grade: changes.grade } : {}),
        }))
        .where('id', '=', options.id)
        .where('version', '=', options.expectedVersion)
        .returningAll()
        .executeTakeFirst();
      if (row) return { status: 'updated', document: toStoredDocument(row) };
      const current = await db.selectFrom('documents').select('version').where('id', '=', options.id).executeTakeFirst();
      return current ? { status: 'stale', currentVersion: current.version } : { status: 'not-found' };
    },

    /** All revisions of one document identity, newest revision first. */
    async listRevisions(identity: { organisationId: string; year: number; kind: string; project: string | null }): Promise<StoredDocument[]> {
      const rows = await db
        .selectFrom('documents')
        .selectAll()
        .where('organisation_id', '=', identity.organisationId)
        .where('year', '=', identity.year)
        .where('kind', '=', identity.kind)
        .where('project', '=', identity.project ?? '')
        .orderBy('revision', 'desc')
        .execute();
      return rows.map(toStoredDocument);
    },
  };
}

export type DocumentsRepository = ReturnType<typeof createDocumentsRepository>;
