/** Fiscal years (/api/fiscal-years): which years are open for filling in. */
import { z } from 'zod';

export const fiscalYearSchema = z.object({ year: z.number().int(), isOpen: z.boolean() }).describe('年度');
export const fiscalYearListSchema = z.object({ items: z.array(fiscalYearSchema) });
export const fiscalYearParamsSchema = z.object({
  year: z.coerce.number().int().min(1990, '年度须在 1990–2100 之间').max(2100, '年度须在 1990–2100 之间'),
});
export const saveFiscalYearBodySchema = z.object({ isOpen: z.boolean() });

export type FiscalYear = z.infer<typeof fiscalYearSchema>;
export type FiscalYearList = z.infer<typeof fiscalYearListSchema>;
