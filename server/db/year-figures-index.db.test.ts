/**
 * A year's readers (the summary, the overview, 年度报送, 催报) read a province's 26,000 documents of a year from the
 * summary index alone (migration 20261208110000): an index that holds every documents column their
 * queries name, but not the version every save moves, so an autosave on PostgreSQL can be a HOT
 * update. A column added to one of those queries but not to the index would send them to the table
 * (1.7 KB rows: 65 → 250 ms for a province's year, BENCHMARKS.md 2026-12-07): this test fails then.
 */
import { describe, expect, it } from 'vitest';
import { createQueryId, sql, type CompiledQuery, type KyselyPlugin, type RootOperationNode } from 'kysely';
import { getReadScope } from '../../core/review/index.ts';
import { listTestDialects } from '../test-support/test-database.ts';
import { useTestRepositories } from '../test-support/test-repositories.ts';
import { insertDocument } from '../test-support/fixtures.ts';
import { createDocumentsRepository } from './documents.repository.ts';

describe.each(await listTestDialects())("a year's readers on the summary index alone on $dialect", ({ dialect, isAvailable }) => {
  const testing = useTestRepositories(dialect, isAvailable);

  /** The statements `read` sends, compiled as the database receives them. */
  async function captureStatements(read: (documents: ReturnType<typeof createDocumentsRepository>) => Promise<unknown>): Promise<CompiledQuery[]> {
    const nodes: RootOperationNode[] = [];
    const recorder: KyselyPlugin = {
      transformQuery: (args) => {
        nodes.push(args.node);
        return args.node;
      },
      transformResult: (args) => Promise.resolve(args.result),
    };
    const db = testing.database.db;
    await read(createDocumentsRepository(db.withPlugin(recorder)));
    return nodes.map((node) => db.getExecutor().compileQuery(node, createQueryId()));
  }

  /** How the plan reads `documents`, every other way of reading a table priced out on PostgreSQL. */
  async function explain(statement: CompiledQuery): Promise<string> {
    const db = testing.database.db;
    if (dialect === 'sqlite') {
      const { rows } = await db.executeQuery<{ detail: string }>({ ...statement, sql: `explain query plan ${statement.sql}`, queryId: createQueryId() });
      return rows.map((row) => row.detail).join('\n');
    }
    return db.transaction().execute(async (handle) => {
      await sql`set local enable_seqscan = off`.execute(handle);
      await sql`set local enable_bitmapscan = off`.execute(handle);
      await sql`set local enable_indexscan = off`.execute(handle);
      const { rows } = await handle.executeQuery<{ 'QUERY PLAN': string }>({ ...statement, sql: `explain ${statement.sql}`, queryId: createQueryId() });
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    });
  }

  const coveredOn = dialect === 'sqlite' ? /USING COVERING INDEX documents_summary_index/ : /Index Only Scan using documents_summary_index on documents/;

  const readers: [string, (documents: ReturnType<typeof createDocumentsRepository>) => Promise<unknown>][] = [
    ['the summary and 年度报送 (listFigures)', (documents) => documents.listFigures({ year: 2026, kinds: ['target-table', 'self-evaluation'], project: null })],
    ['a 主管部门 subtree (listFigures)', (documents) => documents.listFigures({ year: 2026, withinOrganisationPath: testing.tree.supervisor.path })],
    ['the overview\'s ranked figures (selectRankedFigures)', (documents) => documents.selectRankedFigures({ year: 2026 }).execute()],
    ['the summary rows (listSummaryFigures)', (documents) => documents.listSummaryFigures({ year: 2026 })],
    [
      'the summary rows in a supervisor\'s read scope',
      (documents) =>
        documents.listSummaryFigures({
          year: 2026,
          readScope: getReadScope({ role: 'supervisor-reviewer', organisationId: testing.tree.supervisor.id, organisationPath: testing.tree.supervisor.path }),
        }),
    ],
  ];

  it.skipIf(!isAvailable).each(readers)('%s', async (_name, read) => {
    await insertDocument(testing.repositories, { organisationId: testing.tree.unit.id, year: 2026, project: `项目${_name}`, state: 'submitted' });
    const statements = await captureStatements(read);
    expect(statements).toHaveLength(1);
    expect(await explain(statements[0]!)).toMatch(coveredOn);
  });
});
