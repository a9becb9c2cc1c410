/**
 * The layout edit (converter-edits.ts withLayoutWrappedCells) prints what pdftotext -layout prints of
 * a table: each table's columns kept down the page, whatever other edit came first (docs/layouts.md
 * "Reading leftovers (2026-12-07, branch readers-41)").
 */
import { describe, expect, it } from 'vitest';
import { withLayoutWrappedCells } from './converter-edits.ts';
import { textEdits } from './edits.ts';
import { listTextFamilies, readSource } from './measure.ts';
import { withBlankLineBetweenRows, withHeaderRepeatedAfterPageBreak } from './page-edits.ts';
import { headerLinesOf, isHeaderLine } from './table-lines.ts';

const traditional = textEdits.find((edit) => edit.id === 'traditional');
const toTraditional = (text: string): string => traditional?.apply(text) ?? text;
const table = (rows: ReadonlyArray<readonly string[]>): string => rows.map((cells) => cells.join('\t')).join('\n');
const withoutBlankLines = (text: string): string => text.split('\n').filter((line) => line.trim() !== '').join('\n');

/** A 申报表's indicators under a header of two rows (指标名称 over 二级指标 | 三级指标). */
const upperRow = ['', '绩效指标', '指标名称', '', '上年度实际水平', '本年度计划水平', '指标内容/计算公式'];
const levelRow = ['', '', '二级指标', '三级指标', '', '', ''];
const indicatorRows = [
  ['', '', '目标完成程度', '1.图书借阅人次', '5200人次', '≥5600人次', '全年借阅人次合计'],
  ['', '', '', '2.图书上架准确率', '97%', '≥98%', '抽查上架准确册数/抽查册数'],
  ['', '', '', '3.新书上架时间', '10天', '≤7天', '到馆至上架的平均天数'],
  ['', '', '项目实施效益', '1.读者满意度', '91%', '≥93%', '满意读者数/调查读者数'],
];

describe('the upper row of a header over two rows', () => {
  const cases: Array<{ when: string; upper: string[]; blankBetween: boolean }> = [
    { when: 'in simplified characters, right above', upper: upperRow, blankBetween: false },
    { when: 'in traditional characters', upper: upperRow.map(toTraditional), blankBetween: false },
    { when: 'its short cells spaced (绩 效 指 标)', upper: upperRow.map((cell) => (cell.length === 4 ? [...cell].join(' ') : cell)), blankBetween: false },
    { when: 'a blank line between it and the level row', upper: upperRow, blankBetween: true },
  ];
  it.each(cases)('is the header’s: $when', ({ upper, blankBetween }) => {
    const lines = [table([upper]), ...(blankBetween ? [''] : []), table([levelRow, ...indicatorRows])].join('\n').split('\n');
    const header = lines.findIndex(isHeaderLine);
    expect(headerLinesOf(lines, header)).toEqual([0, header]);
  });
  it('is no header’s when it holds a figure (a row of the form above)', () => {
    const lines = table([['', '绩效指标', '2024年度得分'], levelRow, ...indicatorRows]).split('\n');
    expect(headerLinesOf(lines, 1)).toEqual([1]);
  });
});

describe('pdftotext -layout of a table', () => {
  it('prints a header repeated on the next page as on the first (both rows at the table’s columns)', () => {
    const text = `项目支出绩效目标申报表\n${table([upperRow, levelRow, ...indicatorRows])}\n填报人：`;
    const lines = withLayoutWrappedCells(withHeaderRepeatedAfterPageBreak(text)).split('\n');
    const pageBreak = lines.indexOf('- 1 -');
    const first = lines.findIndex((line) => line.includes('上年度实际水平'));
    const repeated = lines.findIndex((line, place) => place > pageBreak && line.includes('上年度实际水平'));
    expect(repeated).toBeGreaterThan(pageBreak);
    expect(lines.slice(repeated, repeated + 2)).toEqual(lines.slice(first, first + 2));
  });

  it('puts the upper row’s words over their columns in traditional characters too', () => {
    const text = toTraditional(`項目支出績效目標申報表\n${table([upperRow, levelRow, ...indicatorRows])}`);
    const lines = withLayoutWrappedCells(text).split('\n');
    const header = lines.find((line) => line.includes('上年度實際水平')) as string;
    const row = lines.find((line) => line.includes('5200人次')) as string;
    // (Columns as a fixed-width dump counts them: the header's word starts where its figures do.)
    const column = (line: string, word: string): number => [...line.slice(0, line.indexOf(word))].reduce((width, character) => width + (/[\u2e80-\uffef]/.test(character) ? 2 : 1), 0);
    expect(column(header, '上年度實際水平')).toBe(column(row, '5200人次'));
  });

  it('prints every family’s tables with blank lines between the rows as without them, but for the blank lines', () => {
    const changed = listTextFamilies().filter((family) => {
      const source = readSource(family);
      const wrapped = withLayoutWrappedCells(source);
      return wrapped !== source && withoutBlankLines(withLayoutWrappedCells(withBlankLineBetweenRows(source))) !== withoutBlankLines(wrapped);
    });
    expect(changed).toEqual([]);
  });
});
