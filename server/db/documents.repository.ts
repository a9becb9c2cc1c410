/**
 * Stored documents. Writes carry the version they read (optimistic locking): the update and the
 * version check are one statement, so two writers can never both win the same version.
 */
import { PostgresAdapter, sql, type ExpressionBuilder, type Kysely, type QueryCreator } from 'kysely';
import type { DocumentKind, PerformanceDocument } from '../../core/model.ts';
import type { ReadScope } from '../../core/review/read-scope.ts';
import type { ReviewState } from '../../core/review/states.ts';
import type { DocumentMonitoringSummaryColumns } from './monitoring-schema.ts';
import { toBodyColumns } from './body-columns.ts';
import type { DocumentFiguresColumns } from './document-figures.ts';
import { formatOrganisationPath } from './organisations.repository.ts';
import type { Database, DocumentRow } from './schema.ts';
import { nameStatement } from './named-statements.ts';
import { prepareStatement } from './prepared-statement.ts';
import { createDocumentReadView, createDocumentSaveView } from './document-read-view.ts';
import { toAuditRow, type NewAuditEntry } from './audit-entries.repository.ts';
import {
  insertAuditEntry,
  returnedColumns,
  toBodySaveValues,
  updateBodyAtVersion,
  updateBodyAtVersionWithAudit,
  type BodySaveValues,
  type ReturnedRow,
} from './body-save-statements.ts';
import { stringifyBody } from './body-json.ts';
import { toBatchValues, updateBodiesAtVersionWithAudit } from './body-save-batch.ts';

export interface StoredDocument {
  id: string;
  organisationId: string;
  year: number;
  kind: DocumentKind;
  /** null for department scope (stored as ''). */
  project: string | null;
  revision: number;
  state: ReviewState;
  version: number;
  body: PerformanceDocument;
  score: string | null;
  grade: string | null;
  createdAt: string;
  updatedAt: string;
  updatedBy: string | null;
  /** Of the owning organisation: what core/review's AccessDocument needs. */
  organisationName: string;
  organisationPath: string[];
  hasSupervisor: boolean;
}

export type NewDocument = Omit<StoredDocument, 'version' | 'organisationName' | 'organisationPath' | 'hasSupervisor'> & { version?: number };

/** Rows per multi-row INSERT: about 30 columns each, under PostgreSQL's 65,535 parameters and SQLite's 32,766. */
const documentsPerInsert = 500;

function toDocumentRow(document: NewDocument) {
  return {
    id: document.id,
    organisation_id: document.organisationId,
    year: document.year,
    kind: document.kind,
    project: document.project ?? '',
    revision: document.revision,
    state: document.state,
    version: document.version ?? 1,
    ...toBodyColumns(document.body),
    score: document.score,
    grade: document.grade,
    created_at: document.createdAt,
    updated_at: document.updatedAt,
    updated_by: document.updatedBy,
  };
}

export type DocumentSummary = Omit<StoredDocument, 'body'> & {
  /** When it was last submitted (audit entry to 已提交); only lists fill it in. */
  submittedAt?: string | null;
};

export interface DocumentFilter {
  year?: number;
  organisationId?: string;
  /** Only documents of these organisations (an empty list matches nothing). */
  organisationIds?: readonly string[];
  /** Only documents of organisations at or below this path (a reviewer's subtree). */
  withinOrganisationPath?: string[];
  kind?: DocumentKind;
  /** Any of these kinds (an empty list matches nothing). */
  kinds?: readonly DocumentKind[];
  state?: ReviewState;
  states?: readonly ReviewState[];
  project?: string | null;
  /** core/review getReadScope(actor): only what the actor may read. */
  readScope?: ReadScope;
  /** Text in the unit's name or the project's, or kinds whose Chinese name contains it (lists' search box). */
  search?: { text: string; kinds: readonly DocumentKind[] };
  limit?: number;
  offset?: number;
  /** Keyset paging: only rows after this one in the lists' order (updated_at desc, id). */
  after?: { updatedAt: string; id: string };
  /** Count at most this many matches (the total then says "at least"), so a total never scans a province. */
  countCap?: number;
}

export interface DocumentChanges {
  state?: ReviewState;
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

type SummaryRow = Omit<DocumentRow, 'body' | keyof DocumentMonitoringSummaryColumns | keyof DocumentFiguresColumns> & {
  organisation_name: string;
  organisation_path: string;
  has_supervisor: number | boolean;
};
type JoinedRow = SummaryRow & { body: string };

/**
 * The summary columns a year's readers take (the summary, 年度报送, 催报): all but what each save moves or
 * no year reader shows, so the summary index holds them without `version` (migration 20261208110000).
 */
const yearFigureSummaryColumns = [
  'documents.id',
  'documents.organisation_id',
  'documents.year',
  'documents.kind',
  'documents.project',
  'documents.revision',
  'documents.state',
  'documents.score',
  'documents.grade',
  'documents.updated_at',
] as const;

/** Every documents column but the body: lists need only these, and the body is most of a row. */
const summaryColumns = [...yearFigureSummaryColumns, 'documents.version', 'documents.created_at', 'documents.updated_by'] as const;

/** A document's summary as a year's readers take it: without its version, when it was made and who saved it. */
type YearFigureSummary = Omit<DocumentSummary, 'version' | 'createdAt' | 'updatedBy'>;

/** What the finance summary reads of a document: its summary columns (not its version) and the figures kept from its body. */
export type DocumentFiguresSummary = YearFigureSummary & {
  executionRate: string | null;
  statedScore: string | null;
  statedGrade: string | null;
  findings: { error: number; warning: number; info: number };
};

/**
 * `paths`, when given, keeps one split path per organisation for the rows of one listing: a
 * province's summary has 26,000 rows over 10,000 units, and each row's own array is garbage.
 * The arrays are then shared between rows: readers must not change them.
 */
function toDocumentSummary(row: SummaryRow, paths?: Map<string, string[]>): DocumentSummary {
  return { ...toYearFigureSummary(row, paths), version: row.version, createdAt: row.created_at, updatedBy: row.updated_by };
}

/** The summary a year's readers take (listFigures): every summary column but the version, created_at and updated_by. */
function toYearFigureSummary(row: Omit<SummaryRow, 'version' | 'created_at' | 'updated_by'>, paths?: Map<string, string[]>): YearFigureSummary {
  let organisationPath = paths?.get(row.organisation_path);
  if (!organisationPath) {
    organisationPath = row.organisation_path.split('/').filter(Boolean);
    paths?.set(row.organisation_path, organisationPath);
  }
  return {
    id: row.id,
    organisationId: row.organisation_id,
    year: row.year,
    // Written only through this repository from the typed fields, so the text is one of the enums.
    kind: row.kind as DocumentKind,
    project: row.project === '' ? null : row.project,
    revision: row.revision,
    state: row.state as ReviewState,
    score: row.score,
    grade: row.grade,
    updatedAt: row.updated_at,
    organisationName: row.organisation_name,
    organisationPath,
    hasSupervisor: Boolean(row.has_supervisor),
  };
}

function toStoredDocument(row: JoinedRow): StoredDocument {
  return { ...toDocumentSummary(row), body: JSON.parse(row.body) as PerformanceDocument };
}

/**
 * Whether a 主管部门 sits above the owning organisation (core/review hasSupervisor), other than the
 * owner itself: a 主管部门's own documents are thus reviewed by finance, never by the 主管部门
 * itself (separation of duties). Kept on the organisation row at insert (migration 20261202140000).
 */
const hasSupervisorExpression = sql<number>`organisations.has_supervisor`;

/** One row of listSummaryFigures: what the finance summary shows of a document, as stored. */
export interface SummaryFiguresRow {
  id: string;
  organisation_id: string;
  organisation_name: string;
  year: number;
  kind: string;
  /** '' for a department's own document. */
  project: string;
  revision: number;
  state: string;
  execution_rate: string | null;
  /** The computed score, else the stated one. */
  summary_score: string | null;
  /** The computed grade when it is one of 优良中差, else the stated one. */
  summary_grade: string | null;
  error_count: number;
  warning_count: number;
  info_count: number;
  updated_at: string;
}

/** A write that carries the version it read (optimistic locking). */
export interface VersionedUpdate {
  id: string;
  expectedVersion: number;
  changes: DocumentChanges;
  /**
   * The owning organisation's fields as the caller read them with the document (an update never
   * moves a document to another organisation): with them and a body, the updated row comes back
   * from the update itself instead of a second statement.
   */
  organisation?: Pick<StoredDocument, 'organisationName' | 'organisationPath' | 'hasSupervisor'>;
}

/** A versioned update with the audit entry written with it (both or neither). */
export type AuditedUpdate = VersionedUpdate & { audit: Omit<NewAuditEntry, 'documentId'> };

/**
 * A save of a body with its score and grade (every autosave): the shape the prepared statements of
 * body-save-statements.ts write, with the body's text made once.
 */
function toBodySave(options: VersionedUpdate): BodySaveValues | null {
  const { changes } = options;
  if (changes.body === undefined || changes.state !== undefined || changes.score === undefined || changes.grade === undefined) return null;
  return toBodySaveValues({
    id: options.id,
    expectedVersion: options.expectedVersion,
    body: changes.body,
    // A save's rows are mostly the previous save's objects: their texts are kept (body-json.ts).
    bodyText: stringifyBody(changes.body),
    score: changes.score,
    grade: changes.grade,
    updatedAt: changes.updatedAt,
    updatedBy: changes.updatedBy,
  });
}

/** The columns an update sets: the version moved on, and with a body its summary columns and figures. */
function toUpdateSet(changes: DocumentChanges) {
  return (eb: ExpressionBuilder<Database, 'documents'>) => ({
    version: eb('version', '+', 1),
    updated_at: changes.updatedAt,
    updated_by: changes.updatedBy,
    ...(changes.state !== undefined ? { state: changes.state } : {}),
    ...(changes.body !== undefined
      ? toBodyColumns(changes.body)
      : {}),
    ...(changes.score !== undefined ? { score: changes.score } : {}),
    ...(changes.grade !== undefined ? { grade: changes.grade } : {}),
  });
}

/** The organisation's columns every read of a document carries. */
const organisationColumns = ['organisations.name as organisation_name', 'organisations.path as organisation_path', hasSupervisorExpression.as('has_supervisor')] as const;

/** A read's and a save's lookups by id, built and compiled once (prepared-statement.ts). */
const summaryById = prepareStatement(['id'], (db, values) =>
  db.selectFrom('documents').innerJoin('organisations', 'organisations.id', 'documents.organisation_id').select(summaryColumns).select(organisationColumns).where('documents.id', '=', values.id),
);
const documentById = prepareStatement(['id'], (db, values) =>
  db.selectFrom('documents').innerJoin('organisations', 'organisations.id', 'documents.organisation_id').selectAll('documents').select(organisationColumns).where('documents.id', '=', values.id),
);

/** A save's lookup: the row, and its body unless it is still at the version the caller holds parsed. */
const documentUnlessAt = prepareStatement(['id', 'heldVersion'], (db, values) =>
  db
    .selectFrom('documents')
    .innerJoin('organisations', 'organisations.id', 'documents.organisation_id')
    .select(summaryColumns)
    .select(organisationColumns)
    .select(sql<string | null>`case when documents.version = ${values.heldVersion} then null else documents.body end`.as('body'))
    .where('documents.id', '=', values.id),
);

const readView = createDocumentReadView({ summary: summaryColumns, organisation: organisationColumns }, toDocumentSummary);
const saveView = createDocumentSaveView({ summary: summaryColumns, organisation: organisationColumns }, toDocumentSummary);

export function createDocumentsRepository(db: Kysely<Database>) {
  /** `source`: the database, or an expression builder when the query is a subquery (the query counter then sees one statement). */
  function selectJoined(source: Pick<QueryCreator<Database>, 'selectFrom'> = db) {
    return source.selectFrom('documents').innerJoin('organisations', 'organisations.id', 'documents.organisation_id');
  }

  function selectWithOrganisation() {
    return selectJoined()
      .selectAll('documents')
      .select(['organisations.name as organisation_name', 'organisations.path as organisation_path', hasSupervisorExpression.as('has_supervisor')]);
  }

  function selectFiltered(filter: DocumentFilter, source: Pick<QueryCreator<Database>, 'selectFrom'> = db) {
    let query = selectJoined(source);
    if (filter.year !== undefined) query = query.where('documents.year', '=', filter.year);
    if (filter.organisationId) query = query.where('documents.organisation_id', '=', filter.organisationId);
    if (filter.organisationIds) query = filter.organisationIds.length ? query.where('documents.organisation_id', 'in', filter.organisationIds) : query.where((eb) => eb.lit(false));
    if (filter.withinOrganisationPath) query = query.where('organisations.path', 'like', `${formatOrganisationPath(filter.withinOrganisationPath)}%`);
    if (filter.kind) query = query.where('documents.kind', '=', filter.kind);
    if (filter.kinds) query = filter.kinds.length ? query.where('documents.kind', 'in', filter.kinds) : query.where((eb) => eb.lit(false));
    if (filter.after) {
      // "<= and (< or >)" rather than a row comparison: the order mixes desc and asc, and the
      // leading "<=" is what lets the listing index start at the cursor on both databases.
      const { updatedAt, id } = filter.after;
      query = query
        .where('documents.updated_at', '<=', updatedAt)
        .where((eb) => eb.or([eb('documents.updated_at', '<', updatedAt), eb('documents.id', '>', id)]));
    }
    if (filter.state) query = query.where('documents.state', '=', filter.state);
    if (filter.states) query = filter.states.length ? query.where('documents.state', 'in', filter.states) : query.where((eb) => eb.lit(false));
    if (filter.project !== undefined) query = query.where('documents.project', '=', filter.project ?? '');
    if (filter.search) {
      // LIKE with an explicit escape character: the same on SQLite and PostgreSQL; % and _ typed are literal.
      const pattern = `%${filter.search.text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
      const kinds = filter.search.kinds;
      query = query.where((eb) =>
        eb.or([
          sql<boolean>`organisations.name like ${pattern} escape '\\'`,
          sql<boolean>`documents.project like ${pattern} escape '\\'`,
          ...(kinds.length ? [eb('documents.kind', 'in', kinds)] : []),
        ]),
      );
    }
    // `''` keeps IN lists non-empty (no state is ''), so an empty state list matches nothing.
    const scope = filter.readScope;
    if (scope) {
      switch (scope.kind) {
        case 'nothing':
          return query.where((eb) => eb.lit(false));
        case 'everything':
          return query;
        case 'states':
          return query.where('documents.state', 'in', [...scope.states, '']);
        case 'organisation':
          return query.where('documents.organisation_id', '=', scope.organisationId);
        case 'subtree':
          return query
            .where('organisations.path', 'like', `%/${scope.organisationId}/%`)
            .where((eb) =>
              eb.or([
                eb.and([eb(hasSupervisorExpression, '=', 1), eb('documents.state', 'in', [...scope.statesWithSupervisor, ''])]),
                eb.and([eb(hasSupervisorExpression, '=', 0), eb('documents.state', 'in', [...scope.statesWithoutSupervisor, ''])]),
              ]),
            );
      }
    }
    return query;
  }

  /** After a write that set the body: the columns from the database, the body as written (not parsed back). */
  async function getWithBody(id: string, body: PerformanceDocument): Promise<StoredDocument | null> {
    const summary = await getSummaryById(id);
    return summary ? { ...summary, body } : null;
  }

  /** The document without its body: one small row. */
  async function getSummaryById(id: string): Promise<DocumentSummary | null> {
    const row = await summaryById.executeTakeFirst(db, { id });
    return row ? toDocumentSummary(row) : null;
  }

  async function getById(id: string): Promise<StoredDocument | null> {
    const row = await documentById.executeTakeFirst(db, { id });
    return row ? toStoredDocument(row) : null;
  }

  /** The result of a versioned update from the row it returned (none: stale or gone). */
  async function toUpdateResult(options: VersionedUpdate, row: ReturnedRow | undefined): Promise<VersionedUpdateResult> {
    const { changes, organisation } = options;
    if (row && organisation && changes.body !== undefined) {
      const document = toDocumentSummary({
        ...row,
        organisation_name: organisation.organisationName,
        organisation_path: formatOrganisationPath(organisation.organisationPath),
        has_supervisor: organisation.hasSupervisor,
      });
      return { status: 'updated', document: { ...document, body: changes.body } };
    }
    if (row) {
      const document = changes.body !== undefined ? await getWithBody(options.id, changes.body) : await getById(options.id);
      return { status: 'updated', document: document! };
    }
    const current = await db.selectFrom('documents').select('version').where('id', '=', options.id).executeTakeFirst();
    return current ? { status: 'stale', currentVersion: current.version } : { status: 'not-found' };
  }

  return {
    getById,

    /** The document with its body as the stored JSON text, unparsed (reading it only to send it). */
    async getWithBodyText(id: string): Promise<(DocumentSummary & { bodyText: string }) | null> {
      const row = await selectWithOrganisation().where('documents.id', '=', id).executeTakeFirst();
      return row ? { ...toDocumentSummary(row), bodyText: row.body } : null;
    },

    /**
     * The document, with its body text unless it is still at `heldVersion` (the caller holds that
     * version's body parsed: a save's stored-body cache); one statement either way.
     */
    async getUnlessBodyAt(id: string, heldVersion: number | null): Promise<(DocumentSummary & { bodyText: string | null }) | null> {
      const row = await documentUnlessAt.executeTakeFirst(db, { id, heldVersion: heldVersion ?? -1 });
      return row ? { ...toDocumentSummary(row), bodyText: row.body } : null;
    },

    /** A read's row without its body, the opinions on its revision and its year's pack choices, in one statement (document-read-view.ts). */
    getReadView: (id: string) => readView(db, id),

    /** A save's row, its body unless still at `heldVersion`, its year's pack choices and whether the year is closed, in one statement. */
    getSaveView: (id: string, heldVersion: number | null) => saveView(db, id, heldVersion),

    /** The document without its body: one small row (the read checks access and its cached bytes first). */
    getSummaryById,

    /** The review state of each document found, by id (no bodies read; one statement). */
    async listStatesByIds(ids: readonly string[]): Promise<Map<string, ReviewState>> {
      if (ids.length === 0) return new Map();
      const rows = await db.selectFrom('documents').select(['id', 'state']).where('id', 'in', [...ids]).execute();
      return new Map(rows.map((row) => [row.id, row.state as ReviewState]));
    },

    /** The stored body text of `id` if it is still at `version` (null once a save moved it on). */
    async getBodyTextAt(id: string, version: number): Promise<string | null> {
      const row = await db.selectFrom('documents').select('body').where('id', '=', id).where('version', '=', version).executeTakeFirst();
      return row?.body ?? null;
    },

    /** The bodies of many documents in one query, by id (lists that need a field of each body). */
    async listBodies(ids: readonly string[]): Promise<Map<string, PerformanceDocument>> {
      if (ids.length === 0) return new Map();
      const rows = await db.selectFrom('documents').select(['id', 'body']).where('id', 'in', ids).execute();
      return new Map(rows.map((row) => [row.id, JSON.parse(row.body) as PerformanceDocument]));
    },

    /**
     * Every document matching the filter with the figures kept from its body
     * (server/db/document-figures.ts), in one query and without a body: the finance summary.
     */
    async listFigures(filter: Pick<DocumentFilter, 'year' | 'withinOrganisationPath' | 'kinds' | 'project' | 'organisationIds'>): Promise<DocumentFiguresSummary[]> {
      const rows = await selectFiltered(filter)
        .select(yearFigureSummaryColumns)
        .select(['organisations.name as organisation_name', 'organisations.path as organisation_path', hasSupervisorExpression.as('has_supervisor')])
        .select(['documents.execution_rate', 'documents.stated_score', 'documents.stated_grade', 'documents.error_count', 'documents.warning_count', 'documents.info_count'])
        .execute();
      const paths = new Map<string, string[]>();
      return rows.map((row) => ({
        ...toYearFigureSummary(row, paths),
        executionRate: row.execution_rate,
        statedScore: row.stated_score,
        statedGrade: row.stated_grade,
        findings: { error: Number(row.error_count), warning: Number(row.warning_count), info: Number(row.info_count) },
      }));
    },

    /**
     * The finance summary's rows (services/reports/list-summary-rows.ts): only the columns it shows,
     * the read scope applied in SQL, score and grade chosen as the overview chooses them. A
     * province's year is 26,000 documents: every column more, and every row the reader may not
     * see, was parsed and dropped again (issue 14, bench/summary-phases.ts).
     */
    async listSummaryFigures(filter: Pick<DocumentFilter, 'year' | 'organisationIds' | 'withinOrganisationPath' | 'readScope'>): Promise<SummaryFiguresRow[]> {
      const rows = await selectFiltered(filter)
        .select([
          'documents.id',
          'documents.organisation_id',
          'organisations.name as organisation_name',
          'documents.year',
          'documents.kind',
          'documents.project',
          'documents.revision',
          'documents.state',
          'documents.execution_rate',
          sql<string | null>`coalesce(documents.score, documents.stated_score)`.as('summary_score'),
          sql<string | null>`case when documents.grade in ('优', '良', '中', '差') then documents.grade else documents.stated_grade end`.as('summary_grade'),
          'documents.error_count',
          'documents.warning_count',
          'documents.info_count',
          'documents.updated_at',
        ])
        .execute();
      return rows as SummaryFiguresRow[];
    },

    /**
     * Not executed: the documents matching the filter (one year) with the figures the overview
     * counts and their rank among the revisions of one unit × kind × project the filter keeps
     * (1: the latest the reader can see), for report-overview.repository.ts to aggregate in SQL.
     * `source` as in selectFiltered: an expression builder when it is a subquery.
     */
    selectRankedFigures(filter: Pick<DocumentFilter, 'year' | 'withinOrganisationPath' | 'readScope'>, source: Pick<QueryCreator<Database>, 'selectFrom'> = db) {
      return selectFiltered(filter, source).select([
        'documents.id',
        'documents.organisation_id',
        'documents.kind',
        'documents.project',
        'documents.state',
        'documents.execution_rate',
        'organisations.path as organisation_path',
        'organisations.kind as organisation_kind',
        // listSummaryRows's rule: the computed score and grade, else the ones the document states.
        sql<string | null>`coalesce(documents.score, documents.stated_score)`.as('summary_score'),
        sql<string | null>`case when documents.grade in ('优', '良', '中', '差') then documents.grade else documents.stated_grade end`.as('summary_grade'),
        sql<number>`row_number() over (partition by documents.organisation_id, documents.year, documents.kind, documents.project order by documents.revision desc)`.as('revision_rank'),
      ]);
    },

    /** Newest first; `total` counts every match (up to countCap), ignoring limit, offset and after. */
    async list(filter: DocumentFilter = {}): Promise<{ items: DocumentSummary[]; total: number; isTotalCapped: boolean }> {
      // The page and the count side by side: on PostgreSQL two pool connections at once (a search
      // of a province counts thousands of matches), on SQLite one after the other as before.
      // The page's ids first, from the summary index alone (it holds every column a filter or the order names), then
      // their 20 rows: the version and who saved are in no index (so an autosave can be a HOT update, migration
      // 20261208110000), and a search over a province would otherwise read each match's row to drop it again.
      const page = db
        .selectFrom((eb) =>
          selectFiltered(filter, eb)
            .select('documents.id as page_id')
            .orderBy('documents.updated_at', 'desc')
            .orderBy('documents.id')
            .limit(filter.limit ?? 50)
            .offset(filter.offset ?? 0)
            .as('page'),
        )
        .innerJoin('documents', 'documents.id', 'page.page_id')
        .innerJoin('organisations', 'organisations.id', 'documents.organisation_id')
        .select(summaryColumns)
        .select(['organisations.name as organisation_name', 'organisations.path as organisation_path', hasSupervisorExpression.as('has_supervisor')])
        .select((eb) =>
          eb
            .selectFrom('audit_entries')
            .select((inner) => inner.fn.max('audit_entries.at').as('at'))
            .whereRef('audit_entries.document_id', '=', 'documents.id')
            .where('audit_entries.to_state', '=', 'submitted')
            .as('submitted_at'),
        )
        .orderBy('documents.updated_at', 'desc')
        .orderBy('documents.id')
        .execute();
      const { after: _after, ...unpaged } = filter;
      const cap = filter.countCap;
      const count =
        cap === undefined
          ? selectFiltered(unpaged).select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow()
          : db
              .selectFrom((eb) => selectFiltered(unpaged, eb).select('documents.id').limit(cap + 1).as('matches'))
              .select((eb) => eb.fn.countAll<number>().as('count'))
              .executeTakeFirstOrThrow();
      const [rows, counted] = await Promise.all([page, count]);
      const total = Number(counted.count);
      return {
        items: rows.map((row) => ({ ...toDocumentSummary(row), submittedAt: row.submitted_at ?? null })),
        total: cap === undefined ? total : Math.min(total, cap),
        isTotalCapped: cap !== undefined && total > cap,
      };
    },

    async insert(document: NewDocument): Promise<StoredDocument> {
      await db.insertInto('documents').values(toDocumentRow(document)).execute();
      return (await getById(document.id))!;
    },

    /** Many new documents in multi-row INSERTs (a monitoring round's 10,000 tables), nothing read back. */
    async insertMany(documents: readonly NewDocument[]): Promise<void> {
      for (let start = 0; start < documents.length; start += documentsPerInsert) {
        await db.insertInto('documents').values(documents.slice(start, start + documentsPerInsert).map(toDocumentRow)).execute();
      }
    },

    /** Applies `changes` and bumps the version only if the stored version is `expectedVersion`. */
    async updateWithVersion(options: VersionedUpdate): Promise<VersionedUpdateResult> {
      const bodySave = toBodySave(options);
      if (bodySave) return toUpdateResult(options, await updateBodyAtVersion.executeTakeFirst(db, bodySave));
      const row = await db
        .updateTable('documents')
        .set(toUpdateSet(options.changes))
        .where('id', '=', options.id)
        .where('version', '=', options.expectedVersion)
        .returning(returnedColumns)
        .executeTakeFirst();
      return toUpdateResult(options, row);
    },

    /**
     * updateWithVersion and the audit entry of the change, written only when the update is, both or
     * neither: on PostgreSQL in one statement (the update and the insert as one WITH: one round trip
     * where BEGIN, UPDATE, INSERT and COMMIT took four), elsewhere in the caller's transaction or one
     * of its own.
     */
    async updateWithVersionAndAudit(options: AuditedUpdate): Promise<VersionedUpdateResult> {
      const { audit, ...update } = options;
      const entry = toAuditRow({ ...audit, documentId: update.id });
      if (!(db.getExecutor().adapter instanceof PostgresAdapter)) {
        // Every statement on the transaction's handle: SQLite's one connection is held by it.
        const inTransaction = async (handle: Kysely<Database>) => {
          const result = await createDocumentsRepository(handle).updateWithVersion(update);
          if (result.status === 'updated') await insertAuditEntry.execute(handle, entry);
          return result;
        };
        return db.isTransaction ? inTransaction(db) : db.transaction().execute(inTransaction);
      }
      const bodySave = toBodySave(update);
      if (bodySave) return toUpdateResult(update, await updateBodyAtVersionWithAudit.executeTakeFirst(db, { ...bodySave, ...entry }));
      const query = db
        .with('updated', (query) =>
          query
            .updateTable('documents')
            .set(toUpdateSet(update.changes))
            .where('id', '=', update.id)
            .where('version', '=', update.expectedVersion)
            .returning(returnedColumns),
        )
        .with('audit', (query) =>
          query
            .insertInto('audit_entries')
            .columns(['document_id', 'actor_id', 'at', 'action', 'from_state', 'to_state', 'reason', 'changes'])
            .expression((eb) =>
              eb
                .selectFrom('updated')
                .select([
                  'updated.id',
                  sql<string | null>`${entry.actor_id}::text`.as('actor_id'),
                  sql<string>`${entry.at}::text`.as('at'),
                  sql<string>`${entry.action}::text`.as('action'),
                  sql<string | null>`${entry.from_state}::text`.as('from_state'),
                  sql<string | null>`${entry.to_state}::text`.as('to_state'),
                  sql<string | null>`${entry.reason}::text`.as('reason'),
                  sql<string | null>`${entry.changes}::text`.as('changes'),
                ]),
            ),
        )
        .selectFrom('updated')
        .selectAll()
        .compile();
      // A lookup by id and version whatever the values: named, PostgreSQL plans it once per connection.
      nameStatement(query.sql);
      const [row] = (await db.executeQuery(query)).rows;
      return toUpdateResult(update, row);
    },

    /**
     * Several saves, each updateWithVersionAndAudit's versioned update and audit entry, in ONE
     * transaction: the group commit of services/documents/save-queue.ts. Each is versioned on its
     * own: a stale one writes nothing and is answered 'stale' while the others are written. If a
     * statement fails it throws and nothing is written. The ids must differ. On PostgreSQL saves of
     * a body (every autosave) are one statement (body-save-batch.ts).
     */
    async updateManyWithVersionAndAudit(saves: readonly AuditedUpdate[]): Promise<VersionedUpdateResult[]> {
      // The bodies' texts are made before the transaction opens, so it stays short.
      const prepared = saves.map(({ audit, ...update }) => ({ update, bodySave: toBodySave(update), entry: toAuditRow({ ...audit, documentId: update.id }) }));
      let rows: (ReturnedRow | undefined)[];
      if (db.getExecutor().adapter instanceof PostgresAdapter && prepared.every((save) => save.bodySave !== null)) {
        // The rows in the order of their ids, as every instance sends them: the update locks them in
        // that order, so two instances' batches over the same documents never wait on each other
        // in a circle (a deadlock costs both deadlock_timeout, 1 s, and one batch written again save by save).
        const order = prepared.map((_, index) => index).sort((a, b) => (prepared[a]!.update.id < prepared[b]!.update.id ? -1 : 1));
        const batch = order.map((index) => ({ values: prepared[index]!.bodySave!, audit: prepared[index]!.entry }));
        const returned = await updateBodiesAtVersionWithAudit(batch.length).execute(db, toBatchValues(batch));
        rows = new Array<ReturnedRow | undefined>(prepared.length);
        for (const row of returned) rows[order[row.ordinal]!] = row;
      } else {
        rows = await db.transaction().execute(async (handle) => {
          const written: (ReturnedRow | undefined)[] = [];
          for (const { update, bodySave, entry } of prepared) {
            const row = bodySave
              ? await updateBodyAtVersion.executeTakeFirst(handle, bodySave)
              : await handle.updateTable('documents').set(toUpdateSet(update.changes)).where('id', '=', update.id).where('version', '=', update.expectedVersion).returning(returnedColumns).executeTakeFirst();
            if (row) await insertAuditEntry.execute(handle, entry);
            written.push(row);
          }
          return written;
        });
      }
      return Promise.all(prepared.map(({ update }, index) => toUpdateResult(update, rows[index])));
    },

    /** All revisions of one document identity, newest revision first. */
    async listRevisions(identity: { organisationId: string; year: number; kind: DocumentKind; project: string | null }): Promise<StoredDocument[]> {
      const rows = await selectWithOrganisation()
        .where('documents.organisation_id', '=', identity.organisationId)
        .where('documents.year', '=', identity.year)
        .where('documents.kind', '=', identity.kind)
        .where('documents.project', '=', identity.project ?? '')
        .orderBy('documents.revision', 'desc')
        .execute();
      return rows.map(toStoredDocument);
    },
  };
}

export type DocumentsRepository = ReturnType<typeof createDocumentsRepository>;
