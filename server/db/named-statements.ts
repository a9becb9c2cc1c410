/**
 * Server-side prepared statements on PostgreSQL for the hot statements of fixed shape (issue 14
 * item 3). Kysely sends every statement unnamed, so PostgreSQL parses and plans it at each run: for
 * a document read that was ≈ 70 % of PostgreSQL's own CPU per request (bench/api-request-cost.ts:
 * 550–710 µs unnamed, 130–190 µs named; a save 1,860–1,910 → 1,180–1,370 µs), on the cores the
 * server shares with it. A statement whose text was registered here is sent with a name, so each
 * pooled connection parses it once and PostgreSQL may keep a generic plan.
 *
 * Opt-in and bounded: only texts registered by code that knows their plan does not depend on the
 * values (lookups by id, prepared-statement.ts; the versioned update of one document). A generic
 * plan for, say, a LIKE on a path prefix could be far worse than the planned one, so searches and
 * lists stay unnamed. At most `maxNamedStatements` texts are named per process; later ones run
 * unnamed, so a text that varies (an IN list) cannot grow the server's memory without bound.
 */
import type pg from 'pg';

const maxNamedStatements = 256;
const namesByText = new Map<string, string>();

/** Registers a statement's SQL text to be prepared by name on PostgreSQL connections. */
export function nameStatement(text: string): void {
  if (namesByText.has(text) || namesByText.size >= maxNamedStatements) return;
  namesByText.set(text, `jixiao_${namesByText.size + 1}`);
}

/** The name a text is sent with, if registered. */
export function findStatementName(text: string): string | undefined {
  return namesByText.get(text);
}

type Query = (...args: unknown[]) => unknown;

/**
 * Makes every client of the pool send registered texts as named statements (`{ name, text,
 * values }`, node-postgres prepares a name once per connection). Kysely calls `query(text, values)`.
 */
export function sendRegisteredStatementsNamed(pool: pg.Pool): void {
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as Query;
    const namedQuery: Query = (...args) => {
      const [text, values] = args;
      const name = typeof text === 'string' && Array.isArray(values) && args.length === 2 ? namesByText.get(text) : undefined;
      return name ? query({ name, text, values }) : query(...args);
    };
    (client as unknown as { query: Query }).query = namedQuery;
  });
}
