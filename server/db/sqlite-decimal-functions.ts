/**
 * Exact decimal helpers for SQL on SQLite, which has no exact numeric type: the overview's sums
 * and bands of 执行率 and 得分 (report-overview.repository.ts) must give what core/decimal gives in
 * memory. PostgreSQL does the same with numeric (see report-overview-sql.ts).
 */
import type SqliteDatabase from 'better-sqlite3';
import { Dec, toDecimal } from '../../core/decimal.ts';

/**
 * decimal_band(text, edge…): the index of the band the decimal falls in (0 below the first edge,
 * 1 from the first edge, …), or null when the text is not a plain decimal (toDecimal's rule).
 * decimal_sum(text): the exact sum of the plain decimals, as text ("0" when there are none).
 */
export function registerDecimalFunctions(database: SqliteDatabase.Database): void {
  database.function('decimal_band', { deterministic: true, varargs: true }, (text: unknown, ...edges: unknown[]) => {
    const value = typeof text === 'string' ? toDecimal(text) : null;
    if (!value) return null;
    let band = 0;
    for (const edge of edges) if (value.gte(Number(edge))) band++;
    return band;
  });
  database.aggregate('decimal_sum', {
    start: () => new Dec(0),
    step: (total: InstanceType<typeof Dec>, text: unknown) => {
      const value = typeof text === 'string' ? toDecimal(text) : null;
      return value ? total.plus(value) : total;
    },
    result: (total: InstanceType<typeof Dec>) => total.toFixed(),
  });
}
