/**
 * Documents in and out (issue 5): export of one self-evaluation to .xlsx and .docx (median of N
 * runs after a warm-up), the finance bureau's 5,000-unit summary, and import of a 200-row .xlsx.
 * Aims: one document < 100 ms; the 5,000-unit summary < 5 s.
 */
import { exportDocument } from '../documents/export.ts';
import { importFile } from '../documents/import-file.ts';
import { buildSampleSelfEvaluation } from '../documents/print/sample-documents.ts';
import { exportSummary, type SummaryRow } from '../documents/summary/write-summary.ts';
import type { Measurement } from './measurement.ts';

/**
 * Median wall time of `runs` runs after a warm-up, and the mean CPU time per run: on a shared
 * machine the wall time grows with the load, the CPU time much less.
 */
async function measure(
  runs: number,
  run: () => Promise<unknown>,
): Promise<{ wallMs: number; cpuMs: number }> {
  await run();
  const times: number[] = [];
  const cpuBefore = process.cpuUsage();
  for (let index = 0; index < runs; index++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  const cpu = process.cpuUsage(cpuBefore);
  times.sort((a, b) => a - b);
  return { wallMs: times[Math.floor(times.length / 2)]!, cpuMs: (cpu.user + cpu.system) / 1000 / runs };
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** Export of one self-evaluation (27 indicators, as sample 001) to .xlsx and .docx. */
export async function benchDocumentExport(runs = 15): Promise<Measurement[]> {
  const document = buildSampleSelfEvaluation(27);
  const results: Measurement[] = [];
  for (const format of ['xlsx', 'docx'] as const) {
    const { wallMs, cpuMs } = await measure(runs, () => exportDocument(document, format));
    results.push(
      {
        name: `export one self-evaluation to .${format} (median of ${runs})`,
        value: round(wallMs),
        unit: 'ms',
      },
      { name: `export one self-evaluation to .${format}, CPU per run`, value: round(cpuMs), unit: 'ms' },
    );
  }
  return results;
}

/** Rows of a summary for `units` units, each with a self-evaluation. */
export function buildSummaryRows(units: number): SummaryRow[] {
  const grades = ['优', '良', '中', '差'] as const;
  return Array.from({ length: units }, (_, index) => ({
    unit: `第${index + 1}预算单位`,
    supervisor: `第${(index % 40) + 1}主管部门`,
    year: 2023,
    kind: 'self-evaluation' as const,
    state: index % 3 === 0 ? '财政审核' : '已批复',
    executionRate: `${90 + (index % 10)}.5`,
    score: `${60 + (index % 40)}.25`,
    grade: grades[index % 4]!,
    findings: { error: index % 3, warning: index % 5, info: index % 2 },
  }));
}

/** The 5,000-unit summary workbook. */
export async function benchSummary(units = 5000): Promise<Measurement[]> {
  const rows = buildSummaryRows(units);
  const started = performance.now();
  const bytes = await exportSummary(rows);
  return [
    {
      name: `summary of ${units.toLocaleString('en')} units to .xlsx`,
      value: Math.round(performance.now() - started),
      unit: 'ms',
    },
    {
      name: `summary of ${units.toLocaleString('en')} units, file size`,
      value: Math.round(bytes.length / 1024),
      unit: 'KiB',
    },
  ];
}

/** Import of a 200-row .xlsx (a self-evaluation of 200 indicators, exported by the product). */
export async function benchImport(runs = 7): Promise<Measurement[]> {
  const bytes = await exportDocument(buildSampleSelfEvaluation(200), 'xlsx');
  const { wallMs, cpuMs } = await measure(runs, () => importFile({ bytes, fileName: '自评表.xlsx' }));
  return [
    { name: `import a 200-row .xlsx (median of ${runs})`, value: round(wallMs), unit: 'ms' },
    { name: 'import a 200-row .xlsx, CPU per run', value: round(cpuMs), unit: 'ms' },
  ];
}

/** Every documents benchmark, for `npm run bench documents`. */
export async function benchDocuments(): Promise<Measurement[]> {
  return [...(await benchDocumentExport()), ...(await benchSummary()), ...(await benchImport())];
}
