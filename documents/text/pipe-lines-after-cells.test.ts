import { describe, expect, it } from 'vitest';
import { closeCellsOnPipeLines } from './pipe-lines-after-cells.ts';

/** Cells one per line, each closed by a pipe on the next line (a cell of several lines written over them). */
const closedBelow = (cells: readonly string[]): string[] => cells.flatMap((cell) => [...cell.split('\n'), '|']);

const header = ['一级指标', '二级指标', '三级指标', '评分标准', '得分', '指标名称', '指标解释说明'];
const row = ['投入(20)', '目标设定情况\n(6分)', '职能相符 (2分)', '整体目标是否符合职能。\n评价要点:\n1.目标经会议研究;\n2.目标细化到科室。', '符合(2);\n不符合(0)。', '2'];

describe('closeCellsOnPipeLines: cells whose closing pipe stands on the next line', () => {
  it('closes each cell on its first line, joining the lines of a cell written over several', () => {
    const lines = ['示范县人民检察院2023年度部门整体支出绩效自评表', ...closedBelow([...header, ...row])];
    const closed = closeCellsOnPipeLines(lines);
    expect(closed).toHaveLength(lines.length);
    expect(closed.filter((line) => line !== '')).toEqual([
      '示范县人民检察院2023年度部门整体支出绩效自评表',
      ...header.map((cell) => `${cell} |`),
      '投入(20) |',
      '目标设定情况(6分) |',
      '职能相符 (2分) |',
      '整体目标是否符合职能。评价要点:1.目标经会议研究;2.目标细化到科室。 |',
      '符合(2);不符合(0)。 |',
      '2 |',
    ]);
  });

  it('keeps a pipe right after another as an empty cell, and the page’s lines before the first cell', () => {
    const lines = ['附件', '2023年度部门整体支出绩效自评表', ...closedBelow(header), '|', ...closedBelow(row)];
    const closed = closeCellsOnPipeLines(lines).filter((line) => line !== '');
    expect(closed.slice(0, 3)).toEqual(['附件', '2023年度部门整体支出绩效自评表', '一级指标 |']);
    expect(closed[header.length + 2]).toBe('|');
  });

  it('reads the table’s stretch alone in a page of paragraphs, and leaves the page’s lines around it', () => {
    const page = ['某县人民检察院2023年度部门决算', '目录', '第一部分 部门概况', '一、部门职责', ...Array.from({ length: 30 }, (_, place) => `第${place + 1}段说明文字。`)];
    const lines = [...page, '部门整体支出绩效自评表', ...closedBelow([...header, ...row]), '第四部分 名词解释', '一、财政拨款收入：指本级财政拨款。'];
    const closed = closeCellsOnPipeLines(lines);
    expect(closed.slice(0, page.length + 1)).toEqual(lines.slice(0, page.length + 1));
    expect(closed.filter((line) => line !== '').slice(page.length + 1, page.length + 3)).toEqual(['一级指标 |', '二级指标 |']);
    expect(closed.slice(-2)).toEqual(['第四部分 名词解释', '一、财政拨款收入：指本级财政拨款。']);
  });

  it.each([
    ['pipe rows', [...header, ...row].map((cell) => `${cell.replace(/\n/g, '')} | |`)],
    // A Word table's text one cell per line writes an empty cell as a pipe alone (text/empty-cell-lines.ts), after few of its cells.
    ['a Word table’s cells one per line with empty cells as pipes', [...header, ...row, ...header, ...row].flatMap((cell, place) => (place % 3 === 0 ? [cell.replace(/\n/g, ''), '|'] : [cell.replace(/\n/g, '')]))],
    ['too few cells', closedBelow(['项目名称', '示范项目'])],
  ])('leaves other layouts as they are (%s)', (_case, lines) => {
    expect(closeCellsOnPipeLines(lines)).toEqual(lines);
  });
});
