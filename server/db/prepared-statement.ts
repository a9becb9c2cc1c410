/**
 * A hot statement built and compiled once (issue 14 item 3): Kysely builds an operation tree and
 * compiles it to SQL on every call, which for a small lookup costs several times the lookup itself
 * (a read's document row: ≈ 100 µs of building against ≈ 10 µs of SQLite). Here the tree is built
 * once with placeholders for the values, compiled once per database (dialect), and each run puts
 * its values into the compiled parameters.
 *
 * Plugins still see every run: the tree goes through the handle's plugins (transformQuery, so the
 * query counter and the bench's statement timer count it) and its results through theirs; only a
 * plugin that changes the tree makes a run compile anew. Works on a transaction's handle as on the
 * pool's. Only for statements whose shape does not depend on the values (no IN lists of varying
 * length, no optional conditions).
 */
import { createQueryId, type Compilable, type CompiledQuery, type Kysely, type RawBuilder, type RootOperationNode } from 'kysely';
import type { Database } from './schema.ts';
import { nameStatement } from './named-statements.ts';

/** Stands for one value in the built tree; replaced in the compiled parameters at each run. */
class Placeholder {
  constructor(readonly name: string) {}
}

/** Typed as `never` so it fits any value position of the query builder. */
export type Placeholders<Name extends string> = Record<Name, never>;

/** A query builder's, or an `sql` template's (a statement the builder cannot express). */
type Built<Row> = (Compilable<Row> | RawBuilder<Row>) & { toOperationNode(): RootOperationNode };

export interface PreparedStatement<Name extends string, Row> {
  /** Every row; `db` is the pool's handle or a transaction's. */
  execute(db: Kysely<Database>, values: Record<Name, unknown>): Promise<Row[]>;
  executeTakeFirst(db: Kysely<Database>, values: Record<Name, unknown>): Promise<Row | undefined>;
}

export function prepareStatement<Name extends string, Row>(
  names: readonly Name[],
  build: (db: Kysely<Database>, values: Placeholders<Name>) => Built<Row>,
): PreparedStatement<Name, Row> {
  const placeholders = Object.fromEntries(names.map((name) => [name, new Placeholder(name)])) as unknown as Placeholders<Name>;
  let tree: RootOperationNode | undefined;
  // Compiled once per dialect adapter (one per Kysely instance, shared by its transactions).
  const compiled = new WeakMap<object, CompiledQuery>();

  async function execute(db: Kysely<Database>, values: Record<Name, unknown>): Promise<Row[]> {
    // Built without plugins: a plugin sees the tree at each run, not once here.
    tree ??= build(db.withoutPlugins(), placeholders).toOperationNode();
    const executor = db.getExecutor();
    const queryId = createQueryId();
    const transformed = executor.transformQuery(tree, queryId);
    let base = transformed === tree ? compiled.get(executor.adapter) : undefined;
    if (!base) {
      base = executor.compileQuery(transformed, queryId);
      if (transformed === tree) {
        compiled.set(executor.adapter, base);
        // Its shape never depends on the values: PostgreSQL may prepare it once per connection.
        nameStatement(base.sql);
      }
    }
    const parameters = base.parameters.map((parameter) => (parameter instanceof Placeholder ? values[parameter.name as Name] : parameter));
    const result = await executor.executeQuery<Row>({ query: base.query, sql: base.sql, parameters, queryId });
    return result.rows;
  }

  return {
    execute,
    async executeTakeFirst(db, values) {
      return (await execute(db, values))[0];
    },
  };
}
