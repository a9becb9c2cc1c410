import { describe, expect, it } from 'vitest';
import { createEmptyDocument } from '../core/model.ts';
import { fillYearFromFileName, importFile } from './import-file.ts';

describe('a year from the file’s name, only where the document states none', () => {
  const without = () => createEmptyDocument('self-evaluation', 'project');

  it.each([
    ['2024年度乡村道路养护项目绩效自评表.xlsx', 2024],
    ['青禾县公路养护中心2023年自评表.docx', 2023],
    ['附件3：2025年项目支出绩效目标表.pdf', 2025],
  ])('takes the year of %s, saying so', (fileName, year) => {
    const document = without();
    fillYearFromFileName(document, fileName);
    expect(document.year).toBe(year);
    expect(document.findings).toEqual([expect.objectContaining({ code: 'year-from-file-name', severity: 'info', path: 'year' })]);
  });

  it.each([['自评表.xlsx'], ['20240315自评表.xlsx'], ['项目2024-1号.xlsx'], ['编号120241年.xlsx']])('takes none from %s (no year followed by 年)', (fileName) => {
    const document = without();
    fillYearFromFileName(document, fileName);
    expect(document.year).toBeNull();
    expect(document.findings).toEqual([]);
  });

  it('keeps the year the document states', async () => {
    const text = ['项目支出绩效自评表', '（2024年度）', '项目名称\t乡村道路养护', '实施单位\t青禾县公路养护中心'].join('\n');
    const document = await importFile({ fileName: '2019年自评表.txt', bytes: Buffer.from(text) });
    expect(document.year).toBe(2024);
    expect(document.findings.map((finding) => finding.code)).not.toContain('year-from-file-name');
  });

  it('fills the year of a table whose title row was left out', async () => {
    const text = ['项目名称\t乡村道路养护', '实施单位\t青禾县公路养护中心', '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t得分', '产出指标\t数量指标\t养护道路里程\t≥40公里\t42公里\t30'].join('\n');
    const document = await importFile({ fileName: '2024年度乡村道路养护项目绩效自评表.txt', bytes: Buffer.from(text) });
    expect(document.year).toBe(2024);
  });
});
