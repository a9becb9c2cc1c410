import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { commonIndicators } from '../../core/indicator-library/common-indicators.ts';
import type { LibraryEntry } from '../../core/indicator-library/entry.ts';
import { defaultImportLimits } from '../import-error.ts';
import { readEntriesXlsx, writeEntriesXlsx } from './entries-xlsx.ts';

/** Three shipped 共性指标, named (the shipped list may grow or change order). */
const picked = ['预算执行率', '结转结余率', '预算调整率'].map((name) => commonIndicators.find((indicator) => indicator.name === name)!);
const entries: LibraryEntry[] = picked.map((fields, index) => ({
  ...fields,
  tags: { ...fields.tags, sectors: index === 0 ? ['公安', '教育'] : [] },
  id: `e${index}`,
  status: 'confirmed',
  nameKey: fields.name,
  mergedInto: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
}));

describe('indicator library workbook', () => {
  it('reads back what it wrote: fields, reference values with their basis, sectors and status', async () => {
    const bytes = await writeEntriesXlsx(entries, (key) => ({ output: '产出指标', cost: '成本指标' })[key] ?? key);
    const read = await readEntriesXlsx(bytes, defaultImportLimits);
    expect(read.errors).toEqual([]);
    expect(read.rows.map((row) => row.row)).toEqual([2, 3, 4]);
    const first = read.rows[0]!;
    expect(first.status).toBe('confirmed');
    expect(first.fields).toMatchObject({
      name: '预算执行率',
      level1: '产出指标',
      level2: '时效指标',
      kind: 'common',
      unit: '%',
      direction: 'higher-better',
      referenceValues: [{ text: '≥95%', basis: 'plan', note: null }],
      tags: { sectors: ['公安', '教育'], scope: 'department' },
    });
    expect(read.rows[1]?.fields.direction).toBe('lower-better');
  });

  it('reports a bad row by number and keeps reading the others', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('指标库');
    sheet.addRow(['指标名称', '一级指标', '二级指标', '指标方向']);
    sheet.addRow(['巡逻次数', '产出指标', '数量指标', '越多越好']);
    sheet.addRow(['群众满意度', '满意度指标', '服务对象满意度指标', '正向']);
    const read = await readEntriesXlsx(Buffer.from(await workbook.xlsx.writeBuffer()), defaultImportLimits);
    expect(read.errors).toEqual([{ row: 2, message: '第2行：指标方向应为正向、反向、等于或定性' }]);
    expect(read.rows.map((row) => row.fields.name)).toEqual(['群众满意度']);
  });

  it('refuses a workbook without the name column', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('x').addRow(['名称']);
    await expect(readEntriesXlsx(Buffer.from(await workbook.xlsx.writeBuffer()), defaultImportLimits)).rejects.toThrow('缺少“指标名称”列');
  });
});
