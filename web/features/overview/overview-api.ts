/** The finance bureau's summary (GET /api/reports/summary, server/http/exports.routes.ts); shapes from contract/reports.ts. */
import { summarySchema, type Summary } from '../../../contract/reports.ts';
import { unitReminderSchema, type UnitReminder } from '../../../contract/unit-reminders.ts';
import { callApi } from '../../lib/api-client.ts';

export type { Summary, SummaryRow, SummaryUnit } from '../../../contract/reports.ts';

export function getSummary(input: { year?: number }): Promise<Summary> {
  return callApi({
    method: 'GET',
    url: `/api/reports/summary${input.year ? `?year=${input.year}` : ''}`,
    response: summarySchema,
  });
}

/** The summary workbook's URL (downloaded with the Chinese name the server gives). */
export function buildSummaryWorkbookUrl(input: { year?: number }): string {
  return `/api/reports/summary.xlsx${input.year ? `?year=${input.year}` : ''}`;
}

/** 催报: reminds a unit of the year's documents it has not handed in (POST /api/reports/reminders). */
export function remindUnit(input: { organisationId: string; year: number }): Promise<UnitReminder> {
  return callApi({
    method: 'POST',
    url: '/api/reports/reminders',
    body: input,
    response: unitReminderSchema,
  });
}
