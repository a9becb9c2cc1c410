import { describe, expect, it } from 'vitest';
import { displayWidth } from '../cell-text.ts';
import { rowTexts } from '../grid.ts';
import { spaceRunDetector } from './separated.ts';

/** A fixed-width line with each text starting at its display column (CJK characters two wide). */
function at(...cells: Array<[number, string]>): string {
  let line = '';
  for (const [column, text] of cells) line += ' '.repeat(Math.max(column - displayWidth(line), line === '' ? 0 : 2)) + text;
  return line;
}

const rowsOf = (lines: readonly string[]): string[][] => spaceRunDetector.readRows(lines).map((row) => rowTexts(row));

// A tight table whose header words a PDF spread out (一 级 指 标): the header runs wider than the columns its rows
// and its own wrapped rest keep (分值 at 64 in the rows, "分 值" at 73 in the header).
const spreadHeader = at([0, '一 级 指 标'], [13, '二 级 指 标'], [27, '三 级 指 标'], [41, '年 度 指 标 值'], [57, '实 际 完 成 值'], [73, '分 值'], [80, '得 分'], [87, '偏差原因分析及改']);
const headerRest = at([76, '进措施']);

describe('a fixed-width header spread out wider than its columns', () => {
  it('joins its wrapped rest to the word it completes, not to the whole word standing over it (分值)', () => {
    const rows = rowsOf([spreadHeader, headerRest, at([0, '产出指标'], [10, '数量指标'], [22, '河道清淤长度'], [40, '≥12公里'], [52, '12.5公里'], [64, '20'], [70, '20'])]);
    expect(rows[0]).toEqual(['一 级 指 标', '二 级 指 标', '三 级 指 标', '年 度 指 标 值', '实 际 完 成 值', '分 值', '得 分', '偏差原因分析及改进措施']);
    expect(rows[1]).toEqual(['产出指标', '数量指标', '河道清淤长度', '≥12公里', '12.5公里', '20', '20']);
  });

  it('joins a row’s wrapped name and reason though the row’s first line stands right of the columns (a level spread out)', () => {
    const rows = rowsOf([
      spreadHeader,
      headerRest,
      at([10, '质 量 指 标'], [24, '清淤验收合格率达'], [42, '≥95%'], [52, '90%'], [64, '10'], [70, '9'], [76, '两段河道淤泥复测']),
      at([22, '标比例'], [76, '未完成，年底前']),
      at([10, '时效指标'], [22, '清淤完工时间'], [40, '11月底前'], [52, '11月20日'], [64, '10'], [70, '10']),
    ]);
    expect(rows).toContainEqual(['', '质 量 指 标', '清淤验收合格率达标比例', '≥95%', '90%', '10', '9', '两段河道淤泥复测未完成，年底前']);
    expect(rows).toContainEqual(['', '时效指标', '清淤完工时间', '11月底前', '11月20日', '10', '10']);
  });

  it('puts a 总分 row’s figures under 分值 and 得分, never under 完成值 nearer them', () => {
    const rows = rowsOf([spreadHeader, at([0, '产出指标'], [10, '数量指标'], [22, '河道清淤长度'], [40, '≥12公里'], [52, '12.5公里'], [64, '20'], [70, '20']), at([0, '总分'], [64, '100'], [70, '96.5'])]);
    expect(rows.at(-1)).toEqual(['', '', '总分', '', '', '100', '96.5']);
  });
});

describe('a 总分 row in a fixed-width table', () => {
  it('keeps its figures where they stand when the header names no 分值 or 得分', () => {
    const rows = rowsOf([
      at([0, '一级指标'], [10, '二级指标'], [22, '三级指标'], [40, '年度指标值'], [52, '实际完成值']),
      at([0, '产出指标'], [10, '数量指标'], [22, '河道清淤长度'], [40, '≥12公里'], [52, '12.5公里']),
      at([0, '合计'], [52, '12.5']),
    ]);
    expect(rows.at(-1)).toEqual(['', '', '合计', '', '12.5']);
  });
});
