/** Fiscal years (/api/fiscal-years): which years are open for filling in, and their deadlines. */
import { z } from 'zod';
import { isCalendarDate } from '../core/fiscal-year-deadlines.ts';

const dueDateSchema = z.string().refine(isCalendarDate, '日期须为 YYYY-MM-DD 的有效日期').nullable();

/** Deadlines as settings (core/fiscal-year-deadlines.ts): YYYY-MM-DD, null = none this year. */
export const fiscalYearDeadlinesSchema = z
  .object({ 'target-table': dueDateSchema, monitoring: dueDateSchema, 'self-evaluation': dueDateSchema })
  .describe('截止日期：绩效目标表、绩效监控表、绩效自评表');

export const fiscalYearSchema = z.object({ year: z.number().int(), isOpen: z.boolean(), deadlines: fiscalYearDeadlinesSchema }).describe('年度');
export const fiscalYearListSchema = z.object({ items: z.array(fiscalYearSchema) });
export const fiscalYearParamsSchema = z.object({
  year: z.coerce.number().int().min(1990, '年度须在 1990–2100 之间').max(2100, '年度须在 1990–2100 之间'),
});
export const saveFiscalYearBodySchema = z.object({ isOpen: z.boolean() });

export type FiscalYear = z.infer<typeof fiscalYearSchema>;
export type FiscalYearList = z.infer<typeof fiscalYearListSchema>;
export const saveFiscalYearDeadlinesBodySchema = z.object({ deadlines: fiscalYearDeadlinesSchema });

export type FiscalYearDeadlinesBody = z.infer<typeof saveFiscalYearDeadlinesBodySchema>;
