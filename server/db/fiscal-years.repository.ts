import type { Kysely } from 'kysely';
import { proposeDeadlines, type FiscalYearDeadlines } from '../../core/fiscal-year-deadlines.ts';
import type { Database, FiscalYearsTable } from './schema.ts';
import { prepareStatement } from './prepared-statement.ts';

/** 年度: the fiscal years a bureau works on; a closed year freezes its documents (services/documents/ensure-year-open.ts). */
export interface FiscalYear {
  year: number;
  isOpen: boolean;
  /** Settings entered per year (core/fiscal-year-deadlines.ts). */
  deadlines: FiscalYearDeadlines;
}

function toDeadlineColumns(deadlines: FiscalYearDeadlines): Pick<FiscalYearsTable, 'target_table_due' | 'monitoring_due' | 'self_evaluation_due'> {
  return { target_table_due: deadlines['target-table'], monitoring_due: deadlines.monitoring, self_evaluation_due: deadlines['self-evaluation'] };
}

function toFiscalYear(row: Pick<FiscalYearsTable, 'year' | 'is_open' | 'target_table_due' | 'monitoring_due' | 'self_evaluation_due'>): FiscalYear {
  return {
    year: row.year,
    isOpen: Boolean(row.is_open),
    deadlines: { 'target-table': row.target_table_due, monitoring: row.monitoring_due, 'self-evaluation': row.self_evaluation_due },
  };
}

const columns = ['year', 'is_open', 'target_table_due', 'monitoring_due', 'self_evaluation_due'] as const;

/** Every save asks whether its year is closed (prepared-statement.ts: built and compiled once). */
const isOpenOfYear = prepareStatement(['year'], (db, values) => db.selectFrom('fiscal_years').select('is_open').where('year', '=', values.year));

export function createFiscalYearsRepository(db: Kysely<Database>) {
  return {
    async list(): Promise<FiscalYear[]> {
      const rows = await db.selectFrom('fiscal_years').select(columns).orderBy('year', 'desc').execute();
      return rows.map(toFiscalYear);
    },

    async getByYear(year: number): Promise<FiscalYear | null> {
      const row = await db.selectFrom('fiscal_years').select(columns).where('year', '=', year).executeTakeFirst();
      return row ? toFiscalYear(row) : null;
    },

    /** Whether the year was closed; a year never entered counts as open. */
    async isClosed(year: number): Promise<boolean> {
      const row = await isOpenOfYear.executeTakeFirst(db, { year });
      return row !== undefined && !row.is_open;
    },

    /** Adds the year (with the proposed deadlines) or changes whether it is open. */
    async save(input: { year: number; isOpen: boolean }): Promise<FiscalYear> {
      await db
        .insertInto('fiscal_years')
        .values({ year: input.year, is_open: input.isOpen ? 1 : 0, ...toDeadlineColumns(proposeDeadlines(input.year)) })
        .onConflict((conflict) => conflict.column('year').doUpdateSet({ is_open: input.isOpen ? 1 : 0 }))
        .execute();
      return (await this.getByYear(input.year))!;
    },

    /** Replaces a year's deadlines; false when the year does not exist. */
    async setDeadlines(input: { year: number; deadlines: FiscalYearDeadlines }): Promise<boolean> {
      const result = await db.updateTable('fiscal_years').set(toDeadlineColumns(input.deadlines)).where('year', '=', input.year).executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
  };
}

export type FiscalYearsRepository = ReturnType<typeof createFiscalYearsRepository>;
