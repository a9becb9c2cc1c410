/**
 * `money_sum(text)` for SQLite: an exact sum of decimal text (amounts in 万元), the counterpart
 * of PostgreSQL's `sum(cast(x as numeric))`. SQLite's own sum() turns text into floating point;
 * money must add up exactly (STYLE.md), so the aggregate adds with decimal.js. Nulls are skipped;
 * no value at all gives null, as sum() does (decimal_sum of sqlite-decimal-functions.ts, for the
 * finance overview, skips text that is no plain decimal and gives "0" for none).
 */
import type SqliteDatabase from 'better-sqlite3';
import { Dec } from '../../core/decimal.ts';

export function registerMoneySum(database: SqliteDatabase.Database): void {
  database.aggregate('money_sum', {
    start: () => null as Dec | null,
    step: (total: Dec | null, value: unknown) => {
      if (value === null || value === undefined) return total;
      const next = new Dec(String(value));
      return total === null ? next : total.plus(next);
    },
    result: (total: Dec | null) => (total === null ? null : total.toFixed()),
  });
}
