/**
 * The summary workbook as exceljs's streaming writer wrote it until write-summary.ts wrote the
 * XML itself (issue 14): kept for tests only, to show the new writer's workbook reads back the same.
 */
import { PassThrough } from 'node:stream';
import { toDecimal } from '../../core/decimal.ts';
import { describeKind } from '../print/titles.ts';
import type { SummaryRow } from './write-summary.ts';

const columns: Array<{ header: string; key: string; width: number; numFmt?: string }> = [
  { header: '单位', key: 'unit', width: 28 },
  { header: '主管部门', key: 'supervisor', width: 20 },
  { header: '年度', key: 'year', width: 8 },
  { header: '文档', key: 'kind', width: 26 },
  { header: '状态', key: 'state', width: 12 },
  { header: '执行率(%)', key: 'executionRate', width: 11, numFmt: '0.00' },
  { header: '得分', key: 'score', width: 9, numFmt: '0.00' },
  { header: '等级', key: 'grade', width: 7 },
  { header: '错误', key: 'error', width: 7 },
  { header: '警告', key: 'warning', width: 7 },
  { header: '提示', key: 'info', width: 7 },
];

function toNumber(value: string | null): number | null {
  const decimal = toDecimal(value);
  return decimal ? decimal.toNumber() : null;
}

/** The .xlsx bytes of the summary. */
export async function exportSummary(rows: readonly SummaryRow[]): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  // exceljs is loaded on first use (a CLI run over .txt files never pays for it; issue 14 item 5).
  const workbook = new (await import('exceljs')).default.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('汇总', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map(({ header, key, width }) => ({ header, key, width }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const header = sheet.getRow(1);
  header.font = { name: '宋体', bold: true };
  header.commit();
  for (const row of rows) {
    const excelRow = sheet.addRow({
      unit: row.unit,
      supervisor: row.supervisor ?? '',
      year: row.year,
      kind: describeKind({ kind: row.kind, scope: row.scope ?? 'department' }),
      state: row.state,
      executionRate: toNumber(row.executionRate),
      score: toNumber(row.score),
      grade: row.grade ?? '',
      error: row.findings.error,
      warning: row.findings.warning,
      info: row.findings.info,
    });
    excelRow.getCell('executionRate').numFmt = '0.00';
    excelRow.getCell('score').numFmt = '0.00';
    excelRow.commit();
  }
  sheet.commit();
  await workbook.commit();
  await finished;
  return Buffer.concat(chunks);
}
