import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** 年度: the fiscal years a bureau works on; a closed year freezes its documents (services/documents/ensure-year-open.ts). */
export interface FiscalYear {
  year: number;
  isOpen: boolean;
}

export function createFiscalYearsRepository(db: Kysely<Database>) {
  return {
    async list(): Promise<FiscalYear[]> {
      const rows = await db.selectFrom('fiscal_years').selectAll().orderBy('year', 'desc').execute();
      return rows.map((row) => ({ year: row.year, isOpen: Boolean(row.is_open) }));
    },

    /** Whether the year was closed; a year never entered counts as open. */
    async isClosed(year: number): Promise<boolean> {
      const row = await db.selectFrom('fiscal_years').select('is_open').where('year', '=', year).executeTakeFirst();
      return row !== undefined && !row.is_open;
    },

    /** Adds the year or changes whether it is open. */
    async save(fiscalYear: FiscalYear): Promise<FiscalYear> {
      await db
        .insertInto('fiscal_years')
        .values({ year: fiscalYear.year, is_open: fiscalYear.isOpen ? 1 : 0 })
        .onConflict((conflict) => conflict.column('year').doUpdateSet({ is_open: fiscalYear.isOpen ? 1 : 0 }))
        .execute();
      return fiscalYear;
    },
  };
}

export type FiscalYearsRepository = ReturnType<typeof createFiscalYearsRepository>;
