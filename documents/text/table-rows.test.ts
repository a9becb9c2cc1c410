import { describe, expect, it } from 'vitest';
import { joinCellLines } from '../grid/cell-text.ts';
import { isBlockLayout, readBlockRows, readLineRows, readTableRows, splitCells } from './table-rows.ts';

describe('splitCells', () => {
  it.each([
    ['a\tb\t\tc', ['a', 'b', '', 'c']],
    ['| 产出指标 | 数量指标 | 次数 | ≥2次 |', ['产出指标', '数量指标', '次数', '≥2次']],
    ['产出指标|数量指标|次数|≥2次', ['产出指标', '数量指标', '次数', '≥2次']],
    ['  只有一格  ', ['只有一格']],
    ['\t 政府性基金拨款', ['', '政府性基金拨款']],
  ])('splits %j', (line, expected) => {
    expect(splitCells(line)).toEqual(expected);
  });
});

describe('readLineRows', () => {
  it('gives one row per non-blank line with its 1-based line number', () => {
    const rows = readLineRows(['标题', '', '\t一级指标\t二级指标', '职能1: 安保\t产出指标']);
    expect(rows.map((row) => row.line)).toEqual([1, 3, 4]);
    expect(rows[1]?.cells).toEqual(['', '一级指标', '二级指标']);
  });

  it('skips Markdown rule lines and reads pipe rows', () => {
    const rows = readLineRows(['| 一级 | 二级 |', '|---|---|', '| 产出指标 | 数量指标 |']);
    expect(rows.map((row) => row.cells)).toEqual([
      ['一级', '二级'],
      ['产出指标', '数量指标'],
    ]);
  });

  it('reads only the given range', () => {
    const rows = readLineRows(['a\tb', 'c\td', 'e\tf'], { from: 1, to: 2 });
    expect(rows).toEqual([{ line: 2, cells: ['c', 'd'], cellLines: [2, 2] }]);
  });
});

describe('readBlockRows', () => {
  const block = [
    '\t目   标   一',
    '\t产出指标',
    '\t数量指标',
    '\t重点人管控',
    '\t≥55%',
    '',
    '\t',
    '\t',
    '\t',
    '\t“反恐特警中队',
    '',
    '人员经费”运行经费',
    '\t不超过预算数',
    '',
    '\t',
    '\t',
    '\t质量指标',
  ];

  it('makes one row per blank-separated block, one cell per tab line', () => {
    const rows = readBlockRows(block);
    expect(rows.map((row) => row.line)).toEqual([1, 7, 15]);
    expect(rows[0]?.cells).toEqual(['目   标   一', '产出指标', '数量指标', '重点人管控', '≥55%']);
    expect(rows[2]?.cells).toEqual(['', '', '质量指标']);
  });

  it('continues a cell over a blank line when the next line has no leading tab', () => {
    const row = readBlockRows(block)[1];
    expect(row?.cells).toEqual(['', '', '', '“反恐特警中队\n人员经费”运行经费', '不超过预算数']);
    expect(row?.cellLines).toEqual([7, 8, 9, 10, 13]);
    expect(joinCellLines(row?.cells[3] ?? '')).toBe('“反恐特警中队人员经费”运行经费');
  });
});

describe('readTableRows', () => {
  it('uses the block layout when lines hold one tab-led cell each', () => {
    const lines = ['\t部门名称', '\t湘潭县公安局', '', '\t资金总额：1', '\t合计'];
    expect(isBlockLayout(lines)).toBe(true);
    expect(readTableRows(lines).map((row) => row.cells)).toEqual([
      ['部门名称', '湘潭县公安局'],
      ['资金总额：1', '合计'],
    ]);
  });

  it('uses the line layout for tab-separated rows', () => {
    const lines = ['\t一级指标\t二级指标\t三级指标', '职能1\t产出指标\t数量指标\t次数'];
    expect(isBlockLayout(lines)).toBe(false);
    expect(readTableRows(lines)).toHaveLength(2);
  });
});
