import { describe, expect, it } from 'vitest';
import { readHtmlGrid } from './from-html.ts';

const page = `<html><body><p>2025年度项目支出绩效评价表</p>
<table>
<tr><td rowspan="2">一级指标</td><td rowspan="2">权重</td><td colspan="2">采集数据项</td><td rowspan="2">指标值</td></tr>
<tr><td>数据项1</td><td>数据项2</td></tr>
<tr><td rowspan="2">预算绩效</td><td rowspan="2">40</td><td>96.40</td><td>180.00</td><td><input value="53.56%"></td></tr>
<tr><td>0</td><td></td><td>0</td></tr>
</table>
<p>填报单位（公章）：<input value="清源县水利局"></p></body></html>`;

describe('readHtmlGrid', () => {
  it('places each cell after the cells of rows above that still cover its row, spans kept, empty cells left out', async () => {
    const grid = await readHtmlGrid(Buffer.from(page));
    const cells = grid.rows.map((row) => row.cells.map((cell) => [cell.column, cell.text, cell.rowSpan, cell.colSpan]));
    expect(cells).toEqual([
      [[0, '2025年度项目支出绩效评价表', 1, 1]],
      [[0, '一级指标', 2, 1], [1, '权重', 2, 1], [2, '采集数据项', 1, 2], [4, '指标值', 2, 1]],
      [[2, '数据项1', 1, 1], [3, '数据项2', 1, 1]],
      [[0, '预算绩效', 2, 1], [1, '40', 2, 1], [2, '96.40', 1, 1], [3, '180.00', 1, 1], [4, '53.56%', 1, 1]],
      [[2, '0', 1, 1], [4, '0', 1, 1]],
      [[0, '填报单位（公章）：清源县水利局', 1, 1]],
    ]);
  });

  it('bounds a span past the table\'s last row or past the widest column span', async () => {
    const grid = await readHtmlGrid(Buffer.from('<table><tr><td rowspan="99999" colspan="99999">产出指标</td></tr><tr><td>数量指标</td></tr></table>'));
    expect(grid.rows[0]?.cells[0]).toMatchObject({ rowSpan: 2, colSpan: 64 });
  });
});
