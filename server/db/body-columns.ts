/**
 * What a documents row stores of its body: the JSON text, and the summary columns and figures
 * read from it. Every write of a body (insert, update, the prepared save, the province seeder)
 * takes them from here, so the columns never disagree with the body they were read from.
 */
import type { PerformanceDocument } from '../../core/model.ts';
import { documentFigures } from './document-figures.ts';
import { toMonitoringSummaryColumns } from './monitoring-summary-columns.ts';

/** `bodyText`: the body's JSON when the caller has it already (made once per save). */
export function toBodyColumns(body: PerformanceDocument, bodyText: string = JSON.stringify(body)) {
  return { body: bodyText, ...documentFigures(body), ...toMonitoringSummaryColumns(body) };
}
