/**
 * The finance summary's two downloads (GET /api/reports/summary and summary.xlsx) through the
 * kept answers (kept-summaries.ts): one small query for the generation, then the kept bytes, or
 * the answer built as before and kept.
 */
import type { Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { exportSummaryWorkbook } from '../exports/export-summary-workbook.ts';
import type { JsonText } from '../json-text.ts';
import { summaryReaderKey } from './kept-summaries.ts';
import { listSummaryRows } from './list-summary-rows.ts';
import { toSummaryJson } from './summary-json.ts';

type SummaryInput = { actor: Actor; year?: number };

const byteLength = (text: JsonText) =>
  typeof text.text === 'string' ? Buffer.byteLength(text.text) : text.text.length;

async function keep<Value>(
  deps: ServiceDeps,
  format: string,
  input: SummaryInput,
  build: () => Promise<Value>,
  sizeOf: (value: Value) => number,
): Promise<Value> {
  // Read before the rows: a write committed in between makes the answer newer than its generation, never older.
  const { generation } = await deps.repositories.summaryChanges.readGeneration(input.year);
  const key = `${format}|${input.year ?? 'all'}|${summaryReaderKey(input.actor)}`;
  return deps.keptSummaries.get(key, generation, build, sizeOf);
}

/** The summary rows and units as JSON text (summary-json.ts), kept. */
export function readSummaryJson(
  deps: ServiceDeps,
  input: SummaryInput,
): Promise<{ rows: JsonText; units: JsonText }> {
  return keep(
    deps,
    'json',
    input,
    async () => toSummaryJson(await listSummaryRows(deps, input)),
    (json) => byteLength(json.rows) + byteLength(json.units),
  );
}

/** The summary workbook (.xlsx bytes and file name), kept. */
export function readSummaryWorkbook(
  deps: ServiceDeps,
  input: SummaryInput,
): Promise<{ bytes: Buffer; fileName: string }> {
  return keep(
    deps,
    'xlsx',
    input,
    () => exportSummaryWorkbook(deps, input),
    (workbook) => workbook.bytes.length,
  );
}
