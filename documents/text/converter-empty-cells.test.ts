import { describe, expect, it } from 'vitest';
import { blankConverterEmptyCells, decodeSpreadsheetEscapes, normalizeLine } from './normalize.ts';

describe('blankConverterEmptyCells', () => {
  it.each([
    { case: 'pandas NaN cells of a pipe row', line: '| 项目名称 | NaN | 垃圾转运 | NaN |', expected: '| 项目名称 | 垃圾转运 |' },
    { case: 'a header row of Unnamed: N columns', line: '| 监控表 | Unnamed: 1 | Unnamed: 12 |', expected: '| 监控表 |' },
    { case: 'a header row of Unnamed： N columns, the colon full-width, no NaN on the row', line: '| 监控表 | Unnamed： 1 | Unnamed： 12 |', expected: '| 监控表 |' },
    { case: 'NaN and None cells of a tab row, leading and trailing', line: 'NaN\t年度资金总额\t880\tNone', expected: '\t年度资金总额\t880' },
  ])('blanks $case', ({ line, expected }) => {
    // Compared with the blanked cells' spaces squeezed out: what matters is which cells are left.
    const cells = (text: string) => text.split(/[|\t]/).map((cell) => cell.trim()).filter((cell) => cell !== '');
    expect(cells(blankConverterEmptyCells(line))).toEqual(cells(expected));
    expect(blankConverterEmptyCells(line).split(/[|\t]/).length).toBe(line.split(/[|\t]/).length);
  });

  it.each([
    { case: 'a word inside a cell', line: '| NaN值处理说明 | 10 |' },
    { case: 'prose without separators', line: '本表中 NaN 表示空' },
    { case: 'a name that holds None in a longer cell', line: '\tNone of them\t5' },
  ])('leaves $case', ({ line }) => {
    expect(blankConverterEmptyCells(line)).toBe(line);
  });

  it('is part of the line normaliser', () => {
    expect(normalizeLine('NaN\t年度资金总额\t880')).toBe('\t年度资金总额\t880');
    expect(normalizeLine('| NaN | 880 |')).toBe('| | 880 |');
  });
});

describe('decodeSpreadsheetEscapes', () => {
  it.each([
    { case: 'a line break typed in a cell joins CJK halves', line: '年初_x000D_预算数\t偏差原因分析_x000D__x000A_及改进措施', expected: '年初预算数\t偏差原因分析及改进措施' },
    { case: 'a break between Latin words keeps a space', line: 'GB_x000A_5749', expected: 'GB 5749' },
    { case: 'another escape is its character', line: '指标_x0041_', expected: '指标A' },
    { case: 'an escape whose digits a page wrote full-width', line: '年初_x０００D_预算数', expected: '年初预算数' },
    { case: 'text without escapes', line: '_x年度_', expected: '_x年度_' },
  ])('$case', ({ line, expected }) => {
    expect(decodeSpreadsheetEscapes(line)).toBe(expected);
  });
});
