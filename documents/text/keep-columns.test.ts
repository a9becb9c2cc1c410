import { describe, expect, it } from 'vitest';
import { displayWidth } from '../grid/cell-text.ts';
import { transformKeepingColumns } from './keep-columns.ts';
import { normalizeLine } from './normalize.ts';
import { stripPinyinGlosses } from './traditional.ts';

/** The display column where `token` starts (its last occurrence). */
const columnOf = (text: string, token: string): number => displayWidth(text.slice(0, text.lastIndexOf(token)));

describe('normalising keeps a fixed-width line’s columns', () => {
  it.each([
    // [what a converter wrote, normalised, the cell after the change]: that cell starts where it started.
    ['实际完成值    ≥９５％    ９６．５％    １０    分', '实际完成值    ≥95%       96.5%', '分'],
    ['分值  95 %      10', '分值  95%       10', '10'],
    ['合计      1,234.50    2,000.00    得分', '合计      1234.50     2000.00', '得分'],
    ['年初_x000D_预算数    120    118', '年初预算数', '120'],
    ['指标值  >=90%   10', '指标值  ≥90%    10', '10'],
  ])('%s', (line, opening, after) => {
    const normalised = normalizeLine(line);
    expect(normalised.startsWith(opening)).toBe(true);
    expect(columnOf(normalised, after)).toBe(columnOf(line, after));
  });

  it('keeps the columns after a pinyin gloss inside a header word', () => {
    const line = '一級指標(biāo)  實(shí)際(jì)完成值  分值';
    const stripped = stripPinyinGlosses(line);
    expect(stripped.replace(/\s+/g, ' ')).toBe('一級指標 實際完成值 分值');
    expect(columnOf(stripped, '分值')).toBe(columnOf(line, '分值'));
    expect(columnOf(stripped, '實際')).toBe(columnOf(line, '實'));
  });

  it('changes a line without gaps (tab rows, prose) as a whole', () => {
    expect(transformKeepingColumns('得分\t95 %\t10', (cell) => cell.replace(' %', '%'))).toBe('得分\t95%\t10');
    expect(transformKeepingColumns('完成率 95 % 以上', (cell) => cell.replace(' %', '%'))).toBe('完成率 95% 以上');
  });

  it('narrows the gap after a cell that grows, to two spaces at least, carrying the rest to the next gap', () => {
    const widen = (cell: string) => cell.replace(/\d/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
    expect(transformKeepingColumns('分值     10    得分', widen)).toBe('分值     １０  得分');
    expect(transformKeepingColumns('12  34    得分', widen)).toBe('１２  ３４  得分');
  });

  it('never pads the last cell of a line', () => {
    expect(transformKeepingColumns('得分  95 %', (cell) => cell.replace(' %', '%'))).toBe('得分  95%');
  });
});
