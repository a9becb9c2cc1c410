import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCellBlock, parseClipboardGrid, serializeClipboardGrid } from './clipboard-grid.ts';

describe('parseClipboardGrid', () => {
  const cases: Array<{ name: string; text: string; grid: string[][] }> = [
    { name: 'empty text is no rows', text: '', grid: [] },
    { name: 'one cell with Excel’s trailing CRLF', text: '产出指标\r\n', grid: [['产出指标']] },
    { name: 'a lone line break is one empty cell', text: '\r\n', grid: [['']] },
    {
      name: 'rows by CRLF, cells by tab',
      text: '产出指标\t数量指标\t培训人次\r\n\t\t覆盖率\r\n',
      grid: [
        ['产出指标', '数量指标', '培训人次'],
        ['', '', '覆盖率'],
      ],
    },
    { name: 'LF rows (WPS on Linux, browsers)', text: 'a\tb\nc\td\n', grid: [['a', 'b'], ['c', 'd']] },
    { name: 'a lone CR is a row break', text: 'a\rb', grid: [['a'], ['b']] },
    { name: 'no trailing line break', text: 'a\tb', grid: [['a', 'b']] },
    { name: 'only one trailing line break is dropped', text: 'a\r\n\r\n', grid: [['a'], ['']] },
    { name: 'trailing empty cells are kept', text: 'a\t\t\r\n', grid: [['a', '', '']] },
    {
      name: 'a quoted cell keeps its line break',
      text: '"全年开展\n培训"\t≥12次\r\n',
      grid: [['全年开展\n培训', '≥12次']],
    },
    { name: 'doubled quotes inside a quoted cell', text: '"他说""好"""\tx\r\n', grid: [['他说"好"', 'x']] },
    { name: 'a quoted cell with a tab', text: '"a\tb"\tc', grid: [['a\tb', 'c']] },
    { name: 'a quote inside an unquoted cell is text', text: '5"\t7', grid: [['5"', '7']] },
    { name: 'an unclosed quote reads as plain text', text: '"abc\tdef', grid: [['"abc', 'def']] },
    { name: 'a quote not followed by a separator reads as plain text', text: '"ab"c\td', grid: [['"ab"c', 'd']] },
    { name: 'an empty quoted cell', text: '""\tx', grid: [['', 'x']] },
  ];
  for (const testCase of cases) {
    it(testCase.name, () => {
      expect(parseClipboardGrid(testCase.text)).toEqual(testCase.grid);
    });
  }
});

describe('serializeClipboardGrid', () => {
  it('writes Excel’s form: CRLF after every row, quotes only where needed', () => {
    expect(serializeClipboardGrid([['a', 'b\nc'], ['d"', '']])).toBe('a\t"b\nc"\r\n"d"""\t\r\n');
  });

  it('a grid written the Excel way and read back is the same grid', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '指', ' ', '\t', '\n', '\r', '"', '≥', '%') , maxLength: 6 });
    const grid = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(grid, (rows) => {
        expect(parseClipboardGrid(serializeClipboardGrid(rows))).toEqual(rows);
      }),
      { numRuns: 500 },
    );
  });
});

describe('isCellBlock', () => {
  it('tells a block of cells from a single value', () => {
    expect(isCellBlock('培训人次\r\n')).toBe(false);
    expect(isCellBlock('≥12次')).toBe(false);
    expect(isCellBlock('a\tb')).toBe(true);
    expect(isCellBlock('a\nb')).toBe(true);
  });
});
