import { describe, expect, it } from 'vitest';
import type { PerformanceDocument } from '../core/model.ts';
import { ExportError, exportDocument, suggestFileName } from './export.ts';
import {
  buildSampleReport,
  buildSampleSelfEvaluation,
  buildSampleTargetTable,
} from './print/sample-documents.ts';

function withChanges(
  document: PerformanceDocument,
  changes: Partial<PerformanceDocument>,
): PerformanceDocument {
  return { ...document, ...changes };
}

describe('suggestFileName', () => {
  it.each([
    [buildSampleTargetTable(), 'xlsx', '2023年湘潭县公安局部门整体支出绩效目标表.xlsx'],
    [buildSampleSelfEvaluation(), 'docx', '2022年株洲市公安局渌口分局部门整体支出绩效自评表.docx'],
    [buildSampleReport(), 'pdf', '2023年道县公安局整体支出绩效评价报告.pdf'],
    [
      withChanges(buildSampleTargetTable(), { year: null }),
      'json',
      '湘潭县公安局部门整体支出绩效目标表.json',
    ],
    [
      withChanges(buildSampleTargetTable(), { scope: 'project', project: '禁毒工作经费' }),
      'xlsx',
      '2023年禁毒工作经费项目支出绩效目标表.xlsx',
    ],
    [
      withChanges(buildSampleTargetTable(), { unit: '湘潭县/公安局:"测试"\n' }),
      'xlsx',
      '2023年湘潭县公安局测试部门整体支出绩效目标表.xlsx',
    ],
  ] as const)('names %#: %s', (document, format, expected) => {
    expect(suggestFileName(document, format)).toBe(expected);
  });
});

describe('exportDocument', () => {
  it('gives the exchange JSON that parses back to the same document', async () => {
    const document = buildSampleSelfEvaluation();
    const bytes = await exportDocument(document, 'json');
    expect(JSON.parse(bytes.toString('utf8'))).toEqual(document);
  });

  it('refuses an evaluation report as .xlsx with a Chinese message', async () => {
    await expect(exportDocument(buildSampleReport(), 'xlsx')).rejects.toThrow(ExportError);
    await expect(exportDocument(buildSampleReport(), 'xlsx')).rejects.toThrow(/请导出为 \.docx 或 \.pdf/);
  });

  it.each(['xlsx', 'docx'] as const)('writes a zip-based %s file', async (format) => {
    const bytes = await exportDocument(buildSampleTargetTable(), format);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
