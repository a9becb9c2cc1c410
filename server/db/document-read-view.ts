/**
 * A document read in one statement (issue 14 item 3): the document's row without its body, the
 * opinions on its current revision and the rule-pack choices of its year for its organisation's
 * path (region packs on any ancestor, the year's pack). A read sent these as three statements, two
 * of them side by side; on PostgreSQL each statement is a round trip, and its write to the socket
 * and the driver's work cost the server thread about as much as the rest of the read. The opinions
 * and packs come back as JSON arrays (Kysely's jsonArrayFrom for each dialect).
 *
 * On PostgreSQL, reads outside a transaction asked in the same turn of the event loop go out as
 * one statement for all their ids (batched-lookup.ts): under load that is one round trip for many
 * reads instead of one each. SQLite answers in the server's own thread, with no round trip to save.
 */
import { PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely';
import { jsonArrayFrom as postgresJsonArrayFrom } from 'kysely/helpers/postgres';
import { jsonArrayFrom as sqliteJsonArrayFrom } from 'kysely/helpers/sqlite';
import { createBatchedLookup, type BatchedLookup } from './batched-lookup.ts';
import { prepareStatement, type Placeholders } from './prepared-statement.ts';
import { toReviewOpinion, type ReviewOpinion } from './review-opinions.repository.ts';
import type { Database } from './schema.ts';

export interface DocumentReadView<Summary> {
  summary: Summary;
  opinions: ReviewOpinion[];
  /** As rulePacks.findPackChoices gives them (whether the year is closed is not asked here). */
  packChoices: { yearPack: string | null; regionPacks: Map<string, string> };
}

type JsonArrayFrom = typeof postgresJsonArrayFrom;

type Contains = (text: RawBuilder<string>, part: RawBuilder<string>) => RawBuilder<boolean>;
type ReadColumns = { summary: readonly string[]; organisation: readonly unknown[] };

/**
 * The statement for one dialect: `contains` is an exact substring test (no LIKE wildcards in ids);
 * `names` and `isWanted` say which documents (one id, or a batch of ids).
 */
function prepareReadView<Name extends string>(jsonArrayFrom: JsonArrayFrom, contains: Contains, columns: ReadColumns, names: readonly Name[], isWanted: (values: Placeholders<Name>) => RawBuilder<boolean>) {
  return prepareStatement(names, (db, values) =>
    db
      .selectFrom('documents')
      .innerJoin('organisations', 'organisations.id', 'documents.organisation_id')
      .select(columns.summary as never)
      .select(columns.organisation as never)
      .select((eb) => [
        jsonArrayFrom(
          eb
            .selectFrom('review_opinions')
            .leftJoin('users', 'users.id', 'review_opinions.actor_id')
            // Named columns: SQLite's json_object needs them (no selectAll).
            .select(['review_opinions.id', 'review_opinions.document_id', 'review_opinions.revision', 'review_opinions.path', 'review_opinions.text', 'review_opinions.actor_id', 'review_opinions.at', 'users.display_name as actorName'])
            .whereRef('review_opinions.document_id', '=', 'documents.id')
            .whereRef('review_opinions.revision', '=', 'documents.revision')
            .orderBy('review_opinions.at')
            .orderBy('review_opinions.id'),
        ).as('opinions'),
        jsonArrayFrom(
          eb
            .selectFrom('region_rule_packs')
            .select(['region_rule_packs.organisation_id', 'region_rule_packs.pack'])
            .whereRef('region_rule_packs.year', '=', 'documents.year')
            .where(contains(sql<string>`organisations.path`, sql<string>`'/' || region_rule_packs.organisation_id || '/'`)),
        ).as('region_packs'),
        eb.selectFrom('fiscal_years').select('fiscal_years.rule_pack').whereRef('fiscal_years.year', '=', 'documents.year').as('year_pack'),
      ])
      .where(isWanted(values)),
  );
}

type ViewRow<Row> = Row & { opinions: unknown; region_packs: unknown; year_pack: string | null };

/** JSON columns come back parsed from PostgreSQL and as text from SQLite. */
function parseJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/**
 * `columns`: the summary and organisation columns the documents repository reads by id; `toSummary`
 * maps the row as it maps a summary row.
 */
export function createDocumentReadView<Row, Summary>(columns: ReadColumns, toSummary: (row: Row) => Summary) {
  const postgresContains: Contains = (text, part) => sql<boolean>`position(${part} in ${text}) > 0`;
  const forPostgres = prepareReadView(postgresJsonArrayFrom, postgresContains, columns, ['id'], (values) => sql<boolean>`documents.id = ${values.id}`);
  // The text is the same for any number of ids (one array), so it is prepared once per connection.
  const forPostgresBatch = prepareReadView(postgresJsonArrayFrom, postgresContains, columns, ['ids'], (values) => sql<boolean>`documents.id = any(cast(${values.ids} as text[]))`);
  const forSqlite = prepareReadView(sqliteJsonArrayFrom as unknown as JsonArrayFrom, (text, part) => sql<boolean>`instr(${text}, ${part}) > 0`, columns, ['id'], (values) => sql<boolean>`documents.id = ${values.id}`);
  const batches = new WeakMap<Kysely<Database>, BatchedLookup<string, ViewRow<Row>>>();

  function toView(row: ViewRow<Row>): DocumentReadView<Summary> {
    const regionPacks = parseJson<{ organisation_id: string; pack: string }[]>(row.region_packs);
    return {
      summary: toSummary(row),
      opinions: parseJson<Parameters<typeof toReviewOpinion>[0][]>(row.opinions).map(toReviewOpinion),
      packChoices: { yearPack: row.year_pack, regionPacks: new Map(regionPacks.map((choice) => [choice.organisation_id, choice.pack])) },
    };
  }

  /** The pool's batch for `db` (a transaction's statements go on its own connection, one by one). */
  function batchOf(db: Kysely<Database>): BatchedLookup<string, ViewRow<Row>> {
    let batch = batches.get(db);
    if (!batch) {
      batch = createBatchedLookup(async (ids: string[]) => {
        const rows = (await forPostgresBatch.execute(db, { ids })) as unknown as ViewRow<Row & { id: string }>[];
        return new Map(rows.map((row) => [row.id, row]));
      });
      batches.set(db, batch);
    }
    return batch;
  }

  return async function getReadView(db: Kysely<Database>, id: string): Promise<DocumentReadView<Summary> | null> {
    let row: ViewRow<Row> | undefined;
    if (!(db.getExecutor().adapter instanceof PostgresAdapter)) row = (await forSqlite.executeTakeFirst(db, { id })) as ViewRow<Row> | undefined;
    else if (db.isTransaction) row = (await forPostgres.executeTakeFirst(db, { id })) as ViewRow<Row> | undefined;
    else row = await batchOf(db).get(id);
    return row ? toView(row) : null;
  };
}

export interface DocumentSaveView<Summary> {
  summary: Summary;
  /** null: the body is still at the version the caller holds parsed. */
  bodyText: string | null;
  packChoices: DocumentReadView<Summary>['packChoices'];
  isYearClosed: boolean;
}

/**
 * A save's lookup: the row, its body unless still at the version held, the year's pack choices and
 * whether the year is closed. `isWanted` says which documents (one id, or a batch of ids), `heldOf`
 * the version held for the row's document.
 */
function prepareSaveView<Name extends string>(
  jsonArrayFrom: JsonArrayFrom,
  contains: Contains,
  columns: ReadColumns,
  names: readonly Name[],
  isWanted: (values: Placeholders<Name>) => RawBuilder<boolean>,
  heldOf: (values: Placeholders<Name>) => RawBuilder<number>,
) {
  return prepareStatement(names, (db, values) =>
    db
      .selectFrom('documents')
      .innerJoin('organisations', 'organisations.id', 'documents.organisation_id')
      .select(columns.summary as never)
      .select(columns.organisation as never)
      .select((eb) => [
        sql<string | null>`case when documents.version = ${heldOf(values)} then null else documents.body end`.as('body'),
        jsonArrayFrom(
          eb
            .selectFrom('region_rule_packs')
            .select(['region_rule_packs.organisation_id', 'region_rule_packs.pack'])
            .whereRef('region_rule_packs.year', '=', 'documents.year')
            .where(contains(sql<string>`organisations.path`, sql<string>`'/' || region_rule_packs.organisation_id || '/'`)),
        ).as('region_packs'),
        eb.selectFrom('fiscal_years').select('fiscal_years.rule_pack').whereRef('fiscal_years.year', '=', 'documents.year').as('year_pack'),
        eb.selectFrom('fiscal_years').select('fiscal_years.is_open').whereRef('fiscal_years.year', '=', 'documents.year').as('year_is_open'),
      ])
      .where(isWanted(values)),
  );
}

type SaveViewRow<Row> = Row & { id: string; body: string | null; region_packs: unknown; year_pack: string | null; year_is_open: number | null };

/**
 * As createDocumentReadView, for a save (one statement where a save sent two before the write). On
 * PostgreSQL, the saves' lookups outside a transaction asked in one turn go out as one statement
 * (batched-lookup.ts), each id with the version its first asker holds: under load one round trip
 * for several saves instead of one each. A second asker of the same id in that turn holding
 * another version gets the body whatever it holds (the id is then asked with no version held).
 */
export function createDocumentSaveView<Row, Summary>(columns: ReadColumns, toSummary: (row: Row) => Summary) {
  const postgresContains: Contains = (text, part) => sql<boolean>`position(${part} in ${text}) > 0`;
  const one = ['id', 'heldVersion'] as const;
  const forPostgres = prepareSaveView(postgresJsonArrayFrom, postgresContains, columns, one, (values) => sql<boolean>`documents.id = ${values.id}`, (values) => sql<number>`${values.heldVersion}`);
  // The text is the same for any number of ids (two arrays), so it is prepared once per connection.
  const forPostgresBatch = prepareSaveView(
    postgresJsonArrayFrom,
    postgresContains,
    columns,
    ['ids', 'heldVersions'],
    (values) => sql<boolean>`documents.id = any(cast(${values.ids} as text[]))`,
    (values) => sql<number>`(cast(${values.heldVersions} as integer[]))[array_position(cast(${values.ids} as text[]), documents.id)]`,
  );
  const forSqlite = prepareSaveView(sqliteJsonArrayFrom as unknown as JsonArrayFrom, (text, part) => sql<boolean>`instr(${text}, ${part}) > 0`, columns, one, (values) => sql<boolean>`documents.id = ${values.id}`, (values) => sql<number>`${values.heldVersion}`);
  const batches = new WeakMap<Kysely<Database>, { lookup: BatchedLookup<string, SaveViewRow<Row>>; held: Map<string, number> }>();

  /** The pool's batch for `db`; `held`: the version held per id asked for the batch being gathered (-1: none, or askers disagree). */
  function batchOf(db: Kysely<Database>) {
    let batch = batches.get(db);
    if (!batch) {
      const held = new Map<string, number>();
      const lookup = createBatchedLookup(async (ids: string[]) => {
        const heldVersions = ids.map((id) => held.get(id) ?? -1);
        for (const id of ids) held.delete(id);
        const rows = (await forPostgresBatch.execute(db, { ids, heldVersions })) as unknown as SaveViewRow<Row>[];
        return new Map(rows.map((row) => [row.id, row]));
      });
      batches.set(db, (batch = { lookup, held }));
    }
    return batch;
  }

  return async function getSaveView(db: Kysely<Database>, id: string, heldVersion: number | null): Promise<DocumentSaveView<Summary> | null> {
    const held = heldVersion ?? -1;
    let row: SaveViewRow<Row> | undefined;
    if (!(db.getExecutor().adapter instanceof PostgresAdapter)) row = (await forSqlite.executeTakeFirst(db, { id, heldVersion: held })) as SaveViewRow<Row> | undefined;
    else if (db.isTransaction) row = (await forPostgres.executeTakeFirst(db, { id, heldVersion: held })) as SaveViewRow<Row> | undefined;
    else {
      const batch = batchOf(db);
      const asked = batch.held.get(id);
      batch.held.set(id, asked === undefined || asked === held ? held : -1);
      row = await batch.lookup.get(id);
    }
    if (!row) return null;
    const regionPacks = parseJson<{ organisation_id: string; pack: string }[]>(row.region_packs);
    return {
      summary: toSummary(row),
      bodyText: row.body,
      packChoices: { yearPack: row.year_pack, regionPacks: new Map(regionPacks.map((choice) => [choice.organisation_id, choice.pack])) },
      // A year never entered is open, as fiscalYears.isClosed says.
      isYearClosed: row.year_is_open !== null && !Number(row.year_is_open),
    };
  };
}
