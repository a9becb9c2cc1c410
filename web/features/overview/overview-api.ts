/** The finance bureau's overview (GET /api/reports/overview, server/http/report-overview.routes.ts) and its workbook; shapes from contract/. */
import { reportOverviewSchema, type ReportOverview } from '../../../contract/report-overview.ts';
import { unitReminderSchema, type UnitReminder } from '../../../contract/unit-reminders.ts';
import { callApi } from '../../lib/api-client.ts';

export type { OverviewChild, OverviewTotals, OverviewUnit, ReportOverview } from '../../../contract/report-overview.ts';

/** One level of the overview: counted per lower finance bureau, and the level's own units. */
export function getReportOverview(input: { year?: number; organisationId?: string }): Promise<ReportOverview> {
  const query = new URLSearchParams({
    ...(input.year ? { year: String(input.year) } : {}),
    ...(input.organisationId ? { organisationId: input.organisationId } : {}),
  }).toString();
  return callApi({
    method: 'GET',
    url: `/api/reports/overview${query ? `?${query}` : ''}`,
    response: reportOverviewSchema,
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
