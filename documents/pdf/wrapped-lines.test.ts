import { describe, expect, it } from 'vitest';
import { joinWrappedLines, type ArrangedLine } from './wrapped-lines.ts';

/** A one-cell line of CJK text, 10 points a character, starting at `left`. */
const line = (text: string, left = 0, cellCount = 1): ArrangedLine => ({
  text,
  left,
  right: left + [...text].length * 10,
  height: 10,
  cellCount,
});

// The page's text is 30 characters wide (0–300); a paragraph's first line is indented by two.
const full = (text: string, left = 0) => line(text.padEnd(30 - left / 10, '文'), left);

describe('a paragraph’s wrapped lines joined', () => {
  it.each([
    {
      case: 'a paragraph wrapped twice, then the next, indented',
      lines: [
        full('本单位年度基本支出5105.15', 20),
        full('万元，其中工资福利支出'),
        line('万元。'),
        full('项目支出', 20),
        line('完成。'),
      ],
      expected: 2,
      first: /^本单位年度基本支出5105\.15文*万元，其中工资福利支出文*万元。$/,
    },
    {
      case: 'a line at the margin before a heading',
      lines: [full('完成了全年目标'), full('完成'), line('二、存在的问题')],
      expected: 2,
      first: /^完成了全年目标文*完成文*$/,
    },
    {
      case: 'a line at the margin before a list item',
      lines: [full('1、加强预算管理'), full('2、规范资产管理'), line('（三）其他')],
      expected: 3,
      first: /^1、加强预算管理文*$/,
    },
    {
      case: 'a line at the margin before an indented line',
      lines: [full('第一段'), full('第一段续'), full('新的一段', 20)],
      expected: 2,
      first: /^第一段文*第一段续文*$/,
    },
    {
      case: 'a paragraph’s last line, short of the margin, and the line after it',
      lines: [full('长'), full('长'), line('短的一行'), line('下一行')],
      expected: 2,
      first: /^长文*长文*短的一行$/,
    },
  ])('$case', ({ lines, expected, first }) => {
    const joined = joinWrappedLines(lines);
    expect(joined).toHaveLength(expected);
    expect(joined[0]).toMatch(first);
  });

  it('leaves lines of several cells (a table’s rows) as they are', () => {
    const rows = [
      line('一级指标\t二级指标\t三级指标', 0, 3),
      { ...line('产出指标\t数量指标\t造林面积', 0, 3), right: 300 },
      line('继续', 0, 1),
    ];
    expect(joinWrappedLines([full('说明'), full('说明'), ...rows])).toEqual([
      `${full('说明').text}${full('说明').text}`,
      ...rows.map((each) => each.text),
    ]);
  });

  it('joins nothing when no two lines reach a common right margin (one long line is no paragraph)', () => {
    const lines = [
      line('二〇二四年部门整体支出绩效自评报告标题很长很长很长', 0),
      line('单位名称：示范县林业局'),
      line('正文'),
    ];
    expect(joinWrappedLines(lines)).toEqual(lines.map((each) => each.text));
  });

  it('keeps a space between Latin words and none between Chinese characters', () => {
    const latin = (text: string): ArrangedLine => ({ text, left: 0, right: 300, height: 10, cellCount: 1 });
    expect(joinWrappedLines([latin('PPP project'), latin('management'), line('结束', 20)])).toEqual([
      'PPP project management',
      '结束',
    ]);
  });
});
