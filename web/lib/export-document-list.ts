/**
 * 导出 Excel of a document list, built in the browser. Why here and not on the server: the rows
 * are already on the page (the list the user filtered, at most a few hundred summaries), so a
 * workbook of them costs the browser a few milliseconds, while a server route would add a worker
 * job, an endpoint and its access matrix for data the client already holds. exceljs (~1 MB) is
 * loaded only when someone clicks 导出, so it stays out of the app's first load.
 */
import type { DocumentSummary } from '../../contract/documents.ts';
import { describeDocumentTitle } from '../components/document-table.tsx';
import { formatDateTime } from './format.ts';

export const documentListColumns = ['年度', '单位', '文档种类', '项目名称', '版本', '状态', '提交时间', '自评得分', '等级', '最后更新', '文档'] as const;

/** One row per document, in the order of the list on screen. */
export function toDocumentListRows(documents: readonly DocumentSummary[]): Array<Array<string | number>> {
  return documents.map((document) => [
    document.year,
    document.organisationName,
    document.kindName,
    document.project ?? '',
    document.revision,
    document.stateName,
    document.submittedAt ? formatDateTime(document.submittedAt) : '',
    document.score ?? '',
    document.grade ?? '',
    formatDateTime(document.updatedAt),
    describeDocumentTitle(document),
  ]);
}

/** The .xlsx bytes of the list: a header row, frozen, with widths that fit Chinese text. */
export async function buildDocumentListWorkbook(input: { title: string; documents: readonly DocumentSummary[] }): Promise<ArrayBuffer> {
  // The browser build of exceljs is a UMD bundle: Vite hands it over as `default`, Node as the module itself.
  const loaded: typeof import('exceljs') & { default?: typeof import('exceljs') } = await import('exceljs');
  const { Workbook } = loaded.default ?? loaded;
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(input.title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...documentListColumns]).font = { bold: true };
  for (const row of toDocumentListRows(input.documents)) sheet.addRow(row);
  const widths = [8, 28, 16, 28, 6, 14, 18, 10, 6, 18, 60];
  widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  // 自评得分 stays text: scores are exact decimals ("88.50"), never floats.
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

/** Builds the workbook and hands it to the browser as 〈title〉.xlsx. */
export async function downloadDocumentList(input: { title: string; documents: readonly DocumentSummary[] }): Promise<void> {
  const bytes = await buildDocumentListWorkbook(input);
  const blob = new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${input.title}.xlsx`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
