/**
 * The finance bureau's summary as .xlsx: the rows of listSummaryRows, packed into a few arrays
 * (cheap to hand over) and written by documents/summary in a worker thread (deps.heavyWork:
 * thousands of rows must not hold the request thread).
 */
import { packSummaryRows } from '../../../documents/summary/pack-summary-rows.ts';
import type { SummaryRow } from '../../../documents/summary/write-summary.ts';
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { listSummaryRows, type SummaryRowView } from '../reports/list-summary-rows.ts';

export function toSummaryRow(row: SummaryRowView): SummaryRow {
  return {
    unit: row.project ? `${row.unit}（${row.project}）` : row.unit,
    supervisor: row.supervisor,
    year: row.year,
    kind: row.kind,
    scope: row.project ? 'project' : 'department',
    state: row.stateName,
    executionRate: row.executionRate,
    score: row.score,
    grade: row.grade,
    findings: row.findings,
  };
}

/** The workbook of summary rows in the summary's order (also of a kept summary patched, read-kept-summary.ts). */
export async function writeSummaryWorkbook(
  deps: ServiceDeps,
  rows: readonly SummaryRowView[],
  year: number | undefined,
): Promise<{ bytes: Buffer; fileName: string }> {
  // Dated by the service's clock (deps.now), so two builds of the same rows at one time are the same bytes.
  const bytes = await deps.heavyWork.exportSummary(packSummaryRows(rows.map(toSummaryRow)), deps.now());
  const fileName = `${year === undefined ? '' : `${year}年`}预算绩效汇总表.xlsx`;
  return { bytes, fileName };
}

export async function exportSummaryWorkbook(
  deps: ServiceDeps,
  input: { actor: Actor; year?: number },
): Promise<{ bytes: Buffer; fileName: string }> {
  const { rows } = await listSummaryRows(deps, input);
  return writeSummaryWorkbook(deps, rows, input.year);
}
