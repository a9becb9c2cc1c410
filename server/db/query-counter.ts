/**
 * Counts the SQL statements a Kysely handle sends: for tests that pin a route's query count
 * (no N+1: the count must not grow with the rows) and for benchmarks that report it.
 */
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';

export interface QueryCounter {
  plugin: KyselyPlugin;
  /** Statements sent since the last reset. */
  readonly count: number;
  reset(): void;
}

export function createQueryCounter(): QueryCounter {
  let count = 0;
  return {
    plugin: {
      transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
        count++;
        return args.node;
      },
      transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
        return Promise.resolve(args.result);
      },
    },
    get count() {
      return count;
    },
    reset() {
      count = 0;
    },
  };
}
