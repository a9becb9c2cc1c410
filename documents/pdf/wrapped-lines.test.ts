import { describe, expect, it } from 'vitest';
import { createProseWriter, findMargins, joinWrappedLines, type ArrangedLine } from './wrapped-lines.ts';

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

  it('joins a line ended short of the margin by the next line’s opening number (a number is never broken)', () => {
    // The page's text is 30 characters wide; the line before the number ends 5 characters short.
    const page = [full('说明', 20), full('说明'), line('本单位年度基本支出合计为全年投入资金总额共计'.padEnd(25, '文'))];
    expect(joinWrappedLines([...page, line('1207.25万元。'), full('下一段', 20)])).toHaveLength(2);
    expect(joinWrappedLines([...page, line('第6项工作完成。'), full('下一段', 20)])).toHaveLength(3);
    // Text that could have been broken anywhere leaves no such gap: the short line ended its paragraph.
    expect(joinWrappedLines([...page, line('万元。'), full('下一段', 20)])).toHaveLength(3);
  });

  it('never takes a page’s number at the left margin into the paragraph above', () => {
    expect(joinWrappedLines([full('说明', 20), full('说明'), full('说明'), line('3')])).toEqual([
      `${full('说明', 20).text}${full('说明').text}${full('说明').text}`,
      '3',
    ]);
  });

  it('keeps a space between Latin words and none between Chinese characters', () => {
    const latin = (text: string): ArrangedLine => ({ text, left: 0, right: 300, height: 10, cellCount: 1 });
    expect(joinWrappedLines([latin('PPP project'), latin('management'), line('结束', 20)])).toEqual([
      'PPP project management',
      '结束',
    ]);
  });
});

describe('a paragraph cut by a page’s foot', () => {
  /** Pages as the readers write them: a blank line between pages, each page one stretch of prose. */
  const writePages = (pages: ArrangedLine[][]): string[] => {
    const output: string[] = [];
    const write = createProseWriter(output);
    for (const page of pages) {
      if (output.length > 0) output.push('');
      write({ lines: page, margins: findMargins(page), isPageStart: true, isPageEnd: true });
    }
    return output;
  };
  const pageNumber = (text: string) => line(text, 130);
  const opening = [full('单位概况', 20), full('本单位'), full('年度')];

  it.each([
    {
      case: 'goes on at the next page’s left margin, past the page numbers at foot and head',
      pages: [[...opening, full('基本支出5105.15'), pageNumber('- 3 -')], [pageNumber('第4页'), line('万元，用于人员经费。'), line('二、绩效目标')]],
      expected: [/^单位概况文*本单位文*年度文*基本支出5105\.15文*万元，用于人员经费。$/, /^- 3 -$/, /^$/, /^第4页$/, /^二、绩效目标$/],
    },
    {
      case: 'stays cut when the next page opens a heading',
      pages: [[...opening, full('完成')], [line('二、存在的问题'), full('正文'), full('正文')]],
      expected: [/^单位概况文*本单位文*年度文*完成文*$/, /^$/, /^二、存在的问题$/, /^正文文*正文文*$/],
    },
    {
      case: 'stays cut when the next page’s first line is indented (a new paragraph)',
      pages: [[...opening, full('完成')], [full('新的一段', 20), full('续'), line('完。')]],
      expected: [/^单位概况文*本单位文*年度文*完成文*$/, /^$/, /^新的一段文*续文*完。$/],
    },
    {
      case: 'stays cut when the page’s last line ends short of the margin',
      pages: [[...opening, line('年度目标已完成。')], [full('下一段'), full('续'), line('完。')]],
      expected: [/^单位概况文*本单位文*年度文*年度目标已完成。$/, /^$/, /^下一段文*续文*完。$/],
    },
    {
      case: 'goes on over a page that is all one paragraph into the next',
      pages: [[...opening, full('甲')], [full('乙'), full('丙'), pageNumber('2')], [line('丁。'), full('新段', 20)]],
      expected: [/^单位概况文*本单位文*年度文*甲文*乙文*丙文*丁。$/, /^$/, /^2$/, /^$/, /^新段文*$/],
    },
  ])('$case', ({ pages, expected }) => {
    const written = writePages(pages);
    expect(written).toHaveLength(expected.length);
    expected.forEach((pattern, index) => expect(written[index]).toMatch(pattern));
  });

  it('stays cut when the next page starts with a table (its first stretch of prose is empty)', () => {
    const output: string[] = [];
    const write = createProseWriter(output);
    const first = [...opening, full('完成')];
    write({ lines: first, margins: findMargins(first), isPageStart: true, isPageEnd: true });
    output.push('', '一级指标\t二级指标');
    const second = [full('表下说明'), full('说明'), line('续')];
    write({ lines: [], margins: findMargins(second), isPageStart: true, isPageEnd: false });
    write({ lines: second, margins: findMargins(second), isPageStart: false, isPageEnd: true });
    expect(output[0]).toMatch(/^单位概况文*本单位文*年度文*完成文*$/);
    expect(output.at(-1)).toMatch(/^表下说明文*说明文*续$/);
  });
});
