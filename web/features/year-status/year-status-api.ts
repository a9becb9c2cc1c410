/** The year view's calls (GET /api/reports/year-status, POST /api/reports/reminders/outstanding); shapes from contract/year-status.ts. */
import {
  outstandingReminderResultSchema,
  yearStatusSchema,
  type OutstandingReminderResult,
  type YearStatus,
  type YearStatusQueryInput,
} from '../../../contract/year-status.ts';
import { callApi } from '../../lib/api-client.ts';

/** One page of the scope's units with the counts over all of them; unset filters are not sent. */
export function getYearStatus(input: YearStatusQueryInput): Promise<YearStatus> {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(input)) if (value !== undefined && value !== '') query.set(name, String(value));
  return callApi({ method: 'GET', url: `/api/reports/year-status?${query.toString()}`, response: yearStatusSchema });
}

/** 催报 of every unit under the organisation with something not yet submitted (once a day each). */
export function remindOutstandingUnits(input: {
  year: number;
  organisationId?: string | undefined;
}): Promise<OutstandingReminderResult> {
  return callApi({
    method: 'POST',
    url: '/api/reports/reminders/outstanding',
    body: input,
    response: outstandingReminderResultSchema,
  });
}
