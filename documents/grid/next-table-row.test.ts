import { describe, expect, it } from 'vitest';
import { createTextRow, type Grid } from './grid.ts';
import { nextTableRowFinding, selectGridTable } from './next-table-row.ts';

/** One small 项目支出绩效自评表 of our own: title, header labels, funds, the indicator header, two rows, 总分. */
const table = (project: string): string[][] => [
  ['项目支出绩效自评表'],
  ['项目名称', project],
  ['主管部门', '示范县水利局', '实施单位', '示范县水利站'],
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
  ['产出指标', '数量指标', '维修渠道长度', '≥12公里', '12.5公里', '50', '50'],
  ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '93%', '50', '50'],
  ['总分', '', '', '', '', '100', '100'],
];

const gridOf = (rows: string[][], source: (index: number) => { line?: number; sheet?: string; address?: string } = () => ({})): Grid => ({
  rows: rows.map((texts, index) => createTextRow(texts, source(index))),
});

describe('selectGridTable: where a grid of several tables opens its second', () => {
  it.each([
    ['two tables one after another: the second title', [...table('渠道维修'), ...table('泵站改造')], 7],
    ['one table', table('渠道维修'), -1],
    // A title repeated over a page break has no header labels of its own under it: the same table.
    ['a title repeated over a page with the indicator header only', [...table('渠道维修').slice(0, 5), ['项目支出绩效自评表'], table('渠道维修')[3]!, ...table('渠道维修').slice(5)], -1],
    // Before any indicator header a title opens nothing (the page's own title above the first table).
    ['a title above the first table', [['示范县水利局2024年项目自评结果'], ...table('渠道维修')], -1],
  ])('%s', (_name, rows, expected) => {
    expect(selectGridTable(gridOf(rows)).nextRow).toBe(expected);
  });

  it("parts a PDF's grid, whose rows hold no titles, by the text reader's lines", () => {
    // The lattice grid: table cells only, each row keeping its text line; the second table's title was line 9.
    const cells = [...table('渠道维修').slice(1), ...table('泵站改造').slice(1)];
    const lines = [2, 3, 4, 5, 6, 7, 10, 11, 12, 13, 14, 15];
    const grid = gridOf(cells, (index) => ({ line: lines[index] }));
    expect(selectGridTable(grid).nextRow).toBe(-1);
    const first = selectGridTable(grid, { index: 0, endLine: 9 });
    expect(first.grid.rows.map((row) => row.source.line)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(first.nextRow).toBe(6);
    const second = selectGridTable(grid, { index: 1, startLine: 9 });
    expect(second.grid.rows.map((row) => row.source.line)).toEqual([10, 11, 12, 13, 14, 15]);
    expect(second.nextRow).toBe(-1);
  });

  it("picks a Word document's table by the titles among its rows (past the last: the last)", () => {
    const grid = gridOf([...table('渠道维修'), ...table('泵站改造'), ...table('堤防加固')]);
    const projectOf = (index: number) => selectGridTable(grid, { index }).grid.rows[1]?.cells[1]?.text;
    expect([0, 1, 2, 7].map(projectOf)).toEqual(['渠道维修', '泵站改造', '堤防加固', '堤防加固']);
    expect(selectGridTable(grid, { index: 1 }).nextRow).toBe(14);
    expect(selectGridTable(gridOf(table('渠道维修'))).nextRow).toBe(-1);
  });

  it('names where the next table opens: its line, else its table and row', () => {
    const lined = gridOf(table('渠道维修'), (index) => ({ line: index + 20 }));
    expect(nextTableRowFinding(lined, 1)).toMatchObject({ code: 'several-documents', severity: 'warning', line: 21 });
    expect(nextTableRowFinding(lined, 1).message).toContain('第21行起是下一张');
    const word = gridOf(table('渠道维修'), (index) => ({ sheet: '表格2', address: `R${index + 1}` }));
    expect(nextTableRowFinding(word, 1).message).toContain('表格2的第2行起是下一张');
    expect(nextTableRowFinding(word, 1)).not.toHaveProperty('line');
  });
});
